-- What each case subject covers, shown beside the subjects while a customer chooses one (in the
-- reader's language; English when the Swedish text is empty).
ALTER TABLE case_subject ADD description NVARCHAR(400) NULL;
ALTER TABLE case_subject ADD description_sv NVARCHAR(400) NULL;
