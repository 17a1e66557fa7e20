-- Mentors' claims for signed-off sessions (fee and travel, exact whole pence) and each scheme's
-- rules for them (session fee, rate per mile, yearly budget). A claim names the mentor and the
-- session's date, never the mentee. Its free text (travel note, return reason) is stored sealed
-- (encryption at rest), hence the unbounded VARCHAR.

CREATE TABLE claim_rules (
    scheme_id           VARCHAR(36)    NOT NULL,
    tenant_id           VARCHAR(36)    NOT NULL,
    session_fee_pence   BIGINT         NOT NULL,
    mileage_rate_pence  BIGINT         NOT NULL,
    yearly_budget_pence BIGINT,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_claim_rules PRIMARY KEY (scheme_id),
    CONSTRAINT fk_claim_rules_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
    CONSTRAINT ck_claim_rules_amounts CHECK (session_fee_pence > 0 AND mileage_rate_pence >= 0
        AND (yearly_budget_pence IS NULL OR yearly_budget_pence > 0))
);

CREATE TABLE claim (
    id                  VARCHAR(36)    NOT NULL,
    tenant_id           VARCHAR(36)    NOT NULL,
    scheme_id           VARCHAR(36)    NOT NULL,
    session_id          VARCHAR(36)    NOT NULL,
    relationship_id     VARCHAR(36)    NOT NULL,
    mentor_person_id    VARCHAR(36)    NOT NULL,
    session_number      INTEGER        NOT NULL,
    session_date        DATE           NOT NULL,
    budget_year_start   DATE           NOT NULL,
    fee_pence           BIGINT         NOT NULL,
    travel_kind         VARCHAR(8)     NOT NULL,
    miles_tenths        BIGINT,
    mileage_rate_pence  BIGINT         NOT NULL,
    travel_pence        BIGINT         NOT NULL,
    travel_note         VARCHAR,
    total_pence         BIGINT         NOT NULL,
    state               VARCHAR(16)    NOT NULL,
    return_reason       VARCHAR,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by          VARCHAR(36),
    decided_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_claim PRIMARY KEY (id),
    -- One claim per session: a second submit, even a concurrent one, is refused.
    CONSTRAINT uq_claim_session UNIQUE (tenant_id, session_id),
    CONSTRAINT fk_claim_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
    CONSTRAINT fk_claim_session FOREIGN KEY (session_id) REFERENCES session_record (id),
    CONSTRAINT ck_claim_amounts CHECK (fee_pence >= 0 AND travel_pence >= 0
        AND total_pence = fee_pence + travel_pence)
);
CREATE INDEX ix_claim_state ON claim (tenant_id, scheme_id, state, session_date);
CREATE INDEX ix_claim_mentor ON claim (tenant_id, scheme_id, mentor_person_id);
CREATE INDEX ix_claim_year ON claim (tenant_id, scheme_id, budget_year_start, state);
