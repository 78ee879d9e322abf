-- Item categories with their custom fields on the demo equipment, so the lists can be filtered by
-- category and searched by a refrigerant or a registration number; the Malmö forklift is shared
-- with Maria Holm (a contact of the Göteborg plant) on her contact page's Items tab; and a contract of the
-- Malmö warehouse that covers a list of two items rather than the whole site.
INSERT INTO item_category (id, name, name_sv, field_one, field_two, version) VALUES (1, N'Refrigeration', N'Kyla', N'Refrigerant', N'Service interval', 0);
INSERT INTO item_category (id, name, name_sv, field_one, field_two, version) VALUES (2, N'Material handling', N'Materialhantering', N'Registration number', N'Load capacity', 0);
INSERT INTO item_category (id, name, name_sv, field_one, field_two, version) VALUES (3, N'Production lines', N'Produktionslinjer', N'Line speed', NULL, 0);
INSERT INTO item_category (id, name, name_sv, field_one, field_two, version) VALUES (4, N'Power', N'Kraft', N'Battery type', NULL, 0);

UPDATE equipment SET category_id = 1, field_one = N'R404A', field_two = N'Every 6 months' WHERE id_number = 'GBG-FR2';
UPDATE equipment SET category_id = 1, field_one = N'R449A', field_two = N'Every 12 months' WHERE id_number = 'MMX-CR1';
UPDATE equipment SET category_id = 2, field_one = N'TRK-448', field_two = N'1.8 t' WHERE id_number = 'MMX-FL2';
UPDATE equipment SET category_id = 2, field_one = NULL, field_two = N'40 t' WHERE id_number = 'BM-WINCH';
UPDATE equipment SET category_id = 3, field_one = N'1.2 m/s' WHERE id_number = 'GBG-CV3';
UPDATE equipment SET category_id = 3, field_one = N'120 packs/min' WHERE id_number = 'GBG-PK1';
UPDATE equipment SET category_id = 4, field_one = N'VRLA' WHERE id_number = 'NF-UPS1';

INSERT INTO contact_item (contact_id, equipment_id, version) VALUES (5, 7, 0);

INSERT INTO contract (id, reference, customer_id, equipment_id, covers_items, contract_type, state, start_date, end_date, service_level_id, included_minutes, description, version)
VALUES (6, 'EQ-MMX-2026', 3, NULL, 1, 'SUPPORT_HOURS', 'ACTIVE', DATE '2026-01-01', NULL, 1, 2400, N'Support hours for the cold room and the forklift of the Malmö warehouse', 0);
INSERT INTO contract_item (contract_id, equipment_id) VALUES (6, 3);
INSERT INTO contract_item (contract_id, equipment_id) VALUES (6, 7);
