/** The operator API: registrations, registration links and tool keys, behind a bearer token. */
package org.mentorlink.tool.api.operator;
