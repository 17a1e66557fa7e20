-- A mentee's confidential word to the scheme's lead: a request to change mentor, or a concern about
-- the mentor. Seen by the mentee and the lead only (never the mentor); OPEN, REVIEWED, CLOSED.
-- reason is stored sealed (encryption at rest), hence unbounded.
CREATE TABLE mentor_change_request (
    id               VARCHAR(36)   NOT NULL,
    tenant_id        VARCHAR(36)   NOT NULL,
    scheme_id        VARCHAR(36)   NOT NULL,
    relationship_id  VARCHAR(36)   NOT NULL,
    mentee_id        VARCHAR(36)   NOT NULL,
    mentor_id        VARCHAR(36)   NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    reason           VARCHAR       NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    reviewed_by      VARCHAR(36),
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(36),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_mentor_change_request PRIMARY KEY (id),
    CONSTRAINT fk_mentor_change_request_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id)
);
CREATE INDEX ix_mentor_change_request_scheme ON mentor_change_request (tenant_id, scheme_id, raised_at);
