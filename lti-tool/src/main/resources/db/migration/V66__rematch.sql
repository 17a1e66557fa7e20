-- Changing mentor: the lead matches a mentee again, from their request to the lead, in a new
-- relationship for the same mentoring request (the old one ends as MENTOR_CHANGED, which fits the
-- closure_reason column as it is). A request so has one relationship per round of matching: round 0
-- from its first match, one more for each rematch. The round keeps two confirmations of one request
-- (or two rematches of one relationship) from both starting a relationship.
ALTER TABLE relationship ADD COLUMN match_round INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE relationship DROP CONSTRAINT uq_relationship_request;
ALTER TABLE relationship ADD CONSTRAINT uq_relationship_request_round UNIQUE (request_id, match_round);

-- The request to change mentor that the lead acted on so: the relationship it matched the mentee
-- into.
ALTER TABLE mentor_change_request ADD COLUMN rematched_relationship_id VARCHAR(36);
ALTER TABLE mentor_change_request ADD CONSTRAINT fk_mentor_change_request_rematched
    FOREIGN KEY (rematched_relationship_id) REFERENCES relationship (id);
