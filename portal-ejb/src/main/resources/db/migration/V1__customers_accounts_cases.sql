-- Written in the subset of SQL that both SQL Server and H2 accept: NVARCHAR, BIT, DATETIME2,
-- sequences (ids are allocated by JPA in blocks of 50, case numbers one at a time).

CREATE SEQUENCE customer_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE tracking_status_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE service_case_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE case_number_seq START WITH 10001 INCREMENT BY 1;

CREATE TABLE customer (
    id              BIGINT        NOT NULL,
    account_number  NVARCHAR(32)  NOT NULL,
    name            NVARCHAR(120) NOT NULL,
    parent_id       BIGINT        NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT uq_customer_account_number UNIQUE (account_number),
    CONSTRAINT fk_customer_parent FOREIGN KEY (parent_id) REFERENCES customer (id)
);
CREATE INDEX ix_customer_parent ON customer (parent_id);

CREATE TABLE contact (
    id          BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    first_name  NVARCHAR(64)  NOT NULL,
    last_name   NVARCHAR(64)  NOT NULL,
    email       NVARCHAR(254) NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_contact PRIMARY KEY (id),
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_contact_customer ON contact (customer_id);

CREATE TABLE user_account (
    id                 BIGINT        NOT NULL,
    username           NVARCHAR(64)  NOT NULL,
    password_hash      NVARCHAR(255) NULL,
    role               NVARCHAR(20)  NOT NULL,
    display_name       NVARCHAR(120) NOT NULL,
    contact_id         BIGINT        NULL,
    enabled            BIT           NOT NULL,
    last_login_at      DATETIME2     NULL,
    last_login_address NVARCHAR(64)  NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('CUSTOMER', 'TECHNICIAN', 'SUPERVISOR', 'ADMINISTRATOR'))
);

CREATE TABLE tracking_status (
    id                     BIGINT       NOT NULL,
    name                   NVARCHAR(60) NOT NULL,
    available_to_customers BIT          NOT NULL,
    complete               BIT          NOT NULL,
    default_for_new        BIT          NOT NULL,
    sort_order             INT          NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT pk_tracking_status PRIMARY KEY (id),
    CONSTRAINT uq_tracking_status_name UNIQUE (name)
);

CREATE TABLE service_case (
    id                   BIGINT         NOT NULL,
    case_number          BIGINT         NOT NULL,
    customer_id          BIGINT         NOT NULL,
    raised_by_contact_id BIGINT         NULL,
    severity             NVARCHAR(20)   NOT NULL,
    summary              NVARCHAR(200)  NOT NULL,
    description          NVARCHAR(4000) NULL,
    status_id            BIGINT         NOT NULL,
    source               NVARCHAR(20)   NOT NULL,
    created_at           DATETIME2      NOT NULL,
    updated_at           DATETIME2      NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT pk_service_case PRIMARY KEY (id),
    CONSTRAINT uq_service_case_number UNIQUE (case_number),
    CONSTRAINT fk_service_case_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_service_case_contact FOREIGN KEY (raised_by_contact_id) REFERENCES contact (id),
    CONSTRAINT fk_service_case_status FOREIGN KEY (status_id) REFERENCES tracking_status (id),
    CONSTRAINT ck_service_case_severity CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'NOT_APPLICABLE'))
);
CREATE INDEX ix_service_case_customer_created ON service_case (customer_id, created_at);
CREATE INDEX ix_service_case_created ON service_case (created_at);
