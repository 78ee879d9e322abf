-- The service-level clock of a case: the business time it stood still in earlier pauses (so due
-- times can be recomputed from the creation time when the severity or contract changes), and the
-- next open due time with the moment it becomes at risk, so the desk's queue sorts and flags in the
-- database. The default service level for cases without a contract is a portal setting.

ALTER TABLE service_case ADD clock_paused_seconds BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE service_case ADD due_at DATETIME2 NULL;
ALTER TABLE service_case ADD at_risk_at DATETIME2 NULL;
CREATE INDEX ix_service_case_open_due ON service_case (complete, due_at);
