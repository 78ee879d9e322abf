-- Demo addresses for the Nordic Foods sites, their account manager, invoices (paid, unpaid and
-- overdue) and documents (one published, one not). Dates are relative to the day the demo starts.

UPDATE customer SET address_line1 = N'Industrigatan 4', city = N'Stockholm', postcode = '112 46', country_code = 'SE', account_manager_id = 4 WHERE id = 1;
UPDATE customer SET address_line1 = N'Hamnvägen 12', address_line2 = N'Gate B', city = N'Göteborg', postcode = '417 64', country_code = 'SE' WHERE id = 2;
UPDATE customer SET address_line1 = N'Lagervägen 7', city = N'Malmö', postcode = '212 15', country_code = 'SE' WHERE id = 3;
UPDATE customer SET address_line1 = N'12 Dockside Road', city = N'Riga', postcode = 'LV-1010', country_code = 'LV' WHERE id = 4;

INSERT INTO invoice (id, invoice_number, customer_id, invoice_date, amount, due_date, paid, version)
VALUES (1, 'INV-26001', 2, DATEADD(DAY, -75, CAST(CURRENT_TIMESTAMP AS DATE)), 12500.00, DATEADD(DAY, -45, CAST(CURRENT_TIMESTAMP AS DATE)), 1, 0);
INSERT INTO invoice (id, invoice_number, customer_id, invoice_date, amount, due_date, paid, version)
VALUES (2, 'INV-26014', 2, DATEADD(DAY, -40, CAST(CURRENT_TIMESTAMP AS DATE)), 4380.50, DATEADD(DAY, -10, CAST(CURRENT_TIMESTAMP AS DATE)), 0, 0);
INSERT INTO invoice (id, invoice_number, customer_id, invoice_date, amount, due_date, paid, version)
VALUES (3, 'INV-26027', 2, DATEADD(DAY, -5, CAST(CURRENT_TIMESTAMP AS DATE)), 990.00, DATEADD(DAY, 25, CAST(CURRENT_TIMESTAMP AS DATE)), 0, 0);
INSERT INTO invoice (id, invoice_number, customer_id, invoice_date, amount, due_date, paid, version)
VALUES (4, 'INV-26031', 3, DATEADD(DAY, -3, CAST(CURRENT_TIMESTAMP AS DATE)), 2150.00, DATEADD(DAY, 27, CAST(CURRENT_TIMESTAMP AS DATE)), 0, 0);
INSERT INTO invoice (id, invoice_number, customer_id, invoice_date, amount, due_date, paid, version)
VALUES (5, 'INV-26040', 4, DATEADD(DAY, -20, CAST(CURRENT_TIMESTAMP AS DATE)), 7600.00, DATEADD(DAY, 10, CAST(CURRENT_TIMESTAMP AS DATE)), 0, 0);

-- Plain ASCII content, so the bytes are the same on H2 and SQL Server.
INSERT INTO document (id, customer_id, title, file_name, content_type, size_bytes, published, uploaded_by, uploaded_at, version)
VALUES (1, 2, N'Site safety instructions', 'site-safety.txt', 'text/plain', 58, 1, N'Tom Technician', CURRENT_TIMESTAMP, 0);
INSERT INTO document_content (document_id, content) VALUES (1, CAST('Wear hearing protection in hall 3. Report hazards at once.' AS VARBINARY(MAX)));
INSERT INTO document (id, customer_id, title, file_name, content_type, size_bytes, published, uploaded_by, uploaded_at, version)
VALUES (2, 2, N'Draft maintenance plan 2027', 'maintenance-plan-draft.txt', 'text/plain', 40, 0, N'Tom Technician', CURRENT_TIMESTAMP, 0);
INSERT INTO document_content (document_id, content) VALUES (2, CAST('Draft: quarterly visits, not yet agreed.' AS VARBINARY(MAX)));
INSERT INTO document (id, customer_id, title, file_name, content_type, size_bytes, published, uploaded_by, uploaded_at, version)
VALUES (3, 1, N'Price list 2026', 'price-list-2026.txt', 'text/plain', 38, 1, N'Tom Technician', CURRENT_TIMESTAMP, 0);
INSERT INTO document_content (document_id, content) VALUES (3, CAST('Service visit 950 SEK, hourly 850 SEK.' AS VARBINARY(MAX)));

UPDATE portal_setting SET setting_value = 'https://support.example.com/help-desk' WHERE name = 'help-desk-url';

-- The demo cases of V1 were written after the schema filled customer_status_id, so customers' case
-- lists (which show the status customers see) left them out; give them the status they have.
UPDATE service_case SET customer_status_id = status_id WHERE customer_status_id IS NULL;
