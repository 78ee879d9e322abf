-- The customers' Statistics tab: off until an administrator turns it on (Portal tabs), and the
-- indexes its monthly figures read. Every statistic is narrowed to the caller's customers first, so
-- each index leads with the customer and then the time the figure is counted by; the columns after
-- it let the grouped queries answer from the index alone (docs/decisions/0048).
-- Same portable subset as V1.

INSERT INTO portal_setting (name, setting_value, version) VALUES ('tab-statistics', 'false', 0);

-- Cases raised per month by severity, their service-level results and the equipment they name.
CREATE INDEX ix_service_case_customer_created_sla ON service_case
    (customer_id, created_at, severity, response_due_at, responded_at, resolution_due_at, resolved_at, equipment_id);
-- Cases closed per month by severity and the time they took.
CREATE INDEX ix_service_case_customer_resolved ON service_case (customer_id, resolved_at, severity, created_at);
-- Work orders reported per month on each site.
CREATE INDEX ix_work_order_customer_created ON work_order (customer_id, created_at, status);
-- Time recorded per case, counted per month against the contract it drew from.
CREATE INDEX ix_tracking_note_case_time ON tracking_note (case_id, created_at, contract_id, time_spent_minutes);
