-- Files attached on the new-case form before the case is saved (docs/decisions/0038). They wait
-- here, in the database every instance shares, so a save that reaches another instance of the
-- cluster still finds them; the form keeps only their ids. Saving the case moves them into its
-- files; what nobody saved is deleted after a day.
CREATE SEQUENCE waiting_file_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE waiting_file (
    id           BIGINT         NOT NULL,
    account_id   BIGINT         NOT NULL,
    file_name    NVARCHAR(255)  NOT NULL,
    content_type NVARCHAR(120)  NOT NULL,
    size_bytes   BIGINT         NOT NULL,
    content      VARBINARY(MAX) NOT NULL,
    uploaded_at  DATETIME2      NOT NULL,
    version      BIGINT         NOT NULL,
    CONSTRAINT pk_waiting_file PRIMARY KEY (id),
    CONSTRAINT fk_waiting_file_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_waiting_file_account ON waiting_file (account_id);
CREATE INDEX ix_waiting_file_uploaded ON waiting_file (uploaded_at);
