-- A case list sorted by severity shows the most urgent first. The severity is kept by its name, and
-- names sort alphabetically (LOW before MEDIUM), so the list read one part per customer and severity
-- (fifteen ordered parts for a company with two sites) and merged them. The case now keeps the
-- severity's rank beside it (1 = critical ... 5 = not applicable; Case#describe writes both), so one
-- index gives the order within each customer, in either direction, and a severity filter reads the
-- range of one rank.
--
-- The column stays nullable only because the demo data's first script inserts cases without it; its
-- demo script 11 fills them. (DROP INDEX ... ON is the form SQL Server needs and H2 accepts.)

ALTER TABLE service_case ADD severity_rank INT;

UPDATE service_case SET severity_rank = CASE severity WHEN 'CRITICAL' THEN 1 WHEN 'HIGH' THEN 2
    WHEN 'MEDIUM' THEN 3 WHEN 'LOW' THEN 4 ELSE 5 END;

DROP INDEX ix_service_case_customer_severity ON service_case;

CREATE INDEX ix_service_case_customer_most_urgent ON service_case (customer_id, complete, severity_rank, created_at DESC, id DESC);
CREATE INDEX ix_service_case_customer_least_urgent ON service_case (customer_id, complete, severity_rank DESC, created_at DESC, id DESC);
