-- Customers' lists filter by the status they see (customer_status_id), newest first, per customer.
CREATE INDEX ix_service_case_customer_cstatus ON service_case (customer_id, complete, customer_status_id, created_at);
