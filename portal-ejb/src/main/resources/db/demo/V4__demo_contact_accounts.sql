-- Demo projects and a custom field of contacts, for the contact form's portal options and search.

INSERT INTO project (id, customer_id, project_number, name, version) VALUES (101, 1, 'P-1001', N'Cold chain upgrade 2026', 0);
INSERT INTO project (id, customer_id, project_number, name, version) VALUES (102, 2, 'P-1002', N'Göteborg line 3 rebuild', 0);
INSERT INTO project (id, customer_id, project_number, name, version) VALUES (103, 3, 'P-1003', N'Malmö racking extension', 0);
INSERT INTO project (id, customer_id, project_number, name, version) VALUES (104, 4, 'P-2001', N'Winch retrofit programme', 0);

INSERT INTO contact_field (id, label, active, sort_order, version) VALUES (101, N'Cost centre', 1, 10, 0);
INSERT INTO contact_field (id, label, active, sort_order, version) VALUES (102, N'Department', 1, 20, 0);
INSERT INTO contact_field_value (contact_id, field_id, field_value) VALUES (1, 101, N'CC-4100');
INSERT INTO contact_field_value (contact_id, field_id, field_value) VALUES (1, 102, N'Purchasing');
INSERT INTO contact_field_value (contact_id, field_id, field_value) VALUES (2, 102, N'Maintenance');

UPDATE contact SET title = N'Purchasing manager', phone = '+46 8 555 010 20', city = N'Stockholm', country_code = 'SE', time_zone = 'Europe/Stockholm' WHERE id = 1;
UPDATE contact SET phone = '+46 31 555 020 30', city = N'Göteborg', country_code = 'SE', time_zone = 'Europe/Stockholm', line_manager_id = 1 WHERE id = 2;
UPDATE contact SET city = N'Riga', country_code = 'LV', time_zone = 'Europe/Riga' WHERE id = 3;
