/** The REST API (JSON; errors as application/problem+json with stable codes). */
package org.mentorlink.tool.api;
