-- A company's or site's address has the same parts as a contact's (V12): the state or region too.
ALTER TABLE customer ADD state_region NVARCHAR(32) NULL;
