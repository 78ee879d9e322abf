-- The demo's site contact works in a known room at the Göteborg plant, whose position the map shows.
UPDATE contact SET room = N'Maintenance office, B2.14', latitude = 57.708870, longitude = 11.974560 WHERE id = 2;
