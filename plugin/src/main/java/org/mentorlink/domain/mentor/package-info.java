/**
 * Mentors of a scheme: designated by a coordinator, by invitation, or by the platform's Mentor
 * role.
 */
package org.mentorlink.domain.mentor;
