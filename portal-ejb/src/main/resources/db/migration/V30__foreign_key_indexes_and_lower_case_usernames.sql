-- SQL Server readiness (docs/decisions/0035-sql-server-readiness.md).
--
-- An index on every foreign key column that no index leads with yet. H2 creates one for each
-- foreign key by itself; SQL Server does not, so there a join on the key, and the check a delete of
-- the referenced row makes (deleting a status, a team, an account, a folder), read the whole table.
-- SqlServerReadinessIT fails when a foreign key lacks such an index.

CREATE INDEX ix_case_analysis_value_field ON case_analysis_value (field_id);
CREATE INDEX ix_case_file_folder ON case_file (folder_id);
CREATE INDEX ix_case_folder_parent ON case_folder (parent_id);
CREATE INDEX ix_contact_line_manager ON contact (line_manager_id);
CREATE INDEX ix_contact_import_uploaded_by ON contact_import (uploaded_by);
CREATE INDEX ix_contact_project_project ON contact_project (project_id);
CREATE INDEX ix_contact_site_customer ON contact_site (customer_id);
CREATE INDEX ix_contract_service_level ON contract (service_level_id);
CREATE INDEX ix_customer_account_manager ON customer (account_manager_id);
CREATE INDEX ix_equipment_added_by ON equipment (added_by_contact_id);
CREATE INDEX ix_equipment_move_from ON equipment_move (from_customer_id);
CREATE INDEX ix_equipment_move_to ON equipment_move (to_customer_id);
CREATE INDEX ix_fault_report_contact ON fault_report (contact_id);
CREATE INDEX ix_fault_report_equipment ON fault_report (equipment_id);
CREATE INDEX ix_fault_report_order ON fault_report (work_order_id);
CREATE INDEX ix_service_case_type ON service_case (case_type_id);
CREATE INDEX ix_service_case_contract ON service_case (contract_id);
CREATE INDEX ix_service_case_customer_status_id ON service_case (customer_status_id);
CREATE INDEX ix_service_case_equipment ON service_case (equipment_id);
CREATE INDEX ix_service_case_fault_code ON service_case (fault_code_id);
CREATE INDEX ix_service_case_raised_by ON service_case (raised_by_contact_id);
CREATE INDEX ix_service_case_status_id ON service_case (status_id);
CREATE INDEX ix_service_case_subject ON service_case (subject_id);
CREATE INDEX ix_service_case_subtype ON service_case (subtype_id);
CREATE INDEX ix_service_level_calendar ON service_level (calendar_id);
CREATE INDEX ix_tracking_note_author ON tracking_note (author_id);
CREATE INDEX ix_tracking_note_status ON tracking_note (status_id);
CREATE INDEX ix_user_account_contact ON user_account (contact_id);
CREATE INDEX ix_work_order_technician ON work_order (technician_id);

-- Usernames are kept in lower case (ContactFieldRules.username), so that sign-in and the check for
-- a taken username behave alike on H2, which compares with case, and under SQL Server's
-- case-insensitive collation. Two logins that differ only in case (possible on H2 only) are left
-- as they are, rather than one of them losing its name; an administrator renames one.
UPDATE user_account SET username = LOWER(username)
    WHERE NOT EXISTS (SELECT 1 FROM user_account twin
                      WHERE LOWER(twin.username) = LOWER(user_account.username) AND twin.id <> user_account.id);
