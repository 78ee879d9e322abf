-- Demo service levels on the Swedish office calendar, and the demo contracts' hours and levels.

INSERT INTO business_calendar (id, name, time_zone, version) VALUES (1, N'Sweden office hours', 'Europe/Stockholm', 0);
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (1, 1, 1, TIME '08:00:00', TIME '17:00:00');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (2, 1, 2, TIME '08:00:00', TIME '17:00:00');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (3, 1, 3, TIME '08:00:00', TIME '17:00:00');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (4, 1, 4, TIME '08:00:00', TIME '17:00:00');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (5, 1, 5, TIME '08:00:00', TIME '16:00:00');
INSERT INTO business_holiday (id, calendar_id, holiday_date, name) VALUES (1, 1, DATE '2026-12-24', N'Christmas Eve');
INSERT INTO business_holiday (id, calendar_id, holiday_date, name) VALUES (2, 1, DATE '2026-12-25', N'Christmas Day');
INSERT INTO business_holiday (id, calendar_id, holiday_date, name) VALUES (3, 1, DATE '2026-12-26', N'Boxing Day');
INSERT INTO business_holiday (id, calendar_id, holiday_date, name) VALUES (4, 1, DATE '2026-12-31', N'New Year''s Eve');
INSERT INTO business_holiday (id, calendar_id, holiday_date, name) VALUES (5, 1, DATE '2027-01-01', N'New Year''s Day');
INSERT INTO business_holiday (id, calendar_id, holiday_date, name) VALUES (6, 1, DATE '2027-01-06', N'Epiphany');

INSERT INTO business_calendar (id, name, time_zone, version) VALUES (2, N'Around the clock', 'UTC', 0);
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (11, 2, 1, TIME '00:00:00', TIME '23:59:59');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (12, 2, 2, TIME '00:00:00', TIME '23:59:59');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (13, 2, 3, TIME '00:00:00', TIME '23:59:59');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (14, 2, 4, TIME '00:00:00', TIME '23:59:59');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (15, 2, 5, TIME '00:00:00', TIME '23:59:59');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (16, 2, 6, TIME '00:00:00', TIME '23:59:59');
INSERT INTO business_hours (id, calendar_id, day_of_week, opens_at, closes_at) VALUES (17, 2, 7, TIME '00:00:00', TIME '23:59:59');

INSERT INTO service_level (id, name, calendar_id, version) VALUES (1, N'Standard', 1, 0);
INSERT INTO service_level_target (id, service_level_id, severity, response_minutes, resolution_minutes) VALUES (1, 1, 'CRITICAL', 60, 480);
INSERT INTO service_level_target (id, service_level_id, severity, response_minutes, resolution_minutes) VALUES (2, 1, 'HIGH', 120, 960);
INSERT INTO service_level_target (id, service_level_id, severity, response_minutes, resolution_minutes) VALUES (3, 1, 'MEDIUM', 240, 2400);
INSERT INTO service_level_target (id, service_level_id, severity, response_minutes, resolution_minutes) VALUES (4, 1, 'LOW', 480, 4800);

INSERT INTO service_level (id, name, calendar_id, version) VALUES (2, N'Gold 24/7', 2, 0);
INSERT INTO service_level_target (id, service_level_id, severity, response_minutes, resolution_minutes) VALUES (11, 2, 'CRITICAL', 30, 240);
INSERT INTO service_level_target (id, service_level_id, severity, response_minutes, resolution_minutes) VALUES (12, 2, 'HIGH', 60, 480);
INSERT INTO service_level_target (id, service_level_id, severity, response_minutes, resolution_minutes) VALUES (13, 2, 'MEDIUM', 240, 1440);
INSERT INTO service_level_target (id, service_level_id, severity, response_minutes, resolution_minutes) VALUES (14, 2, 'LOW', 480, 2880);

UPDATE contract SET service_level_id = 1, description = N'Nordic Foods group subscription' WHERE id = 1;
UPDATE contract SET service_level_id = 2, included_minutes = 2400, used_minutes = 0, description = N'Freezer 2 support hours (40 h)' WHERE id = 2;
UPDATE contract SET service_level_id = 1, description = N'Nordic Foods group subscription 2025' WHERE id = 3;
UPDATE contract SET service_level_id = 1, monthly_minutes = 600, rollover_day = 1, period_start = DATE '2026-11-01', description = N'Baltic Marine support, 10 h per month' WHERE id = 4;
