-- The demo's site contact works in a known room at the Göteborg plant, whose position the map shows.
UPDATE contact SET room = N'Maintenance office, B2.14', latitude = 57.708870, longitude = 11.974560 WHERE id = 2;
-- The demo's sites in categories, for the contact form's site picker.
UPDATE customer SET category = N'Production' WHERE id = 2;
UPDATE customer SET category = N'Warehouse' WHERE id = 3;
