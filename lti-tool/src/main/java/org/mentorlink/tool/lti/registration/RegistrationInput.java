package org.mentorlink.tool.lti.registration;

import java.util.List;

/** What a manual registration gives: the platform's identifiers, endpoints and deployments. */
public record RegistrationInput(
    String issuer,
    String clientId,
    String authLoginUrl,
    String authTokenUrl,
    String keySetUrl,
    List<String> deploymentIds) {}
