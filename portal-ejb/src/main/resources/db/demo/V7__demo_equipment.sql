-- Customers may add and edit their own equipment; a shared item on the company (seen on every one
-- of its sites) and one more item per site, so the lists can be searched.
UPDATE portal_setting SET setting_value = 'true' WHERE name = 'equipment-add-allowed';
UPDATE portal_setting SET setting_value = 'true' WHERE name = 'equipment-edit-allowed';
INSERT INTO equipment (id, customer_id, id_number, serial_number, description, make, model, version) VALUES (5, 1, 'NF-UPS1', 'UPS-77310', N'Backup power (shared by all sites)', N'Eaton', N'93PM 50 kW', 0);
INSERT INTO equipment (id, customer_id, id_number, serial_number, description, make, model, version) VALUES (6, 2, 'GBG-PK1', 'PK-4410', N'Packing line 1', N'Krones', N'Variopac Pro', 0);
INSERT INTO equipment (id, customer_id, id_number, serial_number, description, make, model, version) VALUES (7, 3, 'MMX-FL2', 'FL-2207', N'Forklift 2', N'Toyota', N'Traigo 48', 0);
