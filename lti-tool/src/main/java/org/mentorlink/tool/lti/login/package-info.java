/**
 * OIDC third-party-initiated login: checks the platform's request and redirects to its auth
 * endpoint.
 */
package org.mentorlink.tool.lti.login;
