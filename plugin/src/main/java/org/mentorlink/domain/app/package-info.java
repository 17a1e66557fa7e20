/**
 * The application services of the mentoring workflow: one per use-case boundary, transactional.
 * Each reaches the scheme's records through {@link org.mentorlink.domain.app.Access}, the one door
 * of the "who sees what" rules (deny by default; an object of another scheme or tenant is "not
 * found"; lead and coordinator powers only in an instructor-level launch), which announces every
 * record it hands out as a {@link org.mentorlink.domain.app.ConfidentialRead}. Dates are counted in
 * the scheme's {@link org.mentorlink.domain.shared.Calendar}, taken from {@code Context}.
 */
package org.mentorlink.domain.app;
