-- LTI 1.3 core: platform registrations (the tenants), their deployments, dynamic registration
-- links, login state and nonces, contexts and resource links, browser sessions and hand-offs.
-- Every tenant-owned table carries tenant_id (= lti_registration.id); secrets are stored hashed.

CREATE TABLE lti_registration (
    id                      VARCHAR(36)   NOT NULL,
    issuer                  VARCHAR(255)  NOT NULL,
    client_id               VARCHAR(255)  NOT NULL,
    auth_login_url          VARCHAR(1000) NOT NULL,
    auth_token_url          VARCHAR(1000) NOT NULL,
    key_set_url             VARCHAR(1000) NOT NULL,
    platform_name           VARCHAR(200),
    product_family          VARCHAR(100),
    source                  VARCHAR(16)   NOT NULL,
    enabled                 BOOLEAN       NOT NULL,
    accept_new_deployments  BOOLEAN       NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_lti_registration PRIMARY KEY (id),
    CONSTRAINT uq_lti_registration UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployment (
    tenant_id      VARCHAR(36)  NOT NULL,
    deployment_id  VARCHAR(255) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lti_deployment PRIMARY KEY (tenant_id, deployment_id),
    CONSTRAINT fk_lti_deployment_registration FOREIGN KEY (tenant_id) REFERENCES lti_registration (id)
);

CREATE TABLE lti_registration_link (
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_lti_registration_link PRIMARY KEY (token_hash)
);

CREATE TABLE lti_login_state (
    state_hash       VARCHAR(64)   NOT NULL,
    tenant_id        VARCHAR(36)   NOT NULL,
    nonce_hash       VARCHAR(64)   NOT NULL,
    browser_hash     VARCHAR(64)   NOT NULL,
    target_link_uri  VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lti_login_state PRIMARY KEY (state_hash)
);
CREATE INDEX ix_lti_login_state_expiry ON lti_login_state (expires_at);

CREATE TABLE lti_used_nonce (
    tenant_id   VARCHAR(36) NOT NULL,
    nonce_hash  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lti_used_nonce PRIMARY KEY (tenant_id, nonce_hash)
);
CREATE INDEX ix_lti_used_nonce_expiry ON lti_used_nonce (expires_at);

CREATE TABLE lti_context (
    id          VARCHAR(36)  NOT NULL,
    tenant_id   VARCHAR(36)  NOT NULL,
    context_id  VARCHAR(255) NOT NULL,
    title       VARCHAR(500),
    label       VARCHAR(255),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lti_context PRIMARY KEY (id),
    CONSTRAINT uq_lti_context UNIQUE (tenant_id, context_id)
);

CREATE TABLE lti_resource_link (
    id                VARCHAR(36)  NOT NULL,
    tenant_id         VARCHAR(36)  NOT NULL,
    resource_link_id  VARCHAR(255) NOT NULL,
    context_ref       VARCHAR(36),
    title             VARCHAR(500),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lti_resource_link PRIMARY KEY (id),
    CONSTRAINT uq_lti_resource_link UNIQUE (tenant_id, resource_link_id)
);

CREATE TABLE web_session (
    id_hash           VARCHAR(64)   NOT NULL,
    tenant_id         VARCHAR(36)   NOT NULL,
    person_id         VARCHAR(36)   NOT NULL,
    context_ref       VARCHAR(36),
    resource_link_ref VARCHAR(36),
    deployment_id     VARCHAR(255)  NOT NULL,
    platform_roles    VARCHAR(4000) NOT NULL,
    frame_origins     VARCHAR(1000) NOT NULL,
    csrf_token        VARCHAR(64)   NOT NULL,
    deep_link_return  VARCHAR(2000),
    deep_link_data    VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_web_session PRIMARY KEY (id_hash)
);
CREATE INDEX ix_web_session_expiry ON web_session (expires_at);

CREATE TABLE lti_handoff (
    code_hash         VARCHAR(64) NOT NULL,
    session_hash      VARCHAR(64) NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lti_handoff PRIMARY KEY (code_hash)
);
