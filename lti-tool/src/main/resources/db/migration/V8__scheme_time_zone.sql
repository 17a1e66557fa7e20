-- A scheme's own time zone (a region id such as Europe/London); NULL: the tool's configured zone
-- (mentorlink.time.zone). The scheme's dates, allowances and CPD years are counted in it.
ALTER TABLE scheme ADD COLUMN time_zone VARCHAR(64);
