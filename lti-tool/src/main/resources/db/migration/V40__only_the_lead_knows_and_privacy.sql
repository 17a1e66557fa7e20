-- "Only the lead knows": requests, matches and relationships for the lead and the coordinators the
-- lead names for matching only. New schemes set it on (the entity's default); schemes that exist
-- already keep what they had (every coordinator matches) until their lead switches it on.
ALTER TABLE scheme ADD COLUMN only_lead_knows BOOLEAN DEFAULT FALSE NOT NULL;

-- The lead's own privacy notice (NULL: the default text, written from the settings) and how many
-- years after a relationship closes its content is deleted.
ALTER TABLE scheme ADD COLUMN privacy_notice VARCHAR(8000);
ALTER TABLE scheme ADD COLUMN retention_years INTEGER DEFAULT 6 NOT NULL;

CREATE TABLE scheme_matching_coordinator (
    scheme_id  VARCHAR(36) NOT NULL,
    person_id  VARCHAR(36) NOT NULL,
    CONSTRAINT pk_scheme_matching_coordinator PRIMARY KEY (scheme_id, person_id),
    CONSTRAINT fk_scheme_matching_coordinator FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);
