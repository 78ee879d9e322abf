-- Visits next month behind the Calendar tab, dated from the day the demo is installed, and the tab
-- itself turned on as the Statistics tab is. Anna (Nordic Foods) sees the plant's and the
-- warehouse's visits; Baltic Marine's is Mark's alone; Tom has all three in the team calendar.
-- "Next month" is counted from the first of this month, the same way on SQL Server and on H2.

UPDATE portal_setting SET setting_value = 'true' WHERE name = 'tab-calendar';

INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (301, NEXT VALUE FOR work_order_number_seq, 'SERVICE', 2, 1, NULL, 'SCHEDULED', N'Quarterly check of Conveyor 3',
        DATEADD(DAY, 11, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CAST(CURRENT_TIMESTAMP AS DATE)), CAST(CURRENT_TIMESTAMP AS DATE)))),
        DATEADD(HOUR, 9, CAST(DATEADD(DAY, 11, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CAST(CURRENT_TIMESTAMP AS DATE)), CAST(CURRENT_TIMESTAMP AS DATE)))) AS DATETIME2)),
        4, NULL, CURRENT_TIMESTAMP, NULL, 0);
INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (302, NEXT VALUE FOR work_order_number_seq, 'SERVICE', 3, 3, NULL, 'SCHEDULED', N'Yearly service of Cold room 1',
        DATEADD(DAY, 18, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CAST(CURRENT_TIMESTAMP AS DATE)), CAST(CURRENT_TIMESTAMP AS DATE)))),
        NULL, 4, NULL, CURRENT_TIMESTAMP, NULL, 0);
INSERT INTO work_order (id, order_number, order_type, customer_id, equipment_id, case_id, status, description, planned_date, visit_at, technician_id, performed_action, created_at, completed_at, version)
VALUES (303, NEXT VALUE FOR work_order_number_seq, 'SERVICE', 4, 4, NULL, 'SCHEDULED', N'Deck winch check after the brake repair',
        DATEADD(DAY, 11, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CAST(CURRENT_TIMESTAMP AS DATE)), CAST(CURRENT_TIMESTAMP AS DATE)))),
        DATEADD(HOUR, 13, CAST(DATEADD(DAY, 11, DATEADD(MONTH, 1, DATEADD(DAY, 1 - DAY(CAST(CURRENT_TIMESTAMP AS DATE)), CAST(CURRENT_TIMESTAMP AS DATE)))) AS DATETIME2)),
        4, NULL, CURRENT_TIMESTAMP, NULL, 0);
