-- A contract may cover a chosen list of items rather than the whole customer or one item. Such a
-- contract is not on the whole customer: covers_items says so without reading the list.
ALTER TABLE contract ADD covers_items BIT DEFAULT 0 NOT NULL;

CREATE TABLE contract_item (
    contract_id  BIGINT NOT NULL,
    equipment_id BIGINT NOT NULL,
    CONSTRAINT pk_contract_item PRIMARY KEY (contract_id, equipment_id),
    CONSTRAINT fk_contract_item_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_contract_item_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id)
);
CREATE INDEX ix_contract_item_equipment ON contract_item (equipment_id);
