-- The case lists read each customer's cases in parts (CaseSearch): per status or per severity when
-- sorted or filtered by it, otherwise per completeness in the chosen column's order. Each part
-- walks one of these indexes and stops after a page. H2 uses an index for an ORDER BY only when
-- the ORDER BY lists its columns from the first in their directions, so a column sorted both ways
-- needs an index for each; ties are broken newest first in either direction. (DROP INDEX ... ON
-- is the form SQL Server needs and H2 accepts.)

DROP INDEX ix_service_case_customer_severity ON service_case;
DROP INDEX ix_service_case_customer_status ON service_case;
DROP INDEX ix_service_case_customer_summary ON service_case;
DROP INDEX ix_service_case_customer_cstatus ON service_case;

CREATE INDEX ix_service_case_customer_oldest ON service_case (customer_id, complete, created_at, id);
CREATE INDEX ix_service_case_customer_number_desc ON service_case (customer_id, complete, case_number DESC);
CREATE INDEX ix_service_case_customer_summary_asc ON service_case (customer_id, complete, summary, created_at DESC, id DESC);
CREATE INDEX ix_service_case_customer_summary_desc ON service_case (customer_id, complete, summary DESC, created_at DESC, id DESC);
CREATE INDEX ix_service_case_customer_severity ON service_case (customer_id, complete, severity, created_at DESC, id DESC);
CREATE INDEX ix_service_case_customer_status ON service_case (customer_id, status_id, created_at DESC, id DESC);
CREATE INDEX ix_service_case_customer_cstatus ON service_case (customer_id, customer_status_id, created_at DESC, id DESC);
