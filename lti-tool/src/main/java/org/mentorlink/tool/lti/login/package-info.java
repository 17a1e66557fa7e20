/**
 * OIDC third-party-initiated login: checks the platform's request, stores a fresh state and nonce
 * (hashed, server-side), binds the state to the browser with a {@link
 * org.mentorlink.tool.lti.login.StateCookie} — and, when the platform offers storage ({@code
 * lti_storage_target}), with the same secret in the platform's storage frame ({@link
 * org.mentorlink.tool.lti.login.PlatformStorage}) — and sends the browser to the platform's auth
 * endpoint.
 */
package org.mentorlink.tool.lti.login;
