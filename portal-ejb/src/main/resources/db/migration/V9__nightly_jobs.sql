-- The time of day the nightly jobs (contract activation, support-hour reset) run, server time; the
-- administrator changes it on the jobs screen. The batch runtime creates its own job repository tables
-- in this database when the first job runs (see docs/decisions/0015-nightly-jobs.md).
INSERT INTO portal_setting (name, setting_value, version) VALUES ('nightly-jobs-at', '02:00', 0);
