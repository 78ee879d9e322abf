-- One set of field rules (docs/decisions/0026): an account's display name is the contact's
-- "first last", so it holds two names of 64 and a blank (ContactFieldRules.DISPLAY_NAME).
ALTER TABLE user_account ALTER COLUMN display_name NVARCHAR(129) NOT NULL;

-- Interrupted job runs (docs/decisions/0027): which server instance runs each batch execution, so
-- that an instance starting up marks only the runs its own previous life left behind, and any
-- instance those of an instance that stopped reporting.
CREATE TABLE job_run (
    execution_id    BIGINT        NOT NULL,
    job_name        NVARCHAR(128) NOT NULL,
    server_instance NVARCHAR(255) NOT NULL,
    started_at      DATETIME2     NOT NULL,
    CONSTRAINT pk_job_run PRIMARY KEY (execution_id)
);
CREATE INDEX ix_job_run_instance ON job_run (server_instance);

-- Every instance of the application notes here that it is alive, once a minute.
CREATE TABLE server_instance (
    name       NVARCHAR(255) NOT NULL,
    started_at DATETIME2     NOT NULL,
    seen_at    DATETIME2     NOT NULL,
    CONSTRAINT pk_server_instance PRIMARY KEY (name)
);
