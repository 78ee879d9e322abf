-- Nightly ticks (docs/decisions/0037): every instance looks once a minute whether a nightly due time
-- has come, and the one whose INSERT of that due time succeeds starts the jobs; the primary key makes
-- the others fail. Due times are the server's local date and time of day (the setting
-- 'nightly-jobs-at'). A row with started_jobs = 0 only marks where ticks start to count: the due time
-- before the first start, or before the time of day was changed.
CREATE TABLE nightly_run (
    due_at        DATETIME2     NOT NULL,
    instance_name NVARCHAR(255) NOT NULL,
    claimed_at    DATETIME2     NOT NULL,
    started_jobs  BIT           NOT NULL,
    CONSTRAINT pk_nightly_run PRIMARY KEY (due_at)
);
