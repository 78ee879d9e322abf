-- The desk's figures per article and month also count the cases an article avoided (a customer
-- answered "this solved it" on the new-case form and raised none) and the cases raised after reading
-- it. A month's row is now opened in a transaction of its own before it is counted, so two first
-- counts of a month at the same instant meet on the primary key instead of one being lost.

ALTER TABLE knowledge_article_month ADD cases_avoided INT DEFAULT 0 NOT NULL;
ALTER TABLE knowledge_article_month ADD cases_raised INT DEFAULT 0 NOT NULL;
