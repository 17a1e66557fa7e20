-- The gradebook outbox is claimed a batch at a time: one conditional UPDATE marks the rows a node
-- won with that claim's random token, and the node reads back exactly those rows (by their ids and
-- the token), so a row another node won in the same moment is never taken for its own.
ALTER TABLE ags_outbox ADD COLUMN claim_token VARCHAR(36);
