/**
 * Platform registrations (the tenants): created by LTI Dynamic Registration or by the operator,
 * keyed by issuer and client id, each with any number of deployments.
 */
package org.mentorlink.tool.lti.registration;
