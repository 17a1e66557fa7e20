package org.mentorlink.tool.lti.registration;

import java.util.List;

/**
 * What a manual registration gives: the platform's identifiers, endpoints and deployments, and the
 * LTI 1.1 consumer key of the registration it replaces ({@code replacesLti11ConsumerKey}, null for
 * none): then it joins that registration's tenant instead of starting one of its own.
 */
public record RegistrationInput(
    String issuer,
    String clientId,
    String authLoginUrl,
    String authTokenUrl,
    String keySetUrl,
    List<String> deploymentIds,
    String replacesLti11ConsumerKey) {}
