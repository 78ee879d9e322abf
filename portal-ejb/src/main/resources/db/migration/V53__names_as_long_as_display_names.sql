-- Where a person's name is copied as it was at the time (who raised or changed a case, wrote a
-- note, uploaded a file, moved an item, decided a fault report, wrote or edited an article), the
-- column holds a whole display name: two names of 64 and a blank (ContactFieldRules.DISPLAY_NAME,
-- as user_account.display_name since V28). At 120 a person with a longer name could not raise a
-- case. Each column keeps its NULL or NOT NULL, which SQL Server's ALTER COLUMN restates.
ALTER TABLE service_case ALTER COLUMN updated_by NVARCHAR(129) NULL;
ALTER TABLE tracking_note ALTER COLUMN author_name NVARCHAR(129) NOT NULL;
ALTER TABLE case_file ALTER COLUMN uploaded_by NVARCHAR(129) NOT NULL;
ALTER TABLE case_change ALTER COLUMN changed_by NVARCHAR(129) NOT NULL;
ALTER TABLE fault_report ALTER COLUMN decided_by NVARCHAR(129) NULL;
ALTER TABLE equipment_move ALTER COLUMN moved_by NVARCHAR(129) NOT NULL;
ALTER TABLE fault_code_import ALTER COLUMN uploaded_by NVARCHAR(129) NOT NULL;
ALTER TABLE document ALTER COLUMN uploaded_by NVARCHAR(129) NOT NULL;
ALTER TABLE knowledge_article ALTER COLUMN author NVARCHAR(129) NOT NULL;
ALTER TABLE knowledge_revision ALTER COLUMN edited_by NVARCHAR(129) NOT NULL;
ALTER TABLE knowledge_article_image ALTER COLUMN uploaded_by NVARCHAR(129) NOT NULL;
