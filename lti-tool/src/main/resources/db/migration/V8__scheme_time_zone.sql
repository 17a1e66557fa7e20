-- A scheme's own time zone (a region id such as Europe/London); NULL: the tool's configured zone
-- (mentorlink.time.zone). The scheme's dates, allowances and CPD years are counted in it.
ALTER TABLE scheme ADD COLUMN time_zone VARCHAR(64);

-- A sign-off looks up the CPD entries already made from its session.
CREATE INDEX ix_cpd_entry_session ON cpd_entry (tenant_id, scheme_id, source_session_id);
