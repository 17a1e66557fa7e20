-- Encryption at rest. One AES-256 data key per registration (tenant_id; 'tool' for the tool's own),
-- stored only wrapped by the master key, which lives in configuration and never in the database.
-- The free-text columns are widened: a sealed value (ml1:<key>:<base64 of nonce, ciphertext, tag>)
-- is longer than its text. Migration 21 (a Java migration, EncryptExistingRows) then encrypts the
-- rows written before this one.
CREATE TABLE data_key (
    id             VARCHAR(40)  NOT NULL,
    tenant_id      VARCHAR(36)  NOT NULL,
    wrapped_key    VARCHAR(200) NOT NULL,
    master_key_id  VARCHAR(32)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    rewrapped_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_data_key PRIMARY KEY (id),
    CONSTRAINT uq_data_key_tenant UNIQUE (tenant_id)
);

ALTER TABLE mentoring_request ALTER COLUMN other_details SET DATA TYPE VARCHAR;
ALTER TABLE mentoring_request ALTER COLUMN must_not_match SET DATA TYPE VARCHAR;
ALTER TABLE mentoring_request ALTER COLUMN line_manager SET DATA TYPE VARCHAR;
ALTER TABLE mentoring_request ALTER COLUMN practice SET DATA TYPE VARCHAR;
ALTER TABLE mentoring_request ALTER COLUMN closing_reason SET DATA TYPE VARCHAR;
ALTER TABLE match_proposal ALTER COLUMN decline_reason SET DATA TYPE VARCHAR;
ALTER TABLE relationship ALTER COLUMN closing_summary SET DATA TYPE VARCHAR;
ALTER TABLE contract ALTER COLUMN ground_rules SET DATA TYPE VARCHAR;
ALTER TABLE contract ALTER COLUMN confidentiality SET DATA TYPE VARCHAR;
ALTER TABLE contract ALTER COLUMN boundaries SET DATA TYPE VARCHAR;
ALTER TABLE contract ALTER COLUMN objectives SET DATA TYPE VARCHAR;
ALTER TABLE contract ALTER COLUMN meeting_frequency SET DATA TYPE VARCHAR;
ALTER TABLE contract ALTER COLUMN venue SET DATA TYPE VARCHAR;
ALTER TABLE session_record ALTER COLUMN agenda SET DATA TYPE VARCHAR;
ALTER TABLE session_record ALTER COLUMN mentee_notes SET DATA TYPE VARCHAR;
ALTER TABLE session_record ALTER COLUMN mentor_notes SET DATA TYPE VARCHAR;
ALTER TABLE session_record ALTER COLUMN topics SET DATA TYPE VARCHAR;
ALTER TABLE session_record ALTER COLUMN goals_reviewed SET DATA TYPE VARCHAR;
ALTER TABLE session_record ALTER COLUMN return_reason SET DATA TYPE VARCHAR;
ALTER TABLE session_action ALTER COLUMN what SET DATA TYPE VARCHAR;
ALTER TABLE session_addendum ALTER COLUMN body SET DATA TYPE VARCHAR;
ALTER TABLE goal ALTER COLUMN goal SET DATA TYPE VARCHAR;
ALTER TABLE goal ALTER COLUMN reality SET DATA TYPE VARCHAR;
ALTER TABLE goal ALTER COLUMN chosen_action SET DATA TYPE VARCHAR;
ALTER TABLE goal_option ALTER COLUMN option_text SET DATA TYPE VARCHAR;
ALTER TABLE goal_option ALTER COLUMN criteria SET DATA TYPE VARCHAR;
ALTER TABLE cpd_entry ALTER COLUMN description SET DATA TYPE VARCHAR;
ALTER TABLE cpd_entry ALTER COLUMN reflection SET DATA TYPE VARCHAR;
ALTER TABLE cpd_entry ALTER COLUMN return_reason SET DATA TYPE VARCHAR;
ALTER TABLE cpd_entry ALTER COLUMN reversal_reason SET DATA TYPE VARCHAR;
ALTER TABLE mentor_profile ALTER COLUMN availability SET DATA TYPE VARCHAR;
ALTER TABLE mentor_profile ALTER COLUMN must_not_mentor SET DATA TYPE VARCHAR;
ALTER TABLE tool_key ALTER COLUMN private_jwk SET DATA TYPE VARCHAR;
