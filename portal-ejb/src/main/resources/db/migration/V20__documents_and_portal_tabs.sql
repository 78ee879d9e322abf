-- Documents on a customer or a site (shown in the portal only when published) and the portal-wide
-- switches for the "All open cases" and "All open orders" tabs and the Help desk link.
-- Same portable subset as V1.

CREATE SEQUENCE document_seq START WITH 1000 INCREMENT BY 50;

-- Metadata and content in separate tables, like case files, so listing never reads the bytes.
CREATE TABLE document (
    id           BIGINT        NOT NULL,
    customer_id  BIGINT        NOT NULL,
    title        NVARCHAR(200) NOT NULL,
    file_name    NVARCHAR(255) NOT NULL,
    content_type NVARCHAR(120) NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    published    BIT           NOT NULL,
    uploaded_by  NVARCHAR(120) NOT NULL,
    uploaded_at  DATETIME2     NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_document PRIMARY KEY (id),
    CONSTRAINT fk_document_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_document_customer ON document (customer_id, published);

CREATE TABLE document_content (
    document_id BIGINT         NOT NULL,
    content     VARBINARY(MAX) NOT NULL,
    CONSTRAINT pk_document_content PRIMARY KEY (document_id),
    CONSTRAINT fk_document_content_document FOREIGN KEY (document_id) REFERENCES document (id)
);

INSERT INTO portal_setting (name, setting_value, version) VALUES ('tab-all-open-cases', 'true', 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('tab-all-open-orders', 'true', 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('help-desk-link', 'true', 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('help-desk-url', NULL, 0);
