-- Demo work orders and fault reports. Sven (the Göteborg site) orders directly: his fault reports
-- become planned service orders at once. Anna's wait in the desk's fault-report queue.
UPDATE contact SET order_directly = 1, order_line_purchase_prices = 1 WHERE id = 2;
UPDATE contact SET hide_performed_action = 1 WHERE id = 3;
UPDATE customer SET account_manager_id = 4 WHERE id = 1 AND account_manager_id IS NULL;
UPDATE portal_setting SET setting_value = 'true' WHERE name = 'order-lines-shown';
UPDATE portal_setting SET setting_value = 'faultreports@servicedesk.example' WHERE name = 'fault-report-email';

INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (101, NEXT VALUE FOR work_order_number_seq, 'SERVICE', 2, 1, 1, 'SCHEDULED', N'Conveyor 3 stops after ten minutes: replace the drive roller', DATE '2026-12-02', NULL, 4, NULL, CURRENT_TIMESTAMP, NULL, 0);
INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (102, NEXT VALUE FOR work_order_number_seq, 'SERVICE', 2, 2, NULL, 'COMPLETED', N'Yearly service of Freezer 2', DATE '2026-10-14', NULL, 4, N'Cleaned the condenser, replaced the door gasket, checked the refrigerant charge.', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (103, NEXT VALUE FOR work_order_number_seq, 'INSTALL', 3, NULL, NULL, 'PLANNED', N'Install a second cold room next to Cold room 1', DATE '2027-01-18', NULL, NULL, NULL, CURRENT_TIMESTAMP, NULL, 0);
INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (104, NEXT VALUE FOR work_order_number_seq, 'SERVICE', 3, 3, NULL, 'CANCELLED', N'Check the cold room door alarm (solved on the phone)', NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP, NULL, 0);
INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (105, NEXT VALUE FOR work_order_number_seq, 'SERVICE', 4, 4, NULL, 'COMPLETED', N'Deck winch brake slips under load', DATE '2026-09-08', NULL, 4, N'Adjusted the brake band and replaced two worn brake pads.', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (106, NEXT VALUE FOR work_order_number_seq, 'INSTALL', 4, NULL, NULL, 'IN_PROGRESS', N'Install a new hydraulic power pack for the deck crane', DATE '2026-11-20', NULL, 4, NULL, CURRENT_TIMESTAMP, NULL, 0);

INSERT INTO order_line (id, work_order_id, line_number, article, description, quantity, price, purchase_price, version) VALUES (101, 101, 1, 'EC5000-R', N'Drive roller RollerDrive EC5000', 1, 4200.00, 2900.00, 0);
INSERT INTO order_line (id, work_order_id, line_number, article, description, quantity, price, purchase_price, version) VALUES (102, 101, 2, 'LAB-H', N'Labour, hours', 3, 950.00, NULL, 0);
INSERT INTO order_line (id, work_order_id, line_number, article, description, quantity, price, purchase_price, version) VALUES (103, 102, 1, 'GSK-1550', N'Door gasket Vector 1550', 1, 780.00, 410.00, 0);
INSERT INTO order_line (id, work_order_id, line_number, article, description, quantity, price, purchase_price, version) VALUES (104, 102, 2, 'LAB-H', N'Labour, hours', 2.5, 950.00, NULL, 0);
INSERT INTO order_line (id, work_order_id, line_number, article, description, quantity, price, purchase_price, version) VALUES (105, 103, 1, 'TC-ROOM', N'TectoCell cold room kit', 1, 86000.00, 61000.00, 0);
INSERT INTO order_line (id, work_order_id, line_number, article, description, quantity, price, purchase_price, version) VALUES (106, 105, 1, 'W40-PAD', N'Brake pad W-40', 2, 1150.00, 700.00, 0);
INSERT INTO order_line (id, work_order_id, line_number, article, description, quantity, price, purchase_price, version) VALUES (107, 106, 1, 'HPP-22', N'Hydraulic power pack 22 kW', 1, 152000.00, 118000.00, 0);

INSERT INTO fault_report (id, customer_id, equipment_id, contact_id, description, status, reject_reason, work_order_id, created_at, decided_at, decided_by, version)
VALUES (101, 3, 3, 1, N'Cold room 1 does not reach -20 since the weekend.', 'WAITING', NULL, NULL, CURRENT_TIMESTAMP, NULL, NULL, 0);
INSERT INTO fault_report (id, customer_id, equipment_id, contact_id, description, status, reject_reason, work_order_id, created_at, decided_at, decided_by, version)
VALUES (102, 3, NULL, 1, N'Please repaint the floor markings in the loading bay.', 'REJECTED', N'Floor markings are not part of our service; your facility manager can order them.', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, N'Tom Technician', 0);
