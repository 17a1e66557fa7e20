/**
 * Transactions and refusals: a broken rule or a refused request leaving a {@code @Transactional}
 * method still rolls its transaction back, without Liberty writing a failure report (FFDC) for what
 * is an ordinary answer.
 */
package org.mentorlink.tool.infrastructure.tx;
