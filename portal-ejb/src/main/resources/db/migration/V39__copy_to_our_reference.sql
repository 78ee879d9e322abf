-- Whether a fault report is also mailed to the customer's "our reference" (its account manager).
-- On, as the portal did before the setting existed.
INSERT INTO portal_setting (name, setting_value, version) VALUES ('fault-report-copy-to-our-reference', 'true', 0);
