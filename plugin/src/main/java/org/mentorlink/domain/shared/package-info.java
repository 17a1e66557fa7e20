/**
 * Value objects and exceptions shared by every feature of the domain: references to tenants, people
 * and schemes, the acting {@link org.mentorlink.domain.shared.Actor}, CPD hours, the {@link
 * org.mentorlink.domain.shared.Calendar} every date rule asks, and the typed refusals.
 */
package org.mentorlink.domain.shared;
