-- What a state-changing call with an Idempotency-Key (or a page form's one-time token) did, so that
-- a retry is answered the same and never done twice: per person (tenant + person id; the operator
-- API uses 'operator' for both), the key, the SHA-256 of the request (method, path, body bytes),
-- the answer's status and Location, and the ids the call created ("type:id" pairs). Never a request
-- or response body: they hold confidential text. Claimed (status 0) and completed inside the call's
-- own transaction; kept 24 hours.
CREATE TABLE idempotency_key (
    tenant_id     VARCHAR(36)   NOT NULL,
    person_id     VARCHAR(36)   NOT NULL,
    idem_key      VARCHAR(255)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INTEGER       NOT NULL,
    location      VARCHAR(2000),
    created_ids   VARCHAR(4000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (tenant_id, person_id, idem_key)
);
CREATE INDEX ix_idempotency_key_expiry ON idempotency_key (expires_at);
