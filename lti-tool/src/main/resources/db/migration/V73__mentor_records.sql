-- The lead's own records (issue 13, item 4): mentors' training tier and indemnity, their attendance
-- at supervision and support groups, whether mentoring is voluntary or required, and signposting
-- during a relationship.

-- The tier of the mentor's last training (its date is trained_on) and their indemnity.
ALTER TABLE mentor_profile ADD COLUMN training_tier VARCHAR(16);
ALTER TABLE mentor_profile ADD COLUMN indemnity_provider VARCHAR(200);
ALTER TABLE mentor_profile ADD COLUMN indemnity_expires DATE;
ALTER TABLE mentor_profile ADD COLUMN indemnity_covers BOOLEAN DEFAULT FALSE NOT NULL;

-- Supervision, support-group and peer-review meetings a mentor attended; the note is sealed.
CREATE TABLE mentor_support (
    id           VARCHAR(36)   NOT NULL,
    tenant_id    VARCHAR(36)   NOT NULL,
    scheme_id    VARCHAR(36)   NOT NULL,
    profile_id   VARCHAR(36)   NOT NULL,
    held_on      DATE          NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    note         VARCHAR(1000),
    recorded_by  VARCHAR(36)   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mentor_support PRIMARY KEY (id),
    CONSTRAINT fk_mentor_support_profile FOREIGN KEY (profile_id) REFERENCES mentor_profile (id)
);
CREATE INDEX ix_mentor_support_profile ON mentor_support (tenant_id, scheme_id, profile_id, held_on);
