-- Contact accounts as the desk keeps them: the contact form's fields, extra e-mail addresses, the
-- per-contact portal options, custom fields an administrator defines, the sites and projects a
-- contact sees, a reversible delete, and the single-use links for first access and password resets.
-- A contact's username is its user_account's (one account per contact; web access = enabled).
-- Same portable subset as V1.

CREATE SEQUENCE contact_alias_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE contact_field_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE account_link_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE project_seq START WITH 1000 INCREMENT BY 50;

ALTER TABLE contact ADD title NVARCHAR(128) NULL;
ALTER TABLE contact ADD line_manager_id BIGINT NULL;
ALTER TABLE contact ADD address_line1 NVARCHAR(128) NULL;
ALTER TABLE contact ADD address_line2 NVARCHAR(128) NULL;
ALTER TABLE contact ADD city NVARCHAR(64) NULL;
ALTER TABLE contact ADD state_region NVARCHAR(32) NULL;
ALTER TABLE contact ADD postcode NVARCHAR(20) NULL;
-- ISO 3166 alpha-2; the known list is the JDK's.
ALTER TABLE contact ADD country_code NVARCHAR(2) NULL;
-- IANA name; NULL means the portal's default.
ALTER TABLE contact ADD time_zone NVARCHAR(60) NULL;
ALTER TABLE contact ADD phone NVARCHAR(20) NULL;
ALTER TABLE contact ADD mobile NVARCHAR(20) NULL;
ALTER TABLE contact ADD notes NVARCHAR(4000) NULL;
ALTER TABLE contact ADD primary_contact BIT DEFAULT 0 NOT NULL;
-- Portal options of this contact.
ALTER TABLE contact ADD order_directly BIT DEFAULT 0 NOT NULL;
ALTER TABLE contact ADD hide_performed_action BIT DEFAULT 0 NOT NULL;
ALTER TABLE contact ADD project_purchase_prices BIT DEFAULT 0 NOT NULL;
ALTER TABLE contact ADD order_line_purchase_prices BIT DEFAULT 0 NOT NULL;
-- 1: every site the customer tree gives; 0: only the rows of contact_site.
ALTER TABLE contact ADD all_sites BIT DEFAULT 1 NOT NULL;
ALTER TABLE contact ADD all_projects BIT DEFAULT 1 NOT NULL;
ALTER TABLE contact ADD created_at DATETIME2 DEFAULT CURRENT_TIMESTAMP NOT NULL;
-- Set when deleted; a deleted contact is kept and can be enabled again.
ALTER TABLE contact ADD deleted_at DATETIME2 NULL;
ALTER TABLE contact ADD CONSTRAINT fk_contact_line_manager FOREIGN KEY (line_manager_id) REFERENCES contact (id);
CREATE INDEX ix_contact_email ON contact (email);
CREATE INDEX ix_contact_last_name ON contact (last_name, first_name);

-- Set for accounts that sign in against the directory: their names, e-mail and username belong to
-- the directory, and no password is stored for them.
ALTER TABLE user_account ADD directory_dn NVARCHAR(400) NULL;

-- Extra e-mail addresses of a contact; at most one is the "send to" address mail goes to instead of
-- the primary e-mail.
CREATE TABLE contact_alias (
    id         BIGINT        NOT NULL,
    contact_id BIGINT        NOT NULL,
    email      NVARCHAR(254) NOT NULL,
    send_to    BIT           NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT pk_contact_alias PRIMARY KEY (id),
    CONSTRAINT uq_contact_alias UNIQUE (contact_id, email),
    CONSTRAINT fk_contact_alias_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);

-- Custom fields of contacts, defined by an administrator.
CREATE TABLE contact_field (
    id         BIGINT       NOT NULL,
    label      NVARCHAR(80) NOT NULL,
    active     BIT          NOT NULL,
    sort_order INT          NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT pk_contact_field PRIMARY KEY (id),
    CONSTRAINT uq_contact_field_label UNIQUE (label)
);

CREATE TABLE contact_field_value (
    contact_id  BIGINT        NOT NULL,
    field_id    BIGINT        NOT NULL,
    field_value NVARCHAR(256) NOT NULL,
    CONSTRAINT pk_contact_field_value PRIMARY KEY (contact_id, field_id),
    CONSTRAINT fk_contact_field_value_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_contact_field_value_field FOREIGN KEY (field_id) REFERENCES contact_field (id)
);
CREATE INDEX ix_contact_field_value ON contact_field_value (field_id, field_value);

-- The sites a contact with all_sites = 0 sees.
CREATE TABLE contact_site (
    contact_id  BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    CONSTRAINT pk_contact_site PRIMARY KEY (contact_id, customer_id),
    CONSTRAINT fk_contact_site_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_contact_site_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

-- A customer's projects, in the form the contact options need (the projects feature completes them).
CREATE TABLE project (
    id             BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    project_number NVARCHAR(32)  NOT NULL,
    name           NVARCHAR(120) NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_project PRIMARY KEY (id),
    CONSTRAINT uq_project_number UNIQUE (project_number),
    CONSTRAINT fk_project_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_project_customer ON project (customer_id);

-- The projects a contact with all_projects = 0 sees.
CREATE TABLE contact_project (
    contact_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    CONSTRAINT pk_contact_project PRIMARY KEY (contact_id, project_id),
    CONSTRAINT fk_contact_project_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_contact_project_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- Single-use links for first access (invitation) and password resets; only a hash of the token is
-- kept, so a copy of the database opens no account.
CREATE TABLE account_link (
    id         BIGINT       NOT NULL,
    account_id BIGINT       NOT NULL,
    purpose    NVARCHAR(12) NOT NULL,
    token_hash NVARCHAR(64) NOT NULL,
    created_at DATETIME2    NOT NULL,
    expires_at DATETIME2    NOT NULL,
    used_at    DATETIME2    NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT pk_account_link PRIMARY KEY (id),
    CONSTRAINT uq_account_link_token UNIQUE (token_hash),
    CONSTRAINT fk_account_link_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_account_link_purpose CHECK (purpose IN ('INVITATION', 'RESET'))
);
CREATE INDEX ix_account_link_account ON account_link (account_id);
