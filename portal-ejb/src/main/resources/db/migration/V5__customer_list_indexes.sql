-- Customers' lists: by the status they see (customer_status_id), newest first, per customer.
CREATE INDEX ix_service_case_customer_cstatus ON service_case (customer_id, complete, customer_status_id, created_at);
-- With complete cases shown too, a customer's cases newest first, the case id breaking ties as the
-- lists order them, so the page is read in index order instead of sorted.
CREATE INDEX ix_service_case_customer_created_id ON service_case (customer_id, created_at, id);
