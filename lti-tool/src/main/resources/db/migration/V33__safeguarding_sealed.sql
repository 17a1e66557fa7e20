-- A safeguarding concern's reason and its reason for not telling the mentee are stored sealed
-- (encryption at rest): ciphertext is longer than the text, so the columns are unbounded.
ALTER TABLE safeguarding_concern ALTER COLUMN reason SET DATA TYPE VARCHAR;
ALTER TABLE safeguarding_concern ALTER COLUMN withhold_reason SET DATA TYPE VARCHAR;
