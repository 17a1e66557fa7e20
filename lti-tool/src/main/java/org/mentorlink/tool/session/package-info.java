/**
 * Browser sessions after a launch: kept in the database (any node serves any request), carried by a
 * {@code Secure; HttpOnly; SameSite=None; Partitioned} cookie so they work in a cross-site iframe,
 * never in a URL; with a CSRF token for every state-changing request.
 */
package org.mentorlink.tool.session;
