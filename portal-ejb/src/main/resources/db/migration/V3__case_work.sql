-- Everything a case is worked with: its classification (type, subject and subtype, fault code,
-- team, assignee, contract or equipment), tracking notes, files in folders, a history of every
-- change, the configurable analysis fields, the portal settings, and the mail outbox.
-- Same portable subset as V1: NVARCHAR, BIT, DATETIME2, DATE, VARBINARY(MAX), sequences.

CREATE SEQUENCE case_type_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_subject_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_subtype_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE team_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fault_code_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE analysis_field_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE equipment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE contract_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE tracking_note_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_folder_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_file_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_change_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_analysis_value_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE outbox_message_seq START WITH 1000 INCREMENT BY 50;

-- The statuses a customer's "Close case" and "Cancel case" buttons set.
ALTER TABLE tracking_status ADD customer_action NVARCHAR(10) NULL;
UPDATE tracking_status SET customer_action = 'CLOSE' WHERE id = 7;
UPDATE tracking_status SET customer_action = 'CANCEL' WHERE id = 8;

-- People: the language mail is written in, and where staff receive it.
ALTER TABLE contact ADD language NVARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE user_account ADD email NVARCHAR(254) NULL;
ALTER TABLE user_account ADD language NVARCHAR(8) DEFAULT 'en' NOT NULL;

CREATE TABLE case_type (
    id          BIGINT       NOT NULL,
    name        NVARCHAR(60) NOT NULL,
    default_for_new BIT      NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_case_type PRIMARY KEY (id),
    CONSTRAINT uq_case_type_name UNIQUE (name)
);

-- The meaning of each severity level, shown beside it on the new-case form.
CREATE TABLE severity_level (
    severity    NVARCHAR(20)  NOT NULL,
    description NVARCHAR(400) NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_severity_level PRIMARY KEY (severity)
);

CREATE TABLE case_subject (
    id          BIGINT       NOT NULL,
    name        NVARCHAR(80) NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_case_subject PRIMARY KEY (id),
    CONSTRAINT uq_case_subject_name UNIQUE (name)
);

CREATE TABLE case_subtype (
    id          BIGINT       NOT NULL,
    subject_id  BIGINT       NOT NULL,
    name        NVARCHAR(80) NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_case_subtype PRIMARY KEY (id),
    CONSTRAINT uq_case_subtype_name UNIQUE (subject_id, name),
    CONSTRAINT fk_case_subtype_subject FOREIGN KEY (subject_id) REFERENCES case_subject (id)
);

CREATE TABLE team (
    id          BIGINT       NOT NULL,
    name        NVARCHAR(80) NOT NULL,
    email       NVARCHAR(254) NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (id),
    CONSTRAINT uq_team_name UNIQUE (name)
);

CREATE TABLE fault_code (
    id            BIGINT        NOT NULL,
    stock_code    NVARCHAR(40)  NOT NULL,
    friendly_name NVARCHAR(120) NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_fault_code PRIMARY KEY (id),
    CONSTRAINT uq_fault_code_stock_code UNIQUE (stock_code)
);

-- Extra questions a new case asks, defined by an administrator.
CREATE TABLE analysis_field (
    id          BIGINT         NOT NULL,
    label       NVARCHAR(80)   NOT NULL,
    field_type  NVARCHAR(10)   NOT NULL,
    mandatory   BIT            NOT NULL,
    options     NVARCHAR(2000) NULL,
    active      BIT            NOT NULL,
    sort_order  INT            NOT NULL,
    version     BIGINT         NOT NULL,
    CONSTRAINT pk_analysis_field PRIMARY KEY (id),
    CONSTRAINT ck_analysis_field_type CHECK (field_type IN ('TEXT', 'NUMBER', 'DATE', 'LIST'))
);

-- Portal-wide settings as named values (fault codes on/off, the new-case alert message, ...).
CREATE TABLE portal_setting (
    name        NVARCHAR(60)   NOT NULL,
    setting_value NVARCHAR(4000) NULL,
    version     BIGINT         NOT NULL,
    CONSTRAINT pk_portal_setting PRIMARY KEY (name)
);

-- Equipment and contracts in the small form cases need; their own screens complete them.
CREATE TABLE equipment (
    id            BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    id_number     NVARCHAR(40)  NULL,
    serial_number NVARCHAR(60)  NULL,
    description   NVARCHAR(200) NULL,
    make          NVARCHAR(60)  NULL,
    model         NVARCHAR(60)  NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_equipment PRIMARY KEY (id),
    CONSTRAINT fk_equipment_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_equipment_customer ON equipment (customer_id);

CREATE TABLE contract (
    id            BIGINT        NOT NULL,
    reference     NVARCHAR(40)  NOT NULL,
    customer_id   BIGINT        NOT NULL,
    equipment_id  BIGINT        NULL,
    contract_type NVARCHAR(30)  NOT NULL,
    state         NVARCHAR(20)  NOT NULL,
    start_date    DATE          NULL,
    end_date      DATE          NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_contract PRIMARY KEY (id),
    CONSTRAINT uq_contract_reference UNIQUE (reference),
    CONSTRAINT fk_contract_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_contract_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT ck_contract_type CHECK (contract_type IN ('SUBSCRIPTION', 'TIME_LIMITED_SUBSCRIPTION', 'SUPPORT_HOURS', 'SUPPORT_HOURS_BY_MONTH')),
    CONSTRAINT ck_contract_state CHECK (state IN ('PENDING', 'ACTIVE', 'EXPIRED', 'CANCELLED'))
);
CREATE INDEX ix_contract_customer ON contract (customer_id);
CREATE INDEX ix_contract_equipment ON contract (equipment_id);

-- The case itself: classification, who works it, and a copy of its status's "complete" flag so
-- that the customer's list of active cases is one index range.
ALTER TABLE service_case ADD case_type_id BIGINT NULL;
ALTER TABLE service_case ADD subject_id BIGINT NULL;
ALTER TABLE service_case ADD subtype_id BIGINT NULL;
ALTER TABLE service_case ADD fault_code_id BIGINT NULL;
ALTER TABLE service_case ADD contract_id BIGINT NULL;
ALTER TABLE service_case ADD equipment_id BIGINT NULL;
ALTER TABLE service_case ADD product_name NVARCHAR(120) NULL;
ALTER TABLE service_case ADD product_range NVARCHAR(120) NULL;
ALTER TABLE service_case ADD team_id BIGINT NULL;
ALTER TABLE service_case ADD assignee_id BIGINT NULL;
ALTER TABLE service_case ADD updated_by NVARCHAR(120) NULL;
ALTER TABLE service_case ADD complete BIT DEFAULT 0 NOT NULL;
-- The status the customer sees: the latest one available to customers, so an internal step of the
-- desk never shows in the portal.
ALTER TABLE service_case ADD customer_status_id BIGINT NULL;
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_type FOREIGN KEY (case_type_id) REFERENCES case_type (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_subject FOREIGN KEY (subject_id) REFERENCES case_subject (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_subtype FOREIGN KEY (subtype_id) REFERENCES case_subtype (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_fault_code FOREIGN KEY (fault_code_id) REFERENCES fault_code (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_contract FOREIGN KEY (contract_id) REFERENCES contract (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_team FOREIGN KEY (team_id) REFERENCES team (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_customer_status FOREIGN KEY (customer_status_id) REFERENCES tracking_status (id);
UPDATE service_case SET customer_status_id = status_id;
UPDATE service_case SET complete = 1 WHERE status_id IN (SELECT id FROM tracking_status WHERE complete = CAST(1 AS BIT));

CREATE TABLE case_analysis_value (
    id          BIGINT         NOT NULL,
    case_id     BIGINT         NOT NULL,
    field_id    BIGINT         NOT NULL,
    field_value NVARCHAR(2000) NULL,
    version     BIGINT         NOT NULL,
    CONSTRAINT pk_case_analysis_value PRIMARY KEY (id),
    CONSTRAINT uq_case_analysis_value UNIQUE (case_id, field_id),
    CONSTRAINT fk_case_analysis_value_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_case_analysis_value_field FOREIGN KEY (field_id) REFERENCES analysis_field (id)
);

-- A note's visibility follows its status: customers see notes whose status is available to them.
CREATE TABLE tracking_note (
    id              BIGINT        NOT NULL,
    case_id         BIGINT        NOT NULL,
    status_id       BIGINT        NOT NULL,
    author_id       BIGINT        NOT NULL,
    author_name     NVARCHAR(120) NOT NULL,
    by_customer     BIT           NOT NULL,
    note_text       NVARCHAR(MAX) NOT NULL,
    created_at      DATETIME2     NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_tracking_note PRIMARY KEY (id),
    CONSTRAINT fk_tracking_note_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_tracking_note_status FOREIGN KEY (status_id) REFERENCES tracking_status (id),
    CONSTRAINT fk_tracking_note_author FOREIGN KEY (author_id) REFERENCES user_account (id)
);
CREATE INDEX ix_tracking_note_case ON tracking_note (case_id, created_at);

CREATE TABLE case_folder (
    id          BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    parent_id   BIGINT        NULL,
    name        NVARCHAR(120) NOT NULL,
    created_at  DATETIME2     NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_case_folder PRIMARY KEY (id),
    CONSTRAINT fk_case_folder_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_case_folder_parent FOREIGN KEY (parent_id) REFERENCES case_folder (id)
);
CREATE INDEX ix_case_folder_case ON case_folder (case_id);

-- File metadata and content in separate tables, so listing files never reads their bytes.
CREATE TABLE case_file (
    id           BIGINT        NOT NULL,
    case_id      BIGINT        NOT NULL,
    folder_id    BIGINT        NULL,
    file_name    NVARCHAR(255) NOT NULL,
    content_type NVARCHAR(120) NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    uploaded_by  NVARCHAR(120) NOT NULL,
    uploaded_at  DATETIME2     NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_case_file PRIMARY KEY (id),
    CONSTRAINT fk_case_file_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_case_file_folder FOREIGN KEY (folder_id) REFERENCES case_folder (id)
);
CREATE INDEX ix_case_file_case ON case_file (case_id);

CREATE TABLE case_file_content (
    file_id     BIGINT         NOT NULL,
    content     VARBINARY(MAX) NOT NULL,
    CONSTRAINT pk_case_file_content PRIMARY KEY (file_id),
    CONSTRAINT fk_case_file_content_file FOREIGN KEY (file_id) REFERENCES case_file (id)
);

-- Every change to a case: who, when, what (field, old value, new value).
CREATE TABLE case_change (
    id          BIGINT         NOT NULL,
    case_id     BIGINT         NOT NULL,
    changed_by  NVARCHAR(120)  NOT NULL,
    changed_at  DATETIME2      NOT NULL,
    field       NVARCHAR(40)   NOT NULL,
    old_value   NVARCHAR(4000) NULL,
    new_value   NVARCHAR(4000) NULL,
    CONSTRAINT pk_case_change PRIMARY KEY (id),
    CONSTRAINT fk_case_change_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);
CREATE INDEX ix_case_change_case ON case_change (case_id, changed_at);

-- Mail is written here in the transaction of the change it reports, and sent afterwards.
CREATE TABLE outbox_message (
    id              BIGINT         NOT NULL,
    recipient       NVARCHAR(254)  NOT NULL,
    subject         NVARCHAR(255)  NOT NULL,
    body            NVARCHAR(MAX)  NOT NULL,
    created_at      DATETIME2      NOT NULL,
    attempts        INT            NOT NULL,
    next_attempt_at DATETIME2      NOT NULL,
    sent_at         DATETIME2      NULL,
    last_error      NVARCHAR(1000) NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT pk_outbox_message PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_message_due ON outbox_message (sent_at, next_attempt_at);

-- The lists: a contact's active cases newest first, and the desk's queue by the usual filters.
CREATE INDEX ix_service_case_customer_open ON service_case (customer_id, complete, created_at);
CREATE INDEX ix_service_case_open_created ON service_case (complete, created_at);
CREATE INDEX ix_service_case_team ON service_case (team_id, complete);
CREATE INDEX ix_service_case_assignee ON service_case (assignee_id, complete);

-- What every installation starts with; the desk's administration screens change it.
INSERT INTO case_type (id, name, default_for_new, sort_order, version) VALUES (1, 'Incident', 1, 10, 0);
INSERT INTO case_type (id, name, default_for_new, sort_order, version) VALUES (2, 'Service request', 0, 20, 0);
INSERT INTO case_type (id, name, default_for_new, sort_order, version) VALUES (3, 'Question', 0, 30, 0);

INSERT INTO severity_level (severity, description, version) VALUES ('CRITICAL', 'Production has stopped or people are at risk; no workaround.', 0);
INSERT INTO severity_level (severity, description, version) VALUES ('HIGH', 'Work is badly affected; a workaround is hard or costly.', 0);
INSERT INTO severity_level (severity, description, version) VALUES ('MEDIUM', 'Work goes on with some trouble, or a workaround exists.', 0);
INSERT INTO severity_level (severity, description, version) VALUES ('LOW', 'A minor fault, a question or a request with no urgency.', 0);
INSERT INTO severity_level (severity, description, version) VALUES ('NOT_APPLICABLE', 'Not a fault: information, feedback or an order.', 0);

INSERT INTO portal_setting (name, setting_value, version) VALUES ('fault-codes-enabled', 'false', 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('new-case-alert', NULL, 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('desk-email', 'servicedesk@localhost', 0);
