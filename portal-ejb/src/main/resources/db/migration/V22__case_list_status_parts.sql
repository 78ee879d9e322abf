-- A case list sorted or filtered by status reads one part per status (CaseSearch). Without the
-- completeness in the index, the part of a status that marks cases complete walked every complete
-- case of the customer to find the open ones the list shows; with it, each part starts at its first
-- row and stops after a page.
--
-- ix_service_case_customer_open (customer_id, complete, created_at) is the start of
-- ix_service_case_customer_oldest, so it serves nothing the other does not; H2 rated the two alike
-- and chose it for the oldest-first list, where it cannot give the order (created_at, id).

DROP INDEX ix_service_case_customer_status ON service_case;
DROP INDEX ix_service_case_customer_cstatus ON service_case;
DROP INDEX ix_service_case_customer_open ON service_case;

CREATE INDEX ix_service_case_customer_status ON service_case (customer_id, complete, status_id, created_at DESC, id DESC);
CREATE INDEX ix_service_case_customer_cstatus ON service_case (customer_id, complete, customer_status_id, created_at DESC, id DESC);
