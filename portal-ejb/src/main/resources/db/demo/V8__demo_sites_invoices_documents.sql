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

-- A customer whose every name is as long as its field allows, some with words longer than a phone's
-- screen, so the desk's lists, forms and screenshots show how the pages hold such data.
INSERT INTO customer (id, account_number, name, parent_id, address_line1, city, postcode, country_code, version)
VALUES (5, 'LG3000', N'Långgatans Fastighetsförvaltning, Industriservice och Kyl- och Frysanläggningsunderhåll i Västra Götaland Aktiebolag', NULL, N'Industrivägen 1', N'Trollhättan', '461 38', 'SE', 0);
INSERT INTO customer (id, account_number, name, parent_id, address_line1, city, postcode, country_code, version)
VALUES (6, 'LG3000-TRH', N'Trollhättans Livsmedelsdistributionscentral med Djupfrysningslagerhall, Lastkajsområde och Kylcontainerterminal', 5, N'Kanalgatan 22, Lastkaj Västra', N'Trollhättan', '461 30', 'SE', 0);
INSERT INTO contact (id, customer_id, first_name, last_name, email, language, version)
VALUES (6, 6, N'Maximiliana-Charlotta-Alexandra-Wilhelmina-Fredrika', N'Oxenstierna-af-Södermöre-Lewenhaupt-Bielke-Gyllenstierna', 'maximiliana.oxenstierna@langgatan.example', 'sv', 0);
INSERT INTO equipment (id, customer_id, id_number, serial_number, description, make, model, version)
VALUES (8, 6, 'TRH-KYLCONTAINERTERMINALSTYRSYSTEM-0001', 'SN-2026-000000000000000000000000000000000000000000000000001', N'Kylcontainerterminalens centrala temperaturövervaknings- och larmsystem med redundant strömförsörjning, fjärranslutning, loggning av alla kylcontainrars temperaturer och automatiska SMS-larm', N'Kylteknikkonsortiet Västsvenska Industrileverantörer', N'KTV-Temperaturövervakningscentral-Modell-2026-Pro-Max', 0);
INSERT INTO contract (id, reference, customer_id, equipment_id, contract_type, state, start_date, end_date, service_level_id, description, version)
VALUES (5, 'LG-TRH-KYLCONTAINERTERMINAL-2026-AVTAL', 5, NULL, 'SUBSCRIPTION', 'ACTIVE', DATE '2026-01-01', DATE '2028-12-31', 1, N'Fullserviceavtal för kyl- och frysanläggningar, lastkajsportar och kylcontainerterminalens temperaturövervakningssystem med jour dygnet runt', 0);
INSERT INTO service_case (id, case_number, customer_id, raised_by_contact_id, severity, summary, description, status_id, customer_status_id, case_type_id, team_id, source, created_at, updated_at, version)
VALUES (4, NEXT VALUE FOR case_number_seq, 6, 6, 'LOW', N'Temperaturloggarna från kylcontainrarna vid lastkaj västra visar ibland minus åttiotre grader trots att containrarna står avstängda: Kylcontainerterminalstemperaturövervakningssystemet',
        N'Felkod: KYLCONTAINERTERMINALSTEMPERATURÖVERVAKNINGSSYSTEMETSFJÄRRANSLUTNINGSMODULRAPPORTERARFELAKTIGATEMPERATURVÄRDENFRÅNAVSTÄNGDACONTAINRAR', 1, 1, 1, 1, 'PORTAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (107, NEXT VALUE FOR work_order_number_seq, 'SERVICE', 6, 8, 4, 'PLANNED', N'Felsök temperaturövervakningssystemets fjärranslutningsmodul och kalibrera om samtliga givare i kylcontainerterminalen vid lastkaj västra, byt trasiga givare och dokumentera mätvärdena före och efter i serviceprotokollet', DATE '2027-02-01', NULL, 4, NULL, CURRENT_TIMESTAMP, NULL, 0);
INSERT INTO order_line (id, work_order_id, line_number, article, description, quantity, price, purchase_price, version)
VALUES (108, 107, 1, 'KTV-GIVARE-PT1000-KALIBRERAD-RESERVDEL', N'Temperaturgivare PT1000 för kylcontainrar, kalibrerad och certifierad enligt EN 12830, med tio meter skärmad kabel, IP68 och monteringssats för väggfäste i frysmiljö ned till minus femtio grader', 12, 1485.50, 990.00, 0);
INSERT INTO document (id, customer_id, title, file_name, content_type, size_bytes, published, uploaded_by, uploaded_at, version)
VALUES (4, 6, N'Instruktioner för säker hantering av kylcontainrar, lastkajsportar och temperaturövervakningssystemet vid Trollhättans livsmedelsdistributionscentral, utgåva 2026', 'instruktioner-kylcontainerterminalen-lastkaj-vastra-temperaturovervakning-2026.txt', 'text/plain', 34, 1, N'Tom Technician', CURRENT_TIMESTAMP, 0);
INSERT INTO document_content (document_id, content) VALUES (4, CAST('Check the seals before every shift.' AS VARBINARY(MAX)));
