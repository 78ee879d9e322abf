-- Sites as the portal lists them (an address, the company's account manager: "our reference") and
-- the invoices counted in a site's open activities. Same portable subset as V1.

CREATE SEQUENCE invoice_seq START WITH 1000 INCREMENT BY 50;

ALTER TABLE customer ADD address_line1 NVARCHAR(128) NULL;
ALTER TABLE customer ADD address_line2 NVARCHAR(128) NULL;
ALTER TABLE customer ADD city NVARCHAR(64) NULL;
ALTER TABLE customer ADD postcode NVARCHAR(20) NULL;
ALTER TABLE customer ADD country_code NVARCHAR(2) NULL;
ALTER TABLE customer ADD account_manager_id BIGINT NULL;
ALTER TABLE customer ADD CONSTRAINT fk_customer_account_manager FOREIGN KEY (account_manager_id) REFERENCES user_account (id);

-- Read-only to customers; filled by an import or the desk.
CREATE TABLE invoice (
    id             BIGINT         NOT NULL,
    invoice_number NVARCHAR(40)   NOT NULL,
    customer_id    BIGINT         NOT NULL,
    invoice_date   DATE           NOT NULL,
    amount         DECIMAL(14, 2) NOT NULL,
    due_date       DATE           NOT NULL,
    paid           BIT            NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT pk_invoice PRIMARY KEY (id),
    CONSTRAINT uq_invoice_number UNIQUE (invoice_number),
    CONSTRAINT fk_invoice_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_invoice_customer ON invoice (customer_id, paid);
