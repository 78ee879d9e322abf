-- End users of the demo's customers (the seed's CRM option): people whose partner ("customer of")
-- is Nordic Foods, for whom anna can raise a case, and one of Baltic Marine's, whom Nordic Foods never sees.
INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (50, 'FD5000', N'Fjällbacka Deli AB', NULL, 0);
INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (51, 'HK5100', N'Harbour Kiosk Ltd', NULL, 0);

INSERT INTO contact (id, customer_id, first_name, last_name, email, language, partner_id, version)
    VALUES (50, 50, N'Lars', N'Holm', 'lars.holm@fjallbackadeli.example', 'sv', 1, 0);
INSERT INTO contact (id, customer_id, first_name, last_name, email, language, partner_id, version)
    VALUES (51, 50, N'Eva', N'Strand', 'eva.strand@fjallbackadeli.example', 'sv', 1, 0);
INSERT INTO contact (id, customer_id, first_name, last_name, email, language, partner_id, version)
    VALUES (52, 51, N'Tim', N'Shore', 'tim.shore@harbourkiosk.example', 'en', 4, 0);
