-- More ways to reach a contact, as customer account systems keep them: the room, fax, pager and the
-- number SMS goes to; the partner organisation the contact belongs to as its person ("customer of");
-- and the GPS position of the contact's last known address, in degrees (six decimals: about 0.1 m).
ALTER TABLE contact ADD room NVARCHAR(64) NULL;
ALTER TABLE contact ADD fax NVARCHAR(20) NULL;
ALTER TABLE contact ADD pager NVARCHAR(32) NULL;
ALTER TABLE contact ADD sms_number NVARCHAR(20) NULL;
ALTER TABLE contact ADD partner_id BIGINT NULL;
ALTER TABLE contact ADD latitude DECIMAL(8, 6) NULL;
ALTER TABLE contact ADD longitude DECIMAL(9, 6) NULL;
ALTER TABLE contact ADD CONSTRAINT fk_contact_partner FOREIGN KEY (partner_id) REFERENCES customer (id);
CREATE INDEX ix_contact_partner ON contact (partner_id);
