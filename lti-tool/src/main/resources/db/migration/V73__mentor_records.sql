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

-- Signposting during a relationship (intake signposting stays on mentoring_request): which service
-- of the scheme's list, its link, and the note for the mentee (sealed).
CREATE TABLE relationship_signpost (
    id               VARCHAR(36)   NOT NULL,
    tenant_id        VARCHAR(36)   NOT NULL,
    scheme_id        VARCHAR(36)   NOT NULL,
    relationship_id  VARCHAR(36)   NOT NULL,
    signpost_name    VARCHAR(200)  NOT NULL,
    signpost_link    VARCHAR(1000),
    note             VARCHAR(4000),
    recorded_by      VARCHAR(36)   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_relationship_signpost PRIMARY KEY (id),
    CONSTRAINT fk_relationship_signpost_rel FOREIGN KEY (relationship_id) REFERENCES relationship (id)
);
CREATE INDEX ix_relationship_signpost_rel ON relationship_signpost (tenant_id, relationship_id);
CREATE INDEX ix_relationship_signpost_at ON relationship_signpost (tenant_id, scheme_id, recorded_at);

-- The daily sweep that tells mentors (and their lead, as a count) of training or indemnity lapsing.
INSERT INTO job_claim (name, claimed_until) VALUES ('lapse-notices', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00');

-- Whether mentoring is voluntary or required (a condition set by a regulator or the deanery): said
-- by the mentee on the request form ("I have been asked to have mentoring") or by the lead at
-- screening. Known to the lead, the matching coordinators and the mentor only.
ALTER TABLE mentoring_request ADD COLUMN mentoring_required BOOLEAN DEFAULT FALSE NOT NULL;
