-- Documents issued as PDFs (CPD certificates, signed session records, signed contracts), so that
-- anyone holding one can check its verification code at /verify/{code}. Only the code's SHA-256 is
-- stored; a row is written once and never changed.

CREATE TABLE issued_document (
    id                VARCHAR(36)    NOT NULL,
    tenant_id         VARCHAR(64)    NOT NULL,
    scheme_id         VARCHAR(36)    NOT NULL,
    code_hash         VARCHAR(64)    NOT NULL,
    kind              VARCHAR(24)    NOT NULL,
    person_id         VARCHAR(36)    NOT NULL,
    person_initials   VARCHAR(16)    NOT NULL,
    period_label      VARCHAR(40)    NOT NULL,
    period_start      DATE           NOT NULL,
    period_end        DATE           NOT NULL,
    contract_version  INTEGER,
    total_half_hours  BIGINT,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_issued_document PRIMARY KEY (id),
    -- The public check looks a document up by its code's hash alone.
    CONSTRAINT uq_issued_document_code UNIQUE (code_hash),
    CONSTRAINT fk_issued_document_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id)
);
CREATE INDEX ix_issued_document_person ON issued_document (tenant_id, scheme_id, person_id);

-- The records a document covers: CPD entries (a certificate), a session, a contract version.
CREATE TABLE issued_document_item (
    document_id  VARCHAR(36)  NOT NULL,
    position     INTEGER      NOT NULL,
    tenant_id    VARCHAR(64)  NOT NULL,
    item_id      VARCHAR(36)  NOT NULL,
    CONSTRAINT pk_issued_document_item PRIMARY KEY (document_id, position),
    CONSTRAINT fk_issued_document_item FOREIGN KEY (document_id) REFERENCES issued_document (id)
);
CREATE INDEX ix_issued_document_item ON issued_document_item (tenant_id, item_id);
