-- The coordinators' reports count one scheme's requests, relationships, sessions and CPD entries
-- by date in the database (aggregate queries): indexes for those ranges.
CREATE INDEX ix_mentoring_request_submitted ON mentoring_request (tenant_id, scheme_id, submitted_at);
CREATE INDEX ix_mentoring_request_matched ON mentoring_request (tenant_id, scheme_id, matched_at);
CREATE INDEX ix_relationship_started ON relationship (tenant_id, scheme_id, started_at);
CREATE INDEX ix_session_record_held ON session_record (tenant_id, relationship_id, state, scheduled_at);
CREATE INDEX ix_cpd_entry_date ON cpd_entry (tenant_id, scheme_id, state, entry_date);
