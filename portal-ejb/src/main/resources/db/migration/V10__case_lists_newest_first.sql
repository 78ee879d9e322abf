-- A customer's cases newest first, open and complete apart: the order the case list opens in, so one
-- page is read straight from the index (the list queries open and complete cases separately and
-- merge them when both are shown). Same portable subset as V1.
CREATE INDEX ix_service_case_customer_newest ON service_case (customer_id, complete, created_at DESC, id DESC);
