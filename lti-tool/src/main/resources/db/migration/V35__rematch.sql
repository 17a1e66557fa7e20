-- A mentee's request to change mentor that the lead acted on by matching them with another mentor:
-- the relationship they were matched into (the old one ends as MENTOR_CHANGED, which fits the
-- relationship's closure_reason column as it is).
ALTER TABLE mentor_change_request ADD COLUMN rematched_relationship_id VARCHAR(36);
ALTER TABLE mentor_change_request ADD CONSTRAINT fk_mentor_change_request_rematched
    FOREIGN KEY (rematched_relationship_id) REFERENCES relationship (id);
