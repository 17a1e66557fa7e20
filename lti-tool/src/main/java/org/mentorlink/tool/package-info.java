/**
 * The Mentorlink web application: the LTI 1.3 protocol, the pages and the REST API. Only {@code
 * bridge} turns a validated launch into a domain actor; nothing below it sees a JWT.
 */
package org.mentorlink.tool;
