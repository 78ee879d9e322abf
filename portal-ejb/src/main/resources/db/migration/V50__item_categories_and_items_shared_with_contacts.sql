-- Item categories the desk keeps (a settings list), each naming up to two custom fields its items
-- fill in; the item lists filter by category and search the custom fields' values. And the items
-- shared with one contact beyond those of the sites it sees (the contact page's Items tab).
-- Same portable subset as V1.
CREATE SEQUENCE item_category_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE item_category (
    id        BIGINT       NOT NULL,
    name      NVARCHAR(80) NOT NULL,
    name_sv   NVARCHAR(80) NULL,
    field_one NVARCHAR(60) NULL,
    field_two NVARCHAR(60) NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT pk_item_category PRIMARY KEY (id),
    CONSTRAINT uq_item_category_name UNIQUE (name)
);

ALTER TABLE equipment ADD category_id BIGINT NULL;
ALTER TABLE equipment ADD field_one NVARCHAR(100) NULL;
ALTER TABLE equipment ADD field_two NVARCHAR(100) NULL;
ALTER TABLE equipment ADD CONSTRAINT fk_equipment_category FOREIGN KEY (category_id) REFERENCES item_category (id);
CREATE INDEX ix_equipment_category ON equipment (category_id);

-- An item of the contact's company shared with the contact, whichever site it stands on.
CREATE TABLE contact_item (
    contact_id   BIGINT NOT NULL,
    equipment_id BIGINT NOT NULL,
    version      BIGINT NOT NULL,
    CONSTRAINT pk_contact_item PRIMARY KEY (contact_id, equipment_id),
    CONSTRAINT fk_contact_item_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_contact_item_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id)
);
CREATE INDEX ix_contact_item_equipment ON contact_item (equipment_id);
