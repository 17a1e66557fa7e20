-- The CPD ledger (append-only: corrections are reversing rows) and the schemes' CPD settings.

ALTER TABLE scheme ADD COLUMN cpd_impact_multiplier BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE scheme ADD COLUMN cpd_yearly_target INTEGER DEFAULT 50 NOT NULL;
ALTER TABLE scheme ADD COLUMN ags_passback BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE cpd_entry (
    id                  VARCHAR(36)    NOT NULL,
    tenant_id           VARCHAR(36)    NOT NULL,
    scheme_id           VARCHAR(36)    NOT NULL,
    person_id           VARCHAR(36)    NOT NULL,
    activity            VARCHAR(24)    NOT NULL,
    source_session_id   VARCHAR(36),
    description         VARCHAR(500),
    entry_date          DATE           NOT NULL,
    half_hours          BIGINT         NOT NULL,
    cpd_role            VARCHAR(8)     NOT NULL,
    kind                VARCHAR(16)    NOT NULL,
    cpd_year_start      DATE           NOT NULL,
    reflection          VARCHAR(10000),
    share_reflection    BOOLEAN        NOT NULL,
    impact              BOOLEAN        NOT NULL,
    state               VARCHAR(24)    NOT NULL,
    return_reason       VARCHAR(2000),
    decided_by          VARCHAR(36),
    decided_at          TIMESTAMP WITH TIME ZONE,
    reverses_entry_id   VARCHAR(36),
    reversal_reason     VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_cpd_entry PRIMARY KEY (id),
    -- The same session never credits the same person twice (NULL for other activities).
    CONSTRAINT uq_cpd_entry_session UNIQUE (tenant_id, person_id, source_session_id),
    -- An entry is reversed at most once.
    CONSTRAINT uq_cpd_entry_reversal UNIQUE (reverses_entry_id),
    CONSTRAINT fk_cpd_entry_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);
CREATE INDEX ix_cpd_entry_person ON cpd_entry (tenant_id, scheme_id, person_id, cpd_year_start);
CREATE INDEX ix_cpd_entry_state ON cpd_entry (tenant_id, scheme_id, state);
