/**
 * The resource-link launch: the ordered validation pipeline of the 1EdTech Security Framework and
 * LTI 1.3 Core, producing an immutable {@link org.mentorlink.tool.lti.launch.LaunchMessage}.
 */
package org.mentorlink.tool.lti.launch;
