-- Anonymous feedback. feedback_answer holds answers with no link to the person or relationship:
-- no person or relationship column, no timestamp (only the round, a half-year), a random id. The
-- "already answered" marker (feedback_given) is a table of its own that names no answer. The free
-- text is stored sealed (encryption at rest), hence the unbounded VARCHAR.

CREATE TABLE feedback_answer (
    id                  VARCHAR(36)    NOT NULL,
    tenant_id           VARCHAR(36)    NOT NULL,
    scheme_id           VARCHAR(36)    NOT NULL,
    round_key           VARCHAR(16)    NOT NULL,
    respondent_role     VARCHAR(8)     NOT NULL,
    expectations        INTEGER,
    helpful             INTEGER,
    themes              VARCHAR(100),
    use_again           BOOLEAN,
    recommend           BOOLEAN,
    unexpected          VARCHAR,
    outcomes            VARCHAR,
    comments            VARCHAR,
    may_quote           BOOLEAN        NOT NULL,
    CONSTRAINT pk_feedback_answer PRIMARY KEY (id),
    CONSTRAINT fk_feedback_answer_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id),
    CONSTRAINT ck_feedback_answer_scales CHECK ((expectations IS NULL OR expectations BETWEEN 1 AND 5)
        AND (helpful IS NULL OR helpful BETWEEN 1 AND 5))
);
CREATE INDEX ix_feedback_answer_round ON feedback_answer (tenant_id, scheme_id, round_key, respondent_role);

CREATE TABLE feedback_given (
    id                  VARCHAR(36)    NOT NULL,
    tenant_id           VARCHAR(36)    NOT NULL,
    scheme_id           VARCHAR(36)    NOT NULL,
    round_key           VARCHAR(16)    NOT NULL,
    respondent_role     VARCHAR(8)     NOT NULL,
    person_id           VARCHAR(36)    NOT NULL,
    CONSTRAINT pk_feedback_given PRIMARY KEY (id),
    -- Once per person, round and role, also when two answers arrive at once.
    CONSTRAINT uq_feedback_given UNIQUE (tenant_id, scheme_id, round_key, respondent_role, person_id),
    CONSTRAINT fk_feedback_given_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);

CREATE TABLE feedback_release (
    id                  VARCHAR(36)    NOT NULL,
    tenant_id           VARCHAR(36)    NOT NULL,
    scheme_id           VARCHAR(36)    NOT NULL,
    round_key           VARCHAR(16)    NOT NULL,
    CONSTRAINT pk_feedback_release PRIMARY KEY (id),
    CONSTRAINT uq_feedback_release UNIQUE (tenant_id, scheme_id, round_key),
    CONSTRAINT fk_feedback_release_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);
