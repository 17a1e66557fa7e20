-- LTI 1.1 (legacy): a registration may be reached by an OAuth 1.0a consumer key and shared secret
-- (sealed with the registration's data key, never stored in plain text) instead of, or beside, its
-- LTI 1.3 identity. A registration made for LTI 1.1 has no issuer, client id or endpoints until
-- the platform's LTI 1.3 registration joins it (the LTI 1.1 to 1.3 migration): one tenant, so the
-- records made through either version stay together.
ALTER TABLE lti_registration ALTER COLUMN issuer DROP NOT NULL;
ALTER TABLE lti_registration ALTER COLUMN client_id DROP NOT NULL;
ALTER TABLE lti_registration ALTER COLUMN auth_login_url DROP NOT NULL;
ALTER TABLE lti_registration ALTER COLUMN auth_token_url DROP NOT NULL;
ALTER TABLE lti_registration ALTER COLUMN key_set_url DROP NOT NULL;
ALTER TABLE lti_registration ADD COLUMN lti11_consumer_key VARCHAR(255);
ALTER TABLE lti_registration ADD COLUMN lti11_secret VARCHAR(1000);
ALTER TABLE lti_registration ADD COLUMN lti11_platform_url VARCHAR(1000);
ALTER TABLE lti_registration ADD CONSTRAINT uq_lti_registration_lti11_key UNIQUE (lti11_consumer_key);

-- The OAuth nonces of LTI 1.1 launches, each usable once per consumer key, on every node: the
-- primary key refuses a second use. Kept (hashed) until the launch's timestamp is out of the
-- accepted window, after which a replay is refused for its time anyway; housekeeping deletes them.
CREATE TABLE lti11_used_nonce (
    tenant_id     VARCHAR(36)  NOT NULL,
    consumer_key  VARCHAR(255) NOT NULL,
    nonce_hash    VARCHAR(64)  NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lti11_used_nonce PRIMARY KEY (tenant_id, consumer_key, nonce_hash)
);
CREATE INDEX ix_lti11_used_nonce_expiry ON lti11_used_nonce (expires_at);
