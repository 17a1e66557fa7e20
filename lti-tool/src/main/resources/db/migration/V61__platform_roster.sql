-- Names and Role Provisioning: the course's membership service and the state of its reads (on
-- the context row, which every launch already refreshes); members who never launched, and whether
-- a member still belongs to the course.
ALTER TABLE lti_context ADD COLUMN memberships_url VARCHAR(1000);
ALTER TABLE lti_context ADD COLUMN roster_read_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lti_context ADD COLUMN roster_count INTEGER;
ALTER TABLE lti_context ADD COLUMN roster_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE lti_context ADD COLUMN roster_claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE lti_context ADD COLUMN roster_error VARCHAR(500);
ALTER TABLE lti_context ADD COLUMN roster_error_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_lti_context_roster_due ON lti_context (roster_due_at);

ALTER TABLE course_member ADD COLUMN membership_status VARCHAR(10) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE course_member ADD COLUMN launched BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE course_member ADD COLUMN platform_roster_at TIMESTAMP WITH TIME ZONE;
