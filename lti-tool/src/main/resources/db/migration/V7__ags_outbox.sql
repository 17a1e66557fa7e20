-- LTI Assignment and Grade Services passback of CPD credit: where each person's gradebook is
-- (from their launches), the line items found or created per course and CPD year, the clock that
-- keeps score timestamps strictly increasing per line item and user, and the transactional outbox.

-- The latest AGS line-items service and scopes from a person's launches in a course.
CREATE TABLE ags_link (
    id              VARCHAR(36)   NOT NULL,
    tenant_id       VARCHAR(36)   NOT NULL,
    person_id       VARCHAR(36)   NOT NULL,
    context_id      VARCHAR(36)   NOT NULL,
    lineitems_url   VARCHAR(1000) NOT NULL,
    scopes          VARCHAR(2000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ags_link PRIMARY KEY (id),
    CONSTRAINT uq_ags_link UNIQUE (tenant_id, person_id, context_id)
);

-- One line item per line-items service and CPD year; a row with no URL yet is a reservation by
-- the node creating it (so two nodes never create the same line item).
CREATE TABLE ags_line_item (
    id              VARCHAR(36)   NOT NULL,
    tenant_id       VARCHAR(36)   NOT NULL,
    line_key        VARCHAR(36)   NOT NULL,
    lineitems_url   VARCHAR(1000) NOT NULL,
    year_start      DATE          NOT NULL,
    lineitem_url    VARCHAR(1000),
    reserved_at_ms  BIGINT        NOT NULL,
    CONSTRAINT pk_ags_line_item PRIMARY KEY (id),
    CONSTRAINT uq_ags_line_item UNIQUE (tenant_id, line_key)
);

-- The last score timestamp given (last_ms) and used in a request (last_sent_ms) per line item
-- and user, in epoch milliseconds.
CREATE TABLE ags_score_clock (
    id              VARCHAR(36)   NOT NULL,
    tenant_id       VARCHAR(36)   NOT NULL,
    last_ms         BIGINT        NOT NULL,
    last_sent_ms    BIGINT        NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_ags_score_clock PRIMARY KEY (id)
);

-- Scores to send, in order per (line item, user): seq (the timestamp first given, strictly
-- increasing per line item and user) orders them; score_timestamp_ms is the one last sent.
CREATE TABLE ags_outbox (
    id                VARCHAR(36)   NOT NULL,
    seq               BIGINT        NOT NULL,
    tenant_id         VARCHAR(36)   NOT NULL,
    scheme_id         VARCHAR(36)   NOT NULL,
    context_id        VARCHAR(36)   NOT NULL,
    person_id         VARCHAR(36)   NOT NULL,
    user_sub          VARCHAR(255)  NOT NULL,
    lineitems_url     VARCHAR(1000) NOT NULL,
    scopes            VARCHAR(2000) NOT NULL,
    line_key          VARCHAR(36)   NOT NULL,
    year_label        VARCHAR(16)   NOT NULL,
    year_start        DATE          NOT NULL,
    score_given       VARCHAR(16)   NOT NULL,
    score_maximum     INTEGER       NOT NULL,
    activity_progress VARCHAR(16)   NOT NULL,
    grading_progress  VARCHAR(16)   NOT NULL,
    score_timestamp_ms BIGINT       NOT NULL,
    state             VARCHAR(8)    NOT NULL,
    attempts          INTEGER       NOT NULL,
    next_attempt_ms   BIGINT        NOT NULL,
    claimed_until_ms  BIGINT        NOT NULL,
    last_error        VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_ags_outbox PRIMARY KEY (id)
);
CREATE INDEX ix_ags_outbox_due ON ags_outbox (state, seq);
CREATE INDEX ix_ags_outbox_lease ON ags_outbox (state, claimed_until_ms);
CREATE INDEX ix_ags_outbox_key ON ags_outbox (tenant_id, line_key, person_id, seq);
CREATE INDEX ix_ags_outbox_scheme ON ags_outbox (tenant_id, scheme_id, seq);
