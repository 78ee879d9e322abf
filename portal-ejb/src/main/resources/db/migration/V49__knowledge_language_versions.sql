-- One article in English and Swedish (decision 0052): each language version is an article row of its
-- own (its own state, visibility, history and counts), and the versions of one article share a group,
-- the id of the first of them. A version written on its own has no group (NULL): its group is itself.
ALTER TABLE knowledge_article ADD group_id BIGINT;
CREATE INDEX ix_knowledge_article_group ON knowledge_article (group_id);

-- A category counts a published article once, in the reader's language, when both its versions are
-- published for the same readers: such versions are counted as "paired" and a reader reads the paired
-- counts of its own language only.
ALTER TABLE knowledge_category ADD paired SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE knowledge_category DROP CONSTRAINT pk_knowledge_category;
ALTER TABLE knowledge_category ADD CONSTRAINT pk_knowledge_category PRIMARY KEY (category, language, readers, paired);
