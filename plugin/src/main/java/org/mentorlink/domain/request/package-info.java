/** The intake pro-forma: a mentee asks for mentoring; a coordinator screens it. */
package org.mentorlink.domain.request;
