/**
 * OIDC third-party-initiated login: checks the platform's request, stores a fresh state and nonce
 * (hashed, server-side), binds the state to the browser with a {@link
 * org.mentorlink.tool.lti.login.StateCookie} and redirects to the platform's auth endpoint.
 */
package org.mentorlink.tool.lti.login;
