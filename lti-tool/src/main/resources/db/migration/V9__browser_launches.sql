-- One browser session may hold several launches (two tabs on two courses): each launch keeps its
-- own course, link, roles (as sent and as the tool reads them) and frame origins, and is named by a
-- handle that the pages of that launch carry. Sessions in flight are ended (people launch again).
DELETE FROM lti_handoff;
DELETE FROM web_session;

CREATE TABLE web_launch (
    handle            VARCHAR(24)   NOT NULL,
    session_hash      VARCHAR(64)   NOT NULL,
    tenant_id         VARCHAR(36)   NOT NULL,
    context_ref       VARCHAR(36),
    resource_link_ref VARCHAR(36),
    deployment_id     VARCHAR(255)  NOT NULL,
    platform_roles    VARCHAR(4000) NOT NULL,
    tool_roles        VARCHAR(100)  NOT NULL,
    frame_origins     VARCHAR(1000) NOT NULL,
    deep_link_return  VARCHAR(2000),
    deep_link_data    VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_web_launch PRIMARY KEY (handle),
    CONSTRAINT fk_web_launch_session FOREIGN KEY (session_hash) REFERENCES web_session (id_hash)
        ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX ix_web_launch_session ON web_launch (session_hash, created_at);

ALTER TABLE web_session DROP COLUMN context_ref;
ALTER TABLE web_session DROP COLUMN resource_link_ref;
ALTER TABLE web_session DROP COLUMN deployment_id;
ALTER TABLE web_session DROP COLUMN platform_roles;
ALTER TABLE web_session DROP COLUMN frame_origins;
ALTER TABLE web_session DROP COLUMN deep_link_return;
ALTER TABLE web_session DROP COLUMN deep_link_data;

ALTER TABLE lti_handoff ADD COLUMN launch_handle VARCHAR(24) NOT NULL;
