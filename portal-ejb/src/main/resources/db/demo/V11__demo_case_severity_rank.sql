-- The demo's first cases were inserted before the case kept its severity's rank (schema 26).
UPDATE service_case SET severity_rank = CASE severity WHEN 'CRITICAL' THEN 1 WHEN 'HIGH' THEN 2
    WHEN 'MEDIUM' THEN 3 WHEN 'LOW' THEN 4 ELSE 5 END
WHERE severity_rank IS NULL;
