-- The people an LTI 1.1 platform knows by its user_id: a 1.1 launch finds its person here. A
-- person first seen in LTI 1.1 is stored with a subject of its own ("lti11:" + user_id), which can
-- never be taken for an LTI 1.3 sub; when the platform's LTI 1.3 launch vouches for the user_id
-- (the lti1p1 claim, signed with the 1.1 shared secret), the person takes the 1.3 sub and keeps
-- every record, and later 1.1 launches of that user_id still find them here.
CREATE TABLE lti11_user (
    tenant_id   VARCHAR(36)  NOT NULL,
    user_id     VARCHAR(255) NOT NULL,
    person_id   VARCHAR(36)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lti11_user PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX ix_lti11_user_person ON lti11_user (tenant_id, person_id);

-- A dynamic-registration link may name the LTI 1.1 registration the platform's LTI 1.3
-- registration replaces: the registration made through the link joins it.
ALTER TABLE lti_registration_link ADD COLUMN lti11_registration_id VARCHAR(36);
