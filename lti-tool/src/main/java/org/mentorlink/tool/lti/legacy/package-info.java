/**
 * LTI 1.1 (legacy): launches signed with OAuth 1.0a and a shared secret, verified with the IMS
 * Global {@code basiclti-util} library behind {@link
 * org.mentorlink.tool.lti.legacy.OAuthSignatures} (its only user), turned into the same {@link
 * org.mentorlink.tool.lti.launch.LaunchMessage} as an LTI 1.3 launch, and the people an LTI 1.1
 * platform knows by its {@code user_id}.
 */
package org.mentorlink.tool.lti.legacy;
