/**
 * Safeguarding concerns: the one path by which a mentoring relationship's content reaches the
 * scheme's lead ("break-glass"). A mentor raises a concern with a reason and chooses which records
 * the lead may read; the lead reads those and nothing else, read-only; the mentee is told unless
 * the mentor records why they must not be; the lead moves it from open to reviewed to closed.
 */
package org.mentorlink.domain.safeguarding;
