-- The audit trail (append-only): who read which confidential record (type and id, never content),
-- who signed, signed off, approved, exported or erased what, refusals of a power, safeguarding
-- (break-glass) steps and operator calls, with the time (UTC), the registration and the scheme.
-- tenant_id / scheme_id are null only for an operator call on the tool itself. No column holds
-- free text: record_id and detail are codes. Rows are never updated or deleted, except that an
-- erased person's id is replaced by a pseudonym.
CREATE TABLE audit_entry (
    id           VARCHAR(36)   NOT NULL,
    tenant_id    VARCHAR(36),
    scheme_id    VARCHAR(36),
    actor_id     VARCHAR(64)   NOT NULL,
    action       VARCHAR(16)   NOT NULL,
    record_type  VARCHAR(40),
    record_id    VARCHAR(120),
    detail       VARCHAR(120),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_scheme ON audit_entry (tenant_id, scheme_id, at);
CREATE INDEX ix_audit_entry_at ON audit_entry (at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (tenant_id, actor_id);
