/**
 * The LTI 1.3 protocol: registration (dynamic and manual), OIDC login, launch validation, the
 * tool's keys and the platform's keys. Knows nothing of mentoring.
 */
package org.mentorlink.tool.lti;
