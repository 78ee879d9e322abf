-- Equipment as customers and the desk keep it: who added an item (a contact may edit only the items
-- it added), the history of moves between a company's sites, the two portal settings that let
-- customers add and edit equipment, and the uploaded files of the fault-code import.
-- Same portable subset as V1.
CREATE SEQUENCE equipment_move_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fault_code_import_seq START WITH 1000 INCREMENT BY 50;

-- NULL for items the desk created (or that existed before this migration).
ALTER TABLE equipment ADD added_by_contact_id BIGINT NULL;
ALTER TABLE equipment ADD created_at DATETIME2 NULL;
ALTER TABLE equipment ADD CONSTRAINT fk_equipment_added_by FOREIGN KEY (added_by_contact_id) REFERENCES contact (id);
CREATE INDEX ix_equipment_id_number ON equipment (id_number);
CREATE INDEX ix_equipment_serial_number ON equipment (serial_number);

-- One row per move of an item to another site of the same company.
CREATE TABLE equipment_move (
    id               BIGINT         NOT NULL,
    equipment_id     BIGINT         NOT NULL,
    from_customer_id BIGINT         NOT NULL,
    to_customer_id   BIGINT         NOT NULL,
    moved_at         DATETIME2      NOT NULL,
    moved_by         NVARCHAR(120)  NOT NULL,
    note             NVARCHAR(1000) NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT pk_equipment_move PRIMARY KEY (id),
    CONSTRAINT fk_equipment_move_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT fk_equipment_move_from FOREIGN KEY (from_customer_id) REFERENCES customer (id),
    CONSTRAINT fk_equipment_move_to FOREIGN KEY (to_customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_equipment_move_equipment ON equipment_move (equipment_id);

-- A checked fault-code file waiting for, or imported by, the fault-code-import job; kept in the
-- database so that any instance of a cluster can run the job.
CREATE TABLE fault_code_import (
    id            BIGINT          NOT NULL,
    file_name     NVARCHAR(255)   NOT NULL,
    content       VARBINARY(MAX)  NOT NULL,
    uploaded_by   NVARCHAR(120)   NOT NULL,
    uploaded_at   DATETIME2       NOT NULL,
    execution_id  BIGINT          NULL,
    inserted      INT             DEFAULT 0 NOT NULL,
    updated       INT             DEFAULT 0 NOT NULL,
    version       BIGINT          NOT NULL,
    CONSTRAINT pk_fault_code_import PRIMARY KEY (id)
);

INSERT INTO portal_setting (name, setting_value, version) VALUES ('equipment-add-allowed', 'false', 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('equipment-edit-allowed', 'false', 0);
