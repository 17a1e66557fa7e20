-- Deep-linking placements: the page a placed link opens (its mentorlink_view custom parameter,
-- as last launched), and whether a deep-linking request has had its one response.
ALTER TABLE lti_resource_link ADD COLUMN placement VARCHAR(20);
ALTER TABLE web_launch ADD COLUMN deep_link_answered BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_lti_resource_link_placement ON lti_resource_link (tenant_id, context_ref, placement);
