package org.mentorlink.domain.scheme;

import org.mentorlink.domain.shared.TenantId;

/**
 * Fired (synchronously, in the transaction) when a course's scheme is set up: observers may start
 * what a scheme needs, such as reading the course's membership from the platform.
 */
public record SchemeSetUp(TenantId tenant, String courseRef) {}
