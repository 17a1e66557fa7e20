-- When a mentee changes mentor (the lead matches them with another mentor from their confidential
-- request), whether the former mentor still reads, read-only, only what they wrote in the ended
-- relationship (their session notes and addenda). Off for every scheme, new or existing: the
-- former mentor then loses the ended relationship entirely.
ALTER TABLE scheme ADD COLUMN former_mentor_keeps_own_notes BOOLEAN DEFAULT FALSE NOT NULL;
