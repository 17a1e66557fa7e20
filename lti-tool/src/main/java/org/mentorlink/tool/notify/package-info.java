/**
 * E-mail of what waits for whom: each notice the domain raises is queued in its own transaction
 * ({@link org.mentorlink.tool.notify.MailOutbox}), and a job on every node sends each person, at
 * most once per digest period, one neutral e-mail that names no one and quotes nothing. Off while
 * no SMTP host is configured.
 */
package org.mentorlink.tool.notify;
