/**
 * The mentoring domain: schemes, people, requests, matching, contracts, sessions, goals and
 * actions, and the CPD ledger. It depends on the Jakarta Persistence, CDI and Transactions APIs
 * only; it knows nothing of LTI, JWTs or the web. The LTI layer turns a validated launch into an
 * {@link org.mentorlink.domain.shared.Actor} and calls the application services here.
 */
package org.mentorlink.domain;
