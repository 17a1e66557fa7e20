/**
 * Coordinator reports: a scheme's figures over a period (requests, waits, relationships, sessions
 * against the allowance and the yearly minimum, mentor load, CPD credit, claims against the budget,
 * feedback with at least k answers) — counts and sums only, never a name or any content. The
 * figures are computed from {@link org.mentorlink.domain.report.ReportFacts}: the rows of scalars
 * the aggregate queries of {@link org.mentorlink.domain.report.ReportRepository} return, so that a
 * scheme's figures and a hub's totals (the facts of several schemes together) are computed alike.
 */
package org.mentorlink.domain.report;
