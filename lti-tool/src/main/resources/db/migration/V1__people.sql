-- People as each tenant (platform registration) knows them. Every table carries tenant_id.
CREATE TABLE person (
    id            VARCHAR(36)  NOT NULL,
    tenant_id     VARCHAR(64)  NOT NULL,
    subject       VARCHAR(255) NOT NULL,
    display_name  VARCHAR(200),
    email         VARCHAR(320),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uq_person_subject UNIQUE (tenant_id, subject)
);
