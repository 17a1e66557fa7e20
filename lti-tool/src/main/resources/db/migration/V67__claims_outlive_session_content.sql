-- A fee claim is a finance record: it stays when retention deletes the content of the session it
-- was made for (mentor, date and amounts; its free text is emptied), so it no longer refers to the
-- session's row. One claim per session still holds (uq_claim_session).
ALTER TABLE claim DROP CONSTRAINT fk_claim_session;
