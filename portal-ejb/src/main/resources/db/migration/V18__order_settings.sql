-- The portal-wide settings of work orders and fault reports: whether customers see order lines,
-- whether cancelled orders are hidden from them, and the address every fault report is mailed to.
INSERT INTO portal_setting (name, setting_value, version) VALUES ('order-lines-shown', 'false', 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('cancelled-orders-hidden', 'false', 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('fault-report-email', NULL, 0);
