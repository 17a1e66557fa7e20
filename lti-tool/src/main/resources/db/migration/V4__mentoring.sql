-- The mentoring workflow: schemes (one per course), course members as launches show them,
-- mentors, requests, match proposals, relationships, contracts, session records and goals.
-- Every table carries tenant_id (the platform registration) directly or through its parent.

CREATE TABLE scheme (
    id                          VARCHAR(36)   NOT NULL,
    tenant_id                   VARCHAR(36)   NOT NULL,
    course_ref                  VARCHAR(255)  NOT NULL,
    name                        VARCHAR(200)  NOT NULL,
    regions                     VARCHAR(2100),
    allowance_sessions          INTEGER       NOT NULL,
    allowance_period_months     INTEGER       NOT NULL,
    allowance_yearly_minimum    INTEGER,
    default_session_half_hours  BIGINT        NOT NULL,
    cpd_year_start_month        INTEGER       NOT NULL,
    cpd_year_start_day          INTEGER       NOT NULL,
    cpd_approval                VARCHAR(16)   NOT NULL,
    feedback_min_group          INTEGER       NOT NULL,
    confidentiality_text        VARCHAR(4000) NOT NULL,
    lead_person_id              VARCHAR(36)   NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_scheme PRIMARY KEY (id),
    CONSTRAINT uq_scheme_course UNIQUE (tenant_id, course_ref)
);

CREATE TABLE scheme_coordinator (
    scheme_id  VARCHAR(36) NOT NULL,
    person_id  VARCHAR(36) NOT NULL,
    CONSTRAINT pk_scheme_coordinator PRIMARY KEY (scheme_id, person_id),
    CONSTRAINT fk_scheme_coordinator FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);

CREATE TABLE scheme_signpost (
    scheme_id    VARCHAR(36)   NOT NULL,
    position     INTEGER       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(1000),
    link         VARCHAR(1000),
    CONSTRAINT pk_scheme_signpost PRIMARY KEY (scheme_id, position),
    CONSTRAINT fk_scheme_signpost FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);

CREATE TABLE course_member (
    id            VARCHAR(36)  NOT NULL,
    tenant_id     VARCHAR(36)  NOT NULL,
    course_ref    VARCHAR(255) NOT NULL,
    person_id     VARCHAR(36)  NOT NULL,
    launch_roles  VARCHAR(100),
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_course_member PRIMARY KEY (id),
    CONSTRAINT uq_course_member UNIQUE (tenant_id, course_ref, person_id)
);

CREATE TABLE mentor_profile (
    id               VARCHAR(36)    NOT NULL,
    tenant_id        VARCHAR(36)    NOT NULL,
    scheme_id        VARCHAR(36)    NOT NULL,
    person_id        VARCHAR(36)    NOT NULL,
    areas            VARCHAR(2100),
    specialties      VARCHAR(2100),
    modes            VARCHAR(100),
    capacity         INTEGER        NOT NULL,
    training_status  VARCHAR(16)    NOT NULL,
    trained_on       DATE,
    availability     VARCHAR(1000),
    practice         VARCHAR(200),
    must_not_mentor  VARCHAR(10500),
    paused           BOOLEAN        NOT NULL,
    designated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_mentor_profile PRIMARY KEY (id),
    CONSTRAINT uq_mentor_profile UNIQUE (scheme_id, person_id),
    CONSTRAINT fk_mentor_profile_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);

CREATE TABLE mentor_invitation (
    code_hash   VARCHAR(64) NOT NULL,
    tenant_id   VARCHAR(36) NOT NULL,
    scheme_id   VARCHAR(36) NOT NULL,
    created_by  VARCHAR(36) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_by     VARCHAR(36),
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_mentor_invitation PRIMARY KEY (code_hash),
    CONSTRAINT fk_mentor_invitation_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);

CREATE TABLE mentoring_request (
    id               VARCHAR(36)    NOT NULL,
    tenant_id        VARCHAR(36)    NOT NULL,
    scheme_id        VARCHAR(36)    NOT NULL,
    mentee_id        VARCHAR(36)    NOT NULL,
    help_with        VARCHAR(200)   NOT NULL,
    other_details    VARCHAR(2000),
    preferred_area   VARCHAR(100),
    preferred_modes  VARCHAR(100),
    must_not_match   VARCHAR(10500),
    line_manager     VARCHAR(200),
    practice         VARCHAR(200),
    state            VARCHAR(16)    NOT NULL,
    signpost_name    VARCHAR(200),
    signpost_link    VARCHAR(1000),
    closing_reason   VARCHAR(2000),
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    screened_at      TIMESTAMP WITH TIME ZONE,
    screened_by      VARCHAR(36),
    matched_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_mentoring_request PRIMARY KEY (id),
    CONSTRAINT fk_mentoring_request_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);
CREATE INDEX ix_mentoring_request_scheme ON mentoring_request (tenant_id, scheme_id, state);
CREATE INDEX ix_mentoring_request_mentee ON mentoring_request (tenant_id, mentee_id);

CREATE TABLE match_proposal (
    id                 VARCHAR(36)   NOT NULL,
    tenant_id          VARCHAR(36)   NOT NULL,
    scheme_id          VARCHAR(36)   NOT NULL,
    request_id         VARCHAR(36)   NOT NULL,
    mentor_profile_id  VARCHAR(36)   NOT NULL,
    mentor_id          VARCHAR(36)   NOT NULL,
    mentee_id          VARCHAR(36)   NOT NULL,
    state              VARCHAR(24)   NOT NULL,
    decline_reason     VARCHAR(2000),
    proposed_by        VARCHAR(36)   NOT NULL,
    proposed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_match_proposal PRIMARY KEY (id),
    CONSTRAINT fk_match_proposal_request FOREIGN KEY (request_id) REFERENCES mentoring_request (id)
);
CREATE INDEX ix_match_proposal_request ON match_proposal (tenant_id, request_id);
CREATE INDEX ix_match_proposal_mentor ON match_proposal (tenant_id, mentor_id);

CREATE TABLE relationship (
    id                       VARCHAR(36)   NOT NULL,
    tenant_id                VARCHAR(36)   NOT NULL,
    scheme_id                VARCHAR(36)   NOT NULL,
    request_id               VARCHAR(36)   NOT NULL,
    mentee_id                VARCHAR(36)   NOT NULL,
    mentor_id                VARCHAR(36)   NOT NULL,
    allowance_sessions       INTEGER       NOT NULL,
    allowance_period_months  INTEGER       NOT NULL,
    started_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at                TIMESTAMP WITH TIME ZONE,
    closure_reason           VARCHAR(24),
    closing_summary          VARCHAR(4000),
    closed_by                VARCHAR(36),
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_relationship PRIMARY KEY (id),
    CONSTRAINT uq_relationship_request UNIQUE (request_id),
    CONSTRAINT fk_relationship_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);
CREATE INDEX ix_relationship_mentee ON relationship (tenant_id, mentee_id);
CREATE INDEX ix_relationship_mentor ON relationship (tenant_id, mentor_id);

CREATE TABLE contract (
    id                 VARCHAR(36)   NOT NULL,
    tenant_id          VARCHAR(36)   NOT NULL,
    relationship_id    VARCHAR(36)   NOT NULL,
    version_no         INTEGER       NOT NULL,
    ground_rules       VARCHAR(4000) NOT NULL,
    confidentiality    VARCHAR(4000) NOT NULL,
    boundaries         VARCHAR(4000),
    objectives         VARCHAR(4000) NOT NULL,
    meeting_frequency  VARCHAR(200)  NOT NULL,
    mode               VARCHAR(16)   NOT NULL,
    venue              VARCHAR(500),
    start_date         DATE          NOT NULL,
    review_date        DATE          NOT NULL,
    allowance          VARCHAR(200)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(36)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_contract PRIMARY KEY (id),
    CONSTRAINT uq_contract_version UNIQUE (relationship_id, version_no),
    CONSTRAINT fk_contract_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id)
);

CREATE TABLE contract_signature (
    contract_id  VARCHAR(36) NOT NULL,
    person_id    VARCHAR(36) NOT NULL,
    signed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    text_sha256  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_contract_signature PRIMARY KEY (contract_id, person_id),
    CONSTRAINT fk_contract_signature FOREIGN KEY (contract_id) REFERENCES contract (id)
);

CREATE TABLE session_record (
    id                   VARCHAR(36)    NOT NULL,
    tenant_id            VARCHAR(36)    NOT NULL,
    relationship_id      VARCHAR(36)    NOT NULL,
    seq_no               INTEGER        NOT NULL,
    scheduled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_half_hours  BIGINT         NOT NULL,
    mode                 VARCHAR(16)    NOT NULL,
    agenda               VARCHAR(4000),
    mentee_notes         VARCHAR(20000),
    mentor_notes         VARCHAR(20000),
    themes               VARCHAR(100),
    topics               VARCHAR(2100),
    goals_reviewed       VARCHAR(4000),
    state                VARCHAR(16)    NOT NULL,
    return_reason        VARCHAR(2000),
    beyond_allowance     BOOLEAN        NOT NULL,
    extra_approved_by    VARCHAR(36),
    submitted_at         TIMESTAMP WITH TIME ZONE,
    signed_off_at        TIMESTAMP WITH TIME ZONE,
    version              BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_session_record PRIMARY KEY (id),
    CONSTRAINT uq_session_record_seq UNIQUE (relationship_id, seq_no),
    CONSTRAINT fk_session_record_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id)
);

CREATE TABLE session_action (
    session_id  VARCHAR(36)   NOT NULL,
    position    INTEGER       NOT NULL,
    what        VARCHAR(1000) NOT NULL,
    owner       VARCHAR(8)    NOT NULL,
    due_on      DATE,
    CONSTRAINT pk_session_action PRIMARY KEY (session_id, position),
    CONSTRAINT fk_session_action FOREIGN KEY (session_id) REFERENCES session_record (id)
);

CREATE TABLE session_addendum (
    session_id  VARCHAR(36)   NOT NULL,
    position    INTEGER       NOT NULL,
    person_id   VARCHAR(36)   NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_session_addendum PRIMARY KEY (session_id, position),
    CONSTRAINT fk_session_addendum FOREIGN KEY (session_id) REFERENCES session_record (id)
);

CREATE TABLE goal (
    id               VARCHAR(36)   NOT NULL,
    tenant_id        VARCHAR(36)   NOT NULL,
    relationship_id  VARCHAR(36)   NOT NULL,
    goal             VARCHAR(1000) NOT NULL,
    reality          VARCHAR(4000),
    chosen_action    VARCHAR(1000),
    action_due_on    DATE,
    state            VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_goal PRIMARY KEY (id),
    CONSTRAINT fk_goal_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id)
);

CREATE TABLE goal_option (
    goal_id      VARCHAR(36)   NOT NULL,
    position     INTEGER       NOT NULL,
    option_text  VARCHAR(1000) NOT NULL,
    criteria     VARCHAR(1000),
    CONSTRAINT pk_goal_option PRIMARY KEY (goal_id, position),
    CONSTRAINT fk_goal_option FOREIGN KEY (goal_id) REFERENCES goal (id)
);
