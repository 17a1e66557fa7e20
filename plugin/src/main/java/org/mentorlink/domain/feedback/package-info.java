/**
 * Anonymous feedback questionnaires: six-monthly rounds, offered separately to mentees and mentors
 * who had a relationship in the round (and at closure), answered once per person per round. Answers
 * are stored with no link to the person or relationship; the "already answered" marker is kept
 * apart. A round's answers reach reports only when it is released (its half-year has ended, or the
 * lead releases it), and a figure only when at least k answers stand behind it.
 */
package org.mentorlink.domain.feedback;
