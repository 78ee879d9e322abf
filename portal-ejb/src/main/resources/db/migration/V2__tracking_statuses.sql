-- The statuses every installation starts with; the desk can rename and extend them.
INSERT INTO tracking_status (id, name, available_to_customers, complete, default_for_new, sort_order, version) VALUES (1, 'New', 1, 0, 1, 10, 0);
INSERT INTO tracking_status (id, name, available_to_customers, complete, default_for_new, sort_order, version) VALUES (2, 'In progress', 1, 0, 0, 20, 0);
INSERT INTO tracking_status (id, name, available_to_customers, complete, default_for_new, sort_order, version) VALUES (3, 'Waiting for customer', 1, 0, 0, 30, 0);
INSERT INTO tracking_status (id, name, available_to_customers, complete, default_for_new, sort_order, version) VALUES (4, 'Internal review', 0, 0, 0, 40, 0);
INSERT INTO tracking_status (id, name, available_to_customers, complete, default_for_new, sort_order, version) VALUES (5, 'Pending - no contract', 1, 0, 0, 50, 0);
INSERT INTO tracking_status (id, name, available_to_customers, complete, default_for_new, sort_order, version) VALUES (6, 'Resolved', 1, 1, 0, 60, 0);
INSERT INTO tracking_status (id, name, available_to_customers, complete, default_for_new, sort_order, version) VALUES (7, 'Closed', 1, 1, 0, 70, 0);
INSERT INTO tracking_status (id, name, available_to_customers, complete, default_for_new, sort_order, version) VALUES (8, 'Cancelled', 1, 1, 0, 80, 0);
