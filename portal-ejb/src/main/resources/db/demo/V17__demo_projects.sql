-- Two projects for Nordic Foods: a cold-chain upgrade on the company, with a request for change
-- waiting for Anna, and a packing line on the Göteborg plant with an approved change and a case.
-- Milestones fall next month (the 15th and the 22nd), so the calendar shows them. The portal shows
-- its Projects tab. The bare Nordic Foods projects of V4 (numbers only, for the contact form) make
-- way for these two; Baltic Marine's keeps its number and gets a status and dates.

DELETE FROM project WHERE id IN (101, 102, 103);
UPDATE project SET description = N'New winches on both supply vessels.', status = 'ACTIVE',
    start_date = CAST(DATEADD(DAY, -30, CURRENT_TIMESTAMP) AS DATE), end_date = CAST(DATEADD(DAY, 90, CURRENT_TIMESTAMP) AS DATE)
    WHERE id = 104;

INSERT INTO project (id, customer_id, project_number, name, description, status, start_date, end_date, manager_id, budget, version)
VALUES (1, 1, 'NF-P-2601', N'Cold chain upgrade', N'New cold-room controllers and temperature logging in both plants, with alarms to the desk.',
        'ACTIVE', CAST(DATEADD(DAY, -45, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, 75, CURRENT_TIMESTAMP) AS DATE), 4, 480000.00, 0);
INSERT INTO project (id, customer_id, project_number, name, description, status, start_date, end_date, manager_id, budget, version)
VALUES (2, 2, 'NF-P-2602', N'Packing line 2 installation', N'A second packing line at the Göteborg plant: delivery, installation, training and hand-over.',
        'PLANNED', CAST(DATEADD(DAY, -10, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, 60, CURRENT_TIMESTAMP) AS DATE), 4, 1250000.00, 0);

INSERT INTO project_objective (id, project_id, sort_order, objective, achieved) VALUES (1, 1, 1, N'Every cold room reports its temperature every five minutes', 1);
INSERT INTO project_objective (id, project_id, sort_order, objective, achieved) VALUES (2, 1, 2, N'An alarm reaches the service desk within two minutes', 0);
INSERT INTO project_objective (id, project_id, sort_order, objective, achieved) VALUES (3, 1, 3, N'No unplanned stop of a cold room during the switch-over', 0);
INSERT INTO project_objective (id, project_id, sort_order, objective, achieved) VALUES (4, 2, 1, N'Packing line 2 packs 40 boxes a minute', 0);
INSERT INTO project_objective (id, project_id, sort_order, objective, achieved) VALUES (5, 2, 2, N'Six operators trained before hand-over', 0);

INSERT INTO project_work_item (id, project_id, sort_order, kind, name, planned_start, planned_end, actual_start, actual_end, status, percent_done)
VALUES (11, 1, 1, 'TASK', N'Survey of the cold rooms', CAST(DATEADD(DAY, -45, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, -30, CURRENT_TIMESTAMP) AS DATE),
        CAST(DATEADD(DAY, -45, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, -31, CURRENT_TIMESTAMP) AS DATE), 'DONE', 100);
INSERT INTO project_work_item (id, project_id, sort_order, kind, name, planned_start, planned_end, actual_start, actual_end, status, percent_done)
VALUES (12, 1, 2, 'TASK', N'Controllers installed in Malmö', CAST(DATEADD(DAY, -20, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, 10, CURRENT_TIMESTAMP) AS DATE),
        CAST(DATEADD(DAY, -18, CURRENT_TIMESTAMP) AS DATE), NULL, 'IN_PROGRESS', 60);
INSERT INTO project_work_item (id, project_id, sort_order, kind, name, planned_start, planned_end, actual_start, actual_end, status, percent_done)
VALUES (13, 1, 3, 'MILESTONE', N'Malmö switched over',
        CAST(DATEADD(DAY, 14, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CURRENT_TIMESTAMP), CURRENT_TIMESTAMP))) AS DATE),
        CAST(DATEADD(DAY, 14, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CURRENT_TIMESTAMP), CURRENT_TIMESTAMP))) AS DATE), NULL, NULL, 'NOT_STARTED', 0);
INSERT INTO project_work_item (id, project_id, sort_order, kind, name, planned_start, planned_end, actual_start, actual_end, status, percent_done)
VALUES (14, 1, 4, 'TASK', N'Controllers installed in Göteborg', CAST(DATEADD(DAY, 15, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, 60, CURRENT_TIMESTAMP) AS DATE),
        NULL, NULL, 'NOT_STARTED', 0);
INSERT INTO project_work_item (id, project_id, sort_order, kind, name, planned_start, planned_end, actual_start, actual_end, status, percent_done)
VALUES (15, 1, 5, 'MILESTONE', N'Hand-over', CAST(DATEADD(DAY, 75, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, 75, CURRENT_TIMESTAMP) AS DATE),
        NULL, NULL, 'NOT_STARTED', 0);
INSERT INTO project_work_item (id, project_id, sort_order, kind, name, planned_start, planned_end, actual_start, actual_end, status, percent_done)
VALUES (21, 2, 1, 'TASK', N'Line delivered and placed', CAST(DATEADD(DAY, -10, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, 12, CURRENT_TIMESTAMP) AS DATE),
        CAST(DATEADD(DAY, -8, CURRENT_TIMESTAMP) AS DATE), NULL, 'IN_PROGRESS', 30);
INSERT INTO project_work_item (id, project_id, sort_order, kind, name, planned_start, planned_end, actual_start, actual_end, status, percent_done)
VALUES (22, 2, 2, 'MILESTONE', N'Test run with product',
        CAST(DATEADD(DAY, 21, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CURRENT_TIMESTAMP), CURRENT_TIMESTAMP))) AS DATE),
        CAST(DATEADD(DAY, 21, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CURRENT_TIMESTAMP), CURRENT_TIMESTAMP))) AS DATE), NULL, NULL, 'NOT_STARTED', 0);
INSERT INTO project_work_item (id, project_id, sort_order, kind, name, planned_start, planned_end, actual_start, actual_end, status, percent_done)
VALUES (23, 2, 3, 'TASK', N'Operator training', CAST(DATEADD(DAY, 40, CURRENT_TIMESTAMP) AS DATE), CAST(DATEADD(DAY, 55, CURRENT_TIMESTAMP) AS DATE),
        NULL, NULL, 'NOT_STARTED', 0);

INSERT INTO project_change (id, project_id, change_number, description, cost_impact, time_impact_days, state, raised_at, decided_by_id, decided_at, customer_comment, version)
VALUES (31, 1, 1, N'Add door sensors to the four freezer rooms in Malmö, reported with the temperatures.', 38500.00, 6, 'WAITING',
        DATEADD(DAY, -2, CURRENT_TIMESTAMP), NULL, NULL, NULL, 0);
INSERT INTO project_change (id, project_id, change_number, description, cost_impact, time_impact_days, state, raised_at, decided_by_id, decided_at, customer_comment, version)
VALUES (32, 2, 1, N'Move the line''s control cabinet to the north wall, away from the wash-down area.', 12000.00, 2, 'APPROVED',
        DATEADD(DAY, -7, CURRENT_TIMESTAMP), 1, DATEADD(DAY, -6, CURRENT_TIMESTAMP), N'Agreed: the north wall is dry.', 1);

INSERT INTO project_line (id, project_id, sort_order, article, description, hours, price, purchase_price)
VALUES (41, 1, 1, 'CTRL-CR200', N'Cold-room controller CR200', NULL, 18500.00, 12900.00);
INSERT INTO project_line (id, project_id, sort_order, article, description, hours, price, purchase_price)
VALUES (42, 1, 2, 'LOG-T5', N'Temperature logger, 5-minute reports', NULL, 4200.00, 2650.00);
INSERT INTO project_line (id, project_id, sort_order, article, description, hours, price, purchase_price)
VALUES (43, 1, 3, 'INST-H', N'Installation', 120.00, 102000.00, 66000.00);
INSERT INTO project_line (id, project_id, sort_order, article, description, hours, price, purchase_price)
VALUES (44, 2, 1, 'PL-2000', N'Packing line PL-2000', NULL, 980000.00, 742000.00);
INSERT INTO project_line (id, project_id, sort_order, article, description, hours, price, purchase_price)
VALUES (45, 2, 2, 'TRAIN-H', N'Operator training', 24.00, 21600.00, 12000.00);

-- The conveyor case of the Göteborg plant is one of the packing line project's issues.
UPDATE service_case SET project_id = 2 WHERE id = 1;

UPDATE portal_setting SET setting_value = 'true' WHERE name = 'tab-projects';
