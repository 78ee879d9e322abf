-- Whether a fault report is also mailed to the customer's "our reference" (its account manager).
-- On, as the portal did before the setting existed.
INSERT INTO portal_setting (name, setting_value, version) VALUES ('fault-report-copy-to-our-reference', 'true', 0);

-- A customer's or site's category, a free grouping the desk gives, and whether it is active: the
-- contact form's site picker filters by them. Every existing customer is active.
ALTER TABLE customer ADD category NVARCHAR(64) NULL;
ALTER TABLE customer ADD active BIT DEFAULT 1 NOT NULL;

-- The portal's name and address as the desk sets them; none yet: the product's name and the server's
-- configured address (portal.base-url) stand in.
INSERT INTO portal_setting (name, setting_value, version) VALUES ('portal-name', NULL, 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('portal-address', NULL, 0);
