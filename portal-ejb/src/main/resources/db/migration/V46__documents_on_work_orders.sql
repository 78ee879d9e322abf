-- A document may be filed on a work order (SME CustomerPortal: "documents that you have added to
-- orders for the customer"): it stays on the order's site, so the site's Documents tab and its
-- scope apply as before, and the order's page lists it too.
ALTER TABLE document ADD work_order_id BIGINT NULL;
ALTER TABLE document ADD CONSTRAINT fk_document_work_order FOREIGN KEY (work_order_id) REFERENCES work_order (id);
CREATE INDEX ix_document_work_order ON document (work_order_id, published);
