-- The lead's own intake (issue 13, item 4): a request the lead (or a coordinator who matches)
-- entered for someone who phoned in has no mentee until it is claimed, by a single-use link the
-- lead gives the caller or by the lead choosing their roster entry (never by an e-mail address).
-- caller_name and preferred_mentor are free text, sealed (encrypted) like the pro-forma's others.
ALTER TABLE mentoring_request ALTER COLUMN mentee_id DROP NOT NULL;
ALTER TABLE mentoring_request ADD COLUMN entered_by VARCHAR(36);
ALTER TABLE mentoring_request ADD COLUMN caller_name VARCHAR;
ALTER TABLE mentoring_request ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mentoring_request ADD COLUMN preferred_mentor VARCHAR;

-- The links (only the SHA-256 of each code is stored), single use, with an expiry.
CREATE TABLE request_claim_link (
    code_hash   VARCHAR(64)   NOT NULL,
    tenant_id   VARCHAR(36)   NOT NULL,
    scheme_id   VARCHAR(36)   NOT NULL,
    request_id  VARCHAR(36)   NOT NULL,
    created_by  VARCHAR(36)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_by     VARCHAR(36),
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_request_claim_link PRIMARY KEY (code_hash),
    CONSTRAINT fk_request_claim_link_request FOREIGN KEY (request_id) REFERENCES mentoring_request (id)
);
CREATE INDEX ix_request_claim_link_request ON request_claim_link (tenant_id, request_id);
