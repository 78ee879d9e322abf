-- Demo data for a first look (applied only with -Dportal.demo-data=true). Every demo login has the
-- password Service-Demo-2026, stored here only as its Argon2id hash.

INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (1, 'NF1000', N'Nordic Foods AB', NULL, 0);
INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (2, 'NF1000-GBG', N'Nordic Foods Göteborg plant', 1, 0);
INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (3, 'NF1000-MMX', N'Nordic Foods Malmö warehouse', 1, 0);
INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (4, 'BM2000', N'Baltic Marine Ltd', NULL, 0);

INSERT INTO contact (id, customer_id, first_name, last_name, email, version) VALUES (1, 1, N'Anna', N'Lind', 'anna.lind@nordicfoods.example', 0);
INSERT INTO contact (id, customer_id, first_name, last_name, email, version) VALUES (2, 2, N'Sven', N'Berg', 'sven.berg@nordicfoods.example', 0);
INSERT INTO contact (id, customer_id, first_name, last_name, email, version) VALUES (3, 4, N'Mark', N'Evans', 'mark.evans@balticmarine.example', 0);

INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version) VALUES (1, 'anna', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$3SBOv27SVAqwWWI16LybDg$XdZK/tjY1Rhd06XXT0i9MpdCpMbR52GP4DAV/YD7E/0', 'CUSTOMER', N'Anna Lind', 1, 1, 0);
INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version) VALUES (2, 'sven', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$4vftyxfojGXXig48DeHoGg$tnWVKTZ+WY1vJIwtBJIdcHIELbNkStKe9EhUROK2DOs', 'CUSTOMER', N'Sven Berg', 2, 1, 0);
INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version) VALUES (3, 'mark', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$HNbrD6hKsDAf33BUxs0bFA$iKxAl64hnUVD7BpGt8glBW3qdlZRsNKV12JmRJtZ3Y8', 'CUSTOMER', N'Mark Evans', 3, 1, 0);
INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version) VALUES (4, 'tom', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$41Yyfo2TOfbUDhMxmnGAsQ$trR4EcCvXBynQLRjuh3Gq7jtxd2A9c8YHvpEspFPgCo', 'TECHNICIAN', N'Tom Technician', NULL, 1, 0);
INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version) VALUES (5, 'ada', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$9Mvtx1KN5biCYLgZF5nAyA$Q0U8nALmXYPOdNYnKuzcbRw/zxWRw7uh6A3Dru0ZieY', 'ADMINISTRATOR', N'Ada Administrator', NULL, 1, 0);

INSERT INTO service_case (id, case_number, customer_id, raised_by_contact_id, severity, summary, description, status_id, source, created_at, updated_at, version)
VALUES (1, NEXT VALUE FOR case_number_seq, 2, 2, 'HIGH', N'Conveyor 3 stops after ten minutes', N'The belt halts with error E42 shortly after each start.', 2, 'PORTAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO service_case (id, case_number, customer_id, raised_by_contact_id, severity, summary, description, status_id, source, created_at, updated_at, version)
VALUES (2, NEXT VALUE FOR case_number_seq, 3, 1, 'MEDIUM', N'Cold room door alarm sounds at random', NULL, 1, 'PORTAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO service_case (id, case_number, customer_id, raised_by_contact_id, severity, summary, description, status_id, source, created_at, updated_at, version)
VALUES (3, NEXT VALUE FOR case_number_seq, 4, 3, 'LOW', N'Request for a second service visit this quarter', NULL, 1, 'PORTAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
