/** LTI Deep Linking 2.0: the signed response that places Mentorlink links in a course. */
package org.mentorlink.tool.lti.deeplinking;
