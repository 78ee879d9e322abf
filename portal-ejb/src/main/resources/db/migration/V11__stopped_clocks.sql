-- The cases whose service-level clock is stopped: few of the million, found each minute to restart
-- those whose status no longer pauses it.
CREATE INDEX ix_service_case_clock_paused ON service_case (clock_paused_at);
