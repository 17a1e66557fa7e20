-- Notifications: the e-mail that tells a person something waits for them in Mentorlink. It names no
-- one and quotes nothing; the rows below hold ids and states only.

-- The address is sealed from now on (V71 seals those stored before): a sealed value is longer.
ALTER TABLE person ALTER COLUMN email SET DATA TYPE VARCHAR;
-- The person's choice, and the digest and lease of their e-mails (epoch ms): a node mails a person
-- only while it holds mail_claimed_until_ms, and not again before mail_last_sent_ms + the digest.
ALTER TABLE person ADD COLUMN mail_opt_out BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE person ADD COLUMN mail_last_sent_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE person ADD COLUMN mail_claimed_until_ms BIGINT DEFAULT 0 NOT NULL;

-- One row per person and event (kind + event key: at most one e-mail per person per event). A
-- person's due rows go out together as one e-mail; PENDING → SENDING (claimed, a lease) → SENT, or
-- back to PENDING with a later next_attempt_ms when the SMTP server is down; DROPPED when the person
-- opted out or has no address any more; FAILED when the server refused the address for good.
CREATE TABLE mail_outbox (
    id                VARCHAR(36)  NOT NULL,
    tenant_id         VARCHAR(64)  NOT NULL,
    person_id         VARCHAR(36)  NOT NULL,
    scheme_id         VARCHAR(36)  NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    event_key         VARCHAR(80)  NOT NULL,
    state             VARCHAR(8)   NOT NULL,
    attempts          INTEGER      NOT NULL,
    created_ms        BIGINT       NOT NULL,
    next_attempt_ms   BIGINT       NOT NULL,
    claimed_until_ms  BIGINT       NOT NULL,
    sent_ms           BIGINT,
    last_error        VARCHAR(200),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT uq_mail_outbox_event UNIQUE (tenant_id, person_id, kind, event_key)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_ms);
CREATE INDEX ix_mail_outbox_lease ON mail_outbox (state, claimed_until_ms);
CREATE INDEX ix_mail_outbox_person ON mail_outbox (tenant_id, person_id, state);
