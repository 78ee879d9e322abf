-- Names in English and Swedish (docs/decisions/0031): the desk may give every status, case type,
-- team, subject, subtype, severity description, analysis field and fault code a Swedish text.
-- Empty means Swedish readers see the English one.
ALTER TABLE tracking_status ADD name_sv NVARCHAR(60) NULL;
ALTER TABLE case_type ADD name_sv NVARCHAR(60) NULL;
ALTER TABLE team ADD name_sv NVARCHAR(80) NULL;
ALTER TABLE case_subject ADD name_sv NVARCHAR(80) NULL;
ALTER TABLE case_subtype ADD name_sv NVARCHAR(80) NULL;
ALTER TABLE severity_level ADD description_sv NVARCHAR(400) NULL;
ALTER TABLE analysis_field ADD label_sv NVARCHAR(80) NULL;
ALTER TABLE fault_code ADD friendly_name_sv NVARCHAR(120) NULL;

-- The statuses, case types and severity meanings every installation starts with, in Swedish;
-- only where the desk has not renamed them.
UPDATE tracking_status SET name_sv = N'Ny' WHERE id = 1 AND name = 'New';
UPDATE tracking_status SET name_sv = N'Pågår' WHERE id = 2 AND name = 'In progress';
UPDATE tracking_status SET name_sv = N'Väntar på kund' WHERE id = 3 AND name = 'Waiting for customer';
UPDATE tracking_status SET name_sv = N'Intern granskning' WHERE id = 4 AND name = 'Internal review';
UPDATE tracking_status SET name_sv = N'Väntande - inget avtal' WHERE id = 5 AND name = 'Pending - no contract';
UPDATE tracking_status SET name_sv = N'Löst' WHERE id = 6 AND name = 'Resolved';
UPDATE tracking_status SET name_sv = N'Stängt' WHERE id = 7 AND name = 'Closed';
UPDATE tracking_status SET name_sv = N'Avbrutet' WHERE id = 8 AND name = 'Cancelled';

UPDATE case_type SET name_sv = N'Incident' WHERE id = 1 AND name = 'Incident';
UPDATE case_type SET name_sv = N'Servicebegäran' WHERE id = 2 AND name = 'Service request';
UPDATE case_type SET name_sv = N'Fråga' WHERE id = 3 AND name = 'Question';

UPDATE severity_level SET description_sv = N'Produktionen står still eller människor är i fara; ingen tillfällig lösning.'
    WHERE severity = 'CRITICAL' AND description = 'Production has stopped or people are at risk; no workaround.';
UPDATE severity_level SET description_sv = N'Arbetet påverkas kraftigt; en tillfällig lösning är svår eller dyr.'
    WHERE severity = 'HIGH' AND description = 'Work is badly affected; a workaround is hard or costly.';
UPDATE severity_level SET description_sv = N'Arbetet fortsätter med vissa problem, eller det finns en tillfällig lösning.'
    WHERE severity = 'MEDIUM' AND description = 'Work goes on with some trouble, or a workaround exists.';
UPDATE severity_level SET description_sv = N'Ett mindre fel, en fråga eller en begäran utan brådska.'
    WHERE severity = 'LOW' AND description = 'A minor fault, a question or a request with no urgency.';
UPDATE severity_level SET description_sv = N'Inget fel: information, synpunkter eller en beställning.'
    WHERE severity = 'NOT_APPLICABLE' AND description = 'Not a fault: information, feedback or an order.';
