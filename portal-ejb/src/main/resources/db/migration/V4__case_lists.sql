-- Case lists at scale: indexes for the filters and sorts of the customer's case list and the desk's
-- queue, and the order each staff member last chose for the queue. Same portable subset as V1.

-- A contact's list: its customers' cases (active only unless asked), newest first or by a column.
-- The customer and the complete flag come first, so one index range holds every case of the list.
CREATE INDEX ix_service_case_customer_number ON service_case (customer_id, complete, case_number);
CREATE INDEX ix_service_case_customer_severity ON service_case (customer_id, complete, severity, created_at);
CREATE INDEX ix_service_case_customer_status ON service_case (customer_id, complete, status_id, created_at);
CREATE INDEX ix_service_case_customer_summary ON service_case (customer_id, complete, summary);

-- The desk's queue over every customer: by status, severity, team or assignee, newest first.
CREATE INDEX ix_service_case_open_status ON service_case (complete, status_id, created_at);
CREATE INDEX ix_service_case_open_severity ON service_case (complete, severity, created_at);
CREATE INDEX ix_service_case_team_created ON service_case (team_id, complete, created_at);
CREATE INDEX ix_service_case_assignee_created ON service_case (assignee_id, complete, created_at);

CREATE TABLE case_queue_sort (
    account_id  BIGINT       NOT NULL,
    sort_column NVARCHAR(20) NOT NULL,
    sort_ascending BIT       NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_case_queue_sort PRIMARY KEY (account_id),
    CONSTRAINT fk_case_queue_sort_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);
