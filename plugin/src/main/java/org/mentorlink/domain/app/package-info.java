/**
 * The application services of the mentoring workflow: one per use-case boundary, transactional,
 * authorising every call against the "who sees what" rules (deny by default; an object of another
 * scheme or tenant is "not found").
 */
package org.mentorlink.domain.app;
