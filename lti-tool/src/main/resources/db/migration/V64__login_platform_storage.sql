-- LTI Client Side postMessages (platform storage): the frame a login's platform offered for
-- lti.put_data / lti.get_data ("_parent" or a frame name), null when it offered none. A launch
-- whose browser sent no state cookie may then be bound by the secret the platform stored.
ALTER TABLE lti_login_state ADD COLUMN storage_target VARCHAR(64);
