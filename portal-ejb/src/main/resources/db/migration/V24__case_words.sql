-- The words of each case's summary, for the text filter of the case lists (CaseSearch). A filter
-- that tests every case's summary reads as many cases as it takes to find a page of matches, which
-- grows with the number of cases; a rare word reads them all. Each word is kept with the columns a
-- customer's list is narrowed and ordered by, so the cases with one word are one index range in
-- list order (newest first) that stops after a page. The rows follow the case (Case, and the bulk
-- updates that change a case's customer or completeness); V25 fills them for existing cases.

CREATE TABLE case_word (
    case_id     BIGINT       NOT NULL,
    word        NVARCHAR(40) NOT NULL,
    customer_id BIGINT       NOT NULL,
    complete    BIT          NOT NULL,
    created_at  DATETIME2    NOT NULL,
    CONSTRAINT pk_case_word PRIMARY KEY (case_id, word),
    CONSTRAINT fk_case_word_case FOREIGN KEY (case_id) REFERENCES service_case (id)
);

CREATE INDEX ix_case_word_list ON case_word (customer_id, complete, word, created_at DESC, case_id DESC);
