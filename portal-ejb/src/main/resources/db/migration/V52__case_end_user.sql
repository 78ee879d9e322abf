-- A partner's case for one of its end users (the seed's CRM option): the end-user contact is a
-- contact whose partner ("customer of") is the case's customer or its company, kept with the
-- organisation it belonged to when the case was raised, and whether the desk's replies go to the
-- end user instead of the partner's contact (docs/decisions/0054).
-- Same portable subset as V1.

ALTER TABLE service_case ADD end_user_id BIGINT NULL;
ALTER TABLE service_case ADD end_user_contact_id BIGINT NULL;
ALTER TABLE service_case ADD replies_to_end_user BIT DEFAULT 0 NOT NULL;
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_end_user FOREIGN KEY (end_user_id) REFERENCES customer (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_end_user_contact FOREIGN KEY (end_user_contact_id) REFERENCES contact (id);
CREATE INDEX ix_service_case_end_user ON service_case (end_user_id);
CREATE INDEX ix_service_case_end_user_contact ON service_case (end_user_contact_id);
