/**
 * The intake pro-forma: a mentee asks for mentoring (one open request, or one mentor, at a time); a
 * coordinator screens it.
 */
package org.mentorlink.domain.request;
