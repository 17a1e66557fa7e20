-- Retention: when a closed relationship's content (contract, sessions, goals, closing summary) was
-- deleted after the scheme's retention period, or by an erasure. The dated row stays for counts.
ALTER TABLE relationship ADD COLUMN content_deleted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_relationship_closed ON relationship (tenant_id, scheme_id, closed_at);

-- Background jobs that must run on one node at a time (the retention sweep): a node runs the job
-- only after moving claimed_until forward with a conditional UPDATE that exactly one node wins.
CREATE TABLE job_claim (
    name           VARCHAR(64)  NOT NULL,
    claimed_by     VARCHAR(64),
    claimed_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_job_claim PRIMARY KEY (name)
);
INSERT INTO job_claim (name, claimed_until) VALUES ('retention', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00');
