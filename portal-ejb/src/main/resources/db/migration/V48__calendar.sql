-- The customers' Calendar tab, off until an administrator turns it on (Portal tabs); each contact's
-- calendar feed address, kept only as a hash of its secret (docs/decisions/0051); and the indexes
-- the calendar reads work orders' visits and planned dates by.
-- Same portable subset as V1.

INSERT INTO portal_setting (name, setting_value, version) VALUES ('tab-calendar', 'false', 0);

CREATE TABLE calendar_feed (
    contact_id BIGINT       NOT NULL,
    token_hash NVARCHAR(64) NOT NULL,
    created_at DATETIME2    NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT pk_calendar_feed PRIMARY KEY (contact_id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);

CREATE INDEX ix_work_order_visit ON work_order (visit_at, customer_id);
CREATE INDEX ix_work_order_planned ON work_order (planned_date, customer_id);
