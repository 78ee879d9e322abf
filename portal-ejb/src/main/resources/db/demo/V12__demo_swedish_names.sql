-- Swedish names for the demo's teams, subjects, fault codes and analysis field, so a Swedish
-- reader sees Swedish throughout. The subject "Software" is left without one: it shows the
-- English name as the fallback does.
UPDATE team SET name_sv = N'Första linjen' WHERE id = 1;
UPDATE team SET name_sv = N'Kyltekniker' WHERE id = 2;

UPDATE case_subject SET name_sv = N'Kyla' WHERE id = 1;
UPDATE case_subject SET name_sv = N'Transportband' WHERE id = 2;
UPDATE case_subtype SET name_sv = N'Temperatur' WHERE id = 1;
UPDATE case_subtype SET name_sv = N'Dörrlarm' WHERE id = 2;
UPDATE case_subtype SET name_sv = N'Bandet stannar' WHERE id = 3;
UPDATE case_subtype SET name_sv = N'Oljud' WHERE id = 4;
UPDATE case_subtype SET name_sv = N'Inloggning' WHERE id = 5;

UPDATE fault_code SET friendly_name_sv = N'Bandmotor överbelastad (E42)' WHERE id = 1;
UPDATE fault_code SET friendly_name_sv = N'För hög temperatur' WHERE id = 2;
UPDATE fault_code SET friendly_name_sv = N'Dörren stänger inte' WHERE id = 3;

UPDATE analysis_field SET label_sv = N'Maskintimmar' WHERE id = 1;
