-- Demo set-up for working cases: colleagues, staff mail addresses, teams, subjects, fault codes,
-- an analysis field, equipment and contracts.

UPDATE contact SET language = 'sv' WHERE id = 2;
INSERT INTO contact (id, customer_id, first_name, last_name, email, language, version) VALUES (4, 1, N'Lars', N'Ek', 'lars.ek@nordicfoods.example', 'sv', 0);
INSERT INTO contact (id, customer_id, first_name, last_name, email, language, version) VALUES (5, 2, N'Maria', N'Holm', 'maria.holm@nordicfoods.example', 'sv', 0);

UPDATE user_account SET email = 'tom@servicedesk.example' WHERE id = 4;
UPDATE user_account SET email = 'ada@servicedesk.example' WHERE id = 5;

INSERT INTO team (id, name, email, version) VALUES (1, N'First line', 'firstline@servicedesk.example', 0);
INSERT INTO team (id, name, email, version) VALUES (2, N'Refrigeration engineers', 'refrigeration@servicedesk.example', 0);

INSERT INTO case_subject (id, name, sort_order, version) VALUES (1, N'Refrigeration', 10, 0);
INSERT INTO case_subject (id, name, sort_order, version) VALUES (2, N'Conveyors', 20, 0);
INSERT INTO case_subject (id, name, sort_order, version) VALUES (3, N'Software', 30, 0);
INSERT INTO case_subtype (id, subject_id, name, sort_order, version) VALUES (1, 1, N'Temperature', 10, 0);
INSERT INTO case_subtype (id, subject_id, name, sort_order, version) VALUES (2, 1, N'Door alarm', 20, 0);
INSERT INTO case_subtype (id, subject_id, name, sort_order, version) VALUES (3, 2, N'Belt stops', 10, 0);
INSERT INTO case_subtype (id, subject_id, name, sort_order, version) VALUES (4, 2, N'Noise', 20, 0);
INSERT INTO case_subtype (id, subject_id, name, sort_order, version) VALUES (5, 3, N'Login', 10, 0);

INSERT INTO fault_code (id, stock_code, friendly_name, version) VALUES (1, 'FC-E42', N'Belt motor overload (E42)', 0);
INSERT INTO fault_code (id, stock_code, friendly_name, version) VALUES (2, 'FC-T10', N'Temperature too high', 0);
INSERT INTO fault_code (id, stock_code, friendly_name, version) VALUES (3, 'FC-D01', N'Door does not close', 0);
UPDATE portal_setting SET setting_value = 'true' WHERE name = 'fault-codes-enabled';
UPDATE portal_setting SET setting_value = N'Outside office hours (08-17) call our on-call engineer on +46 31 700 00 00 for critical faults.' WHERE name = 'new-case-alert';

INSERT INTO analysis_field (id, label, field_type, mandatory, options, active, sort_order, version) VALUES (1, N'Machine hours', 'NUMBER', 0, NULL, 1, 10, 0);

INSERT INTO equipment (id, customer_id, id_number, serial_number, description, make, model, version) VALUES (1, 2, 'GBG-CV3', 'CV-2291-77', N'Conveyor 3', N'Interroll', N'RollerDrive EC5000', 0);
INSERT INTO equipment (id, customer_id, id_number, serial_number, description, make, model, version) VALUES (2, 2, 'GBG-FR2', 'FZ-88120', N'Freezer 2', N'Carrier', N'Vector 1550', 0);
INSERT INTO equipment (id, customer_id, id_number, serial_number, description, make, model, version) VALUES (3, 3, 'MMX-CR1', 'CR-10022', N'Cold room 1', N'Viessmann', N'TectoCell', 0);
INSERT INTO equipment (id, customer_id, id_number, serial_number, description, make, model, version) VALUES (4, 4, 'BM-WINCH', 'WN-5501', N'Deck winch', N'MacGregor', N'W-40', 0);

INSERT INTO contract (id, reference, customer_id, equipment_id, contract_type, state, start_date, end_date, version) VALUES (1, 'SC-NF-2026', 1, NULL, 'SUBSCRIPTION', 'ACTIVE', DATE '2026-01-01', DATE '2027-12-31', 0);
INSERT INTO contract (id, reference, customer_id, equipment_id, contract_type, state, start_date, end_date, version) VALUES (2, 'EQ-FR2-2026', 2, 2, 'SUPPORT_HOURS', 'ACTIVE', DATE '2026-01-01', NULL, 0);
INSERT INTO contract (id, reference, customer_id, equipment_id, contract_type, state, start_date, end_date, version) VALUES (3, 'SC-NF-2025', 1, NULL, 'SUBSCRIPTION', 'EXPIRED', DATE '2025-01-01', DATE '2025-12-31', 0);
INSERT INTO contract (id, reference, customer_id, equipment_id, contract_type, state, start_date, end_date, version) VALUES (4, 'SC-BM-2026', 4, NULL, 'SUPPORT_HOURS_BY_MONTH', 'ACTIVE', DATE '2026-03-01', NULL, 0);

UPDATE service_case SET case_type_id = 1, team_id = 1;
