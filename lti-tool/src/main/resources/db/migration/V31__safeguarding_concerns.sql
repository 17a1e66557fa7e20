-- Safeguarding concerns (break-glass): a mentor's concern on a relationship, its reason, whether the
-- mentee is told (and, if not, why not), its state (OPEN, REVIEWED, CLOSED), and the records of the
-- relationship the mentor let the scheme's lead read (nothing else of it reaches the lead).
CREATE TABLE safeguarding_concern (
    id               VARCHAR(36)   NOT NULL,
    tenant_id        VARCHAR(36)   NOT NULL,
    scheme_id        VARCHAR(36)   NOT NULL,
    relationship_id  VARCHAR(36)   NOT NULL,
    mentor_id        VARCHAR(36)   NOT NULL,
    mentee_id        VARCHAR(36)   NOT NULL,
    reason           VARCHAR(4000) NOT NULL,
    mentee_informed  BOOLEAN       NOT NULL,
    withhold_reason  VARCHAR(2000),
    state            VARCHAR(16)   NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    reviewed_by      VARCHAR(36),
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(36),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_safeguarding_concern PRIMARY KEY (id),
    CONSTRAINT fk_safeguarding_concern_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id)
);
CREATE INDEX ix_safeguarding_concern_scheme ON safeguarding_concern (tenant_id, scheme_id, raised_at);
CREATE INDEX ix_safeguarding_concern_relationship ON safeguarding_concern (relationship_id);

CREATE TABLE safeguarding_concern_record (
    concern_id   VARCHAR(36) NOT NULL,
    record_type  VARCHAR(16) NOT NULL,
    record_id    VARCHAR(36) NOT NULL,
    CONSTRAINT pk_safeguarding_concern_record PRIMARY KEY (concern_id, record_type, record_id),
    CONSTRAINT fk_safeguarding_concern_record FOREIGN KEY (concern_id) REFERENCES safeguarding_concern (id)
);
