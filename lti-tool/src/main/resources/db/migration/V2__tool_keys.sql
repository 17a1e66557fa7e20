-- The tool's own RSA keys (the only rows not owned by a tenant: every platform sees one key set).
-- slot is CURRENT or NEXT while in use, NULL once retired; unique, so there is one key per slot.
CREATE TABLE tool_key (
    kid              VARCHAR(64)   NOT NULL,
    slot             VARCHAR(16),
    private_jwk      VARCHAR(8000) NOT NULL,
    public_jwk       VARCHAR(4000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at       TIMESTAMP WITH TIME ZONE,
    published_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_tool_key PRIMARY KEY (kid),
    CONSTRAINT uq_tool_key_slot UNIQUE (slot)
);
