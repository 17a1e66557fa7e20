/**
 * What is waiting for whom: the things a person has to do in a scheme (a proposal to answer, a
 * contract to sign, a session to sign off, CPD to reflect on or to approve, a questionnaire, a
 * concern for the lead), announced as {@link org.mentorlink.domain.notice.Notice}s when they arise.
 * A notice names a kind and a record id, never content; the tool turns it into a short e-mail that
 * names no one.
 */
package org.mentorlink.domain.notice;
