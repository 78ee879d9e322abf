-- Contact imports from CSV: the uploaded file (in the database, as instances share no disk), the
-- column mapping and options chosen on the desk, the progress and counts the import job keeps, the
-- problems of rejected rows for the report, and the line managers the job links after all rows.
-- Same portable subset as V1.

CREATE SEQUENCE contact_import_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE contact_import (
    id                BIGINT         NOT NULL,
    file_name         NVARCHAR(255)  NOT NULL,
    uploaded_by       BIGINT         NOT NULL,
    uploaded_at       DATETIME2      NOT NULL,
    -- One field name per column of the file, comma-separated; an empty entry ignores the column.
    column_map        NVARCHAR(4000) NULL,
    ignore_first_line BIT            NOT NULL,
    web_access        BIT            NOT NULL,
    -- UPLOADED, RUNNING, DONE
    status            NVARCHAR(12)   NOT NULL,
    execution_id      BIGINT         NULL,
    total_rows        INT            NOT NULL,
    done_rows         INT            NOT NULL,
    created_count     INT            NOT NULL,
    updated_count     INT            NOT NULL,
    rejected_count    INT            NOT NULL,
    finished_at       DATETIME2      NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT pk_contact_import PRIMARY KEY (id),
    CONSTRAINT fk_contact_import_account FOREIGN KEY (uploaded_by) REFERENCES user_account (id),
    CONSTRAINT ck_contact_import_status CHECK (status IN ('UPLOADED', 'RUNNING', 'DONE'))
);

-- The uploaded file, gzip-compressed, apart from the import's row, which each chunk's counters change.
CREATE TABLE contact_import_file (
    import_id BIGINT         NOT NULL,
    content   VARBINARY(MAX) NOT NULL,
    CONSTRAINT pk_contact_import_file PRIMARY KEY (import_id),
    CONSTRAINT fk_contact_import_file FOREIGN KEY (import_id) REFERENCES contact_import (id)
);

-- Why a row was rejected (or, for a line manager not found at the end, left without one).
CREATE TABLE contact_import_problem (
    import_id  BIGINT        NOT NULL,
    line_no    INT           NOT NULL,
    field_name NVARCHAR(32)  NULL,
    problem    NVARCHAR(32)  NOT NULL,
    detail     NVARCHAR(256) NULL,
    CONSTRAINT fk_contact_import_problem FOREIGN KEY (import_id) REFERENCES contact_import (id)
);
CREATE INDEX ix_contact_import_problem ON contact_import_problem (import_id, line_no);

-- The line manager each imported contact names, linked once every row is in.
CREATE TABLE contact_import_manager (
    import_id        BIGINT       NOT NULL,
    contact_id       BIGINT       NOT NULL,
    line_no          INT          NOT NULL,
    manager_username NVARCHAR(64) NOT NULL,
    CONSTRAINT pk_contact_import_manager PRIMARY KEY (import_id, contact_id),
    CONSTRAINT fk_contact_import_manager FOREIGN KEY (import_id) REFERENCES contact_import (id)
);
