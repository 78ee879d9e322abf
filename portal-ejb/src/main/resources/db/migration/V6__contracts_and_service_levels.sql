-- Contracts and service levels: the business-hours calendar a service level is measured on, its
-- response and resolution targets per severity, the hours a contract includes and has used, the time
-- staff record on notes, and the due times every case carries. Same portable subset as V1.

CREATE SEQUENCE business_calendar_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE business_hours_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE business_holiday_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE service_level_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE service_level_target_seq START WITH 1000 INCREMENT BY 50;

-- Working days and hours in one time zone (an IANA name such as Europe/Stockholm).
CREATE TABLE business_calendar (
    id        BIGINT       NOT NULL,
    name      NVARCHAR(80) NOT NULL,
    time_zone NVARCHAR(60) NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT pk_business_calendar PRIMARY KEY (id),
    CONSTRAINT uq_business_calendar_name UNIQUE (name)
);

-- The hours of one working day of the week (1 = Monday ... 7 = Sunday), local time of the calendar.
CREATE TABLE business_hours (
    id          BIGINT NOT NULL,
    calendar_id BIGINT NOT NULL,
    day_of_week INT    NOT NULL,
    opens_at    TIME   NOT NULL,
    closes_at   TIME   NOT NULL,
    CONSTRAINT pk_business_hours PRIMARY KEY (id),
    CONSTRAINT uq_business_hours_day UNIQUE (calendar_id, day_of_week),
    CONSTRAINT fk_business_hours_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id),
    CONSTRAINT ck_business_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_business_hours_span CHECK (opens_at < closes_at)
);

CREATE TABLE business_holiday (
    id           BIGINT       NOT NULL,
    calendar_id  BIGINT       NOT NULL,
    holiday_date DATE         NOT NULL,
    name         NVARCHAR(80) NOT NULL,
    CONSTRAINT pk_business_holiday PRIMARY KEY (id),
    CONSTRAINT uq_business_holiday_date UNIQUE (calendar_id, holiday_date),
    CONSTRAINT fk_business_holiday_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id)
);

CREATE TABLE service_level (
    id          BIGINT       NOT NULL,
    name        NVARCHAR(80) NOT NULL,
    calendar_id BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_service_level PRIMARY KEY (id),
    CONSTRAINT uq_service_level_name UNIQUE (name),
    CONSTRAINT fk_service_level_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id)
);

-- Targets in business minutes; a severity without a row has no target.
CREATE TABLE service_level_target (
    id                 BIGINT       NOT NULL,
    service_level_id   BIGINT       NOT NULL,
    severity           NVARCHAR(20) NOT NULL,
    response_minutes   INT          NOT NULL,
    resolution_minutes INT          NOT NULL,
    CONSTRAINT pk_service_level_target PRIMARY KEY (id),
    CONSTRAINT uq_service_level_target UNIQUE (service_level_id, severity),
    CONSTRAINT fk_service_level_target_level FOREIGN KEY (service_level_id) REFERENCES service_level (id),
    CONSTRAINT ck_service_level_target_severity CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'NOT_APPLICABLE')),
    CONSTRAINT ck_service_level_target_minutes CHECK (response_minutes > 0 AND resolution_minutes >= response_minutes)
);

-- Statuses that stop the clock, e.g. while the desk waits for the customer.
ALTER TABLE tracking_status ADD pauses_clock BIT DEFAULT 0 NOT NULL;
UPDATE tracking_status SET pauses_clock = 1 WHERE id IN (3, 5);
-- The status a case gets while its customer has only a pending contract; the activation job moves
-- such cases on to the default status once the contract is active.
ALTER TABLE tracking_status ADD pending_contract BIT DEFAULT 0 NOT NULL;
UPDATE tracking_status SET pending_contract = 1 WHERE id = 5;

-- A contract's service level, its hours (kept in minutes so sums are exact), and the invoice a
-- pending contract may wait for. For "by month" contracts: the month's hours, the rollover day
-- (1-31, the month's last day when shorter) and the day the current period began.
ALTER TABLE contract ADD service_level_id BIGINT NULL;
ALTER TABLE contract ADD awaiting_invoice BIT DEFAULT 0 NOT NULL;
ALTER TABLE contract ADD included_minutes INT NULL;
ALTER TABLE contract ADD monthly_minutes INT NULL;
ALTER TABLE contract ADD rollover_day INT NULL;
ALTER TABLE contract ADD period_start DATE NULL;
ALTER TABLE contract ADD used_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE contract ADD description NVARCHAR(400) NULL;
ALTER TABLE contract ADD CONSTRAINT fk_contract_service_level FOREIGN KEY (service_level_id) REFERENCES service_level (id);
ALTER TABLE contract ADD CONSTRAINT ck_contract_rollover_day CHECK (rollover_day BETWEEN 1 AND 31);
ALTER TABLE contract ADD CONSTRAINT ck_contract_minutes CHECK (used_minutes >= 0 AND (included_minutes IS NULL OR included_minutes >= 0) AND (monthly_minutes IS NULL OR monthly_minutes >= 0));
-- The nightly jobs find their work by state and date.
CREATE INDEX ix_contract_state_start ON contract (state, start_date);
CREATE INDEX ix_contract_state_end ON contract (state, end_date);

-- Time a staff member spent, recorded on a note and drawn from the case's contract at that moment.
ALTER TABLE tracking_note ADD time_spent_minutes INT NULL;
ALTER TABLE tracking_note ADD contract_id BIGINT NULL;
ALTER TABLE tracking_note ADD CONSTRAINT fk_tracking_note_contract FOREIGN KEY (contract_id) REFERENCES contract (id);
ALTER TABLE tracking_note ADD CONSTRAINT ck_tracking_note_time CHECK (time_spent_minutes IS NULL OR time_spent_minutes > 0);
CREATE INDEX ix_tracking_note_contract ON tracking_note (contract_id, case_id);

-- A case's service level targets as due times (UTC), when they were met, and since when its clock is
-- paused.
ALTER TABLE service_case ADD response_due_at DATETIME2 NULL;
ALTER TABLE service_case ADD resolution_due_at DATETIME2 NULL;
ALTER TABLE service_case ADD responded_at DATETIME2 NULL;
ALTER TABLE service_case ADD resolved_at DATETIME2 NULL;
ALTER TABLE service_case ADD clock_paused_at DATETIME2 NULL;
CREATE INDEX ix_service_case_open_resolution_due ON service_case (complete, resolution_due_at);
