-- Sign-in security: the failed sign-ins counted per account (or per name no account has) and per
-- client address, kept here rather than in one instance's memory so that every instance of a
-- cluster counts the same attempts; and the security log administrators read at the desk.
-- Same portable subset as V1.

CREATE SEQUENCE sign_in_throttle_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE security_event_seq START WITH 1000 INCREMENT BY 50;

-- One row per account, unknown name or client address with recent failed sign-ins. A row is
-- locked (SELECT ... FOR UPDATE) while an attempt is counted, so parallel attempts count one by one.
CREATE TABLE sign_in_throttle (
    id              BIGINT        NOT NULL,
    -- ACCOUNT: throttle_key is the account's id; NAME: a name typed that no account has; ADDRESS: the client's address.
    kind            NVARCHAR(8)   NOT NULL,
    throttle_key    NVARCHAR(254) NOT NULL,
    -- Attempts that have not succeeded within the window, counting the one under way.
    failures        INT           NOT NULL,
    last_failure_at DATETIME2     NOT NULL,
    locked_until    DATETIME2     NULL,
    -- When the account's owner was last mailed about a lock, so that one lock mails once.
    owner_told_at   DATETIME2     NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (id),
    CONSTRAINT uq_sign_in_throttle UNIQUE (kind, throttle_key),
    CONSTRAINT ck_sign_in_throttle_kind CHECK (kind IN ('ACCOUNT', 'NAME', 'ADDRESS'))
);
CREATE INDEX ix_sign_in_throttle_last ON sign_in_throttle (last_failure_at);

-- Append-only. No foreign key to user_account: the log keeps the username as it was, and outlives
-- the account.
CREATE TABLE security_event (
    id          BIGINT        NOT NULL,
    occurred_at DATETIME2     NOT NULL,
    kind        NVARCHAR(24)  NOT NULL,
    account_id  BIGINT        NULL,
    -- The account's username, or for a failed sign-in the name typed.
    username    NVARCHAR(254) NULL,
    -- Who did it when not the account itself, e.g. the administrator who changed web access.
    actor       NVARCHAR(64)  NULL,
    address     NVARCHAR(64)  NULL,
    detail      NVARCHAR(400) NULL,
    CONSTRAINT pk_security_event PRIMARY KEY (id)
);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
CREATE INDEX ix_security_event_kind ON security_event (kind, occurred_at);
CREATE INDEX ix_security_event_username ON security_event (username, occurred_at);
