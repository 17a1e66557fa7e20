/**
 * LTI services the tool calls on the platform: the client-credentials service token and Assignment
 * and Grade Services (AGS 2.0) passback of CPD credit through a transactional outbox.
 */
package org.mentorlink.tool.lti.services;
