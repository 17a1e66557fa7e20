/**
 * The launch ({@code redirect_uri}): the {@link org.mentorlink.tool.lti.launch.LaunchPipeline} of
 * named steps (state, format, registration, signature, times, nonce, deployment, version, message
 * type, claims), each citing the 1EdTech Security Framework or LTI 1.3 Core rule it enforces, over
 * the small store interfaces of {@link org.mentorlink.tool.lti.launch.LaunchStores}; refusals typed
 * by {@link org.mentorlink.tool.lti.launch.LaunchError}; the immutable {@link
 * org.mentorlink.tool.lti.launch.LaunchMessage} handed to the {@link
 * org.mentorlink.tool.lti.launch.LaunchHandler}, which writes the launch once every step has
 * passed; and the records of the platform's courses and links.
 */
package org.mentorlink.tool.lti.launch;
