-- The knowledge base's word index ranks without reading the articles (decision 0049): each row is one
-- word of one article, with what ranking and reading need: the article's language, who may read it
-- (its visibility when published, UNPUBLISHED otherwise), the word's weight (3 in the title or
-- keywords, 1 only in the text) and how often it occurs. One index hands a search the strongest
-- rows of a word first, so a search reads a bounded number of rows whatever the number of articles.
-- The rows are written again by the Java migration 45.1, as they were by every save.

DROP TABLE knowledge_word;

CREATE TABLE knowledge_word (
    article_id BIGINT       NOT NULL,
    term       NVARCHAR(40) NOT NULL,
    language   NVARCHAR(2)  NOT NULL,
    readers    NVARCHAR(20) NOT NULL,
    weight     SMALLINT     NOT NULL,
    term_count INT          NOT NULL,
    CONSTRAINT pk_knowledge_word PRIMARY KEY (article_id, term),
    CONSTRAINT fk_knowledge_word_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id)
);
CREATE INDEX ix_knowledge_word_rank
    ON knowledge_word (term, language, readers, weight DESC, term_count DESC, article_id DESC);

-- All views of an article, so "most viewed" reads the first rows of an index instead of every
-- article's months.
ALTER TABLE knowledge_article ADD view_count INT DEFAULT 0 NOT NULL;
UPDATE knowledge_article SET view_count =
    (SELECT COALESCE(SUM(m.views), 0) FROM knowledge_article_month m WHERE m.article_id = knowledge_article.id);
CREATE INDEX ix_knowledge_article_viewed
    ON knowledge_article (state, visibility, language, view_count DESC, id DESC);
CREATE INDEX ix_knowledge_article_category
    ON knowledge_article (category, state, visibility, language, view_count DESC, id DESC);

-- How many articles each category holds per language and readers, kept by every save, so the
-- knowledge base's category list reads a few rows instead of counting every article.
CREATE TABLE knowledge_category (
    category NVARCHAR(80) NOT NULL,
    language NVARCHAR(2)  NOT NULL,
    readers  NVARCHAR(20) NOT NULL,
    articles INT          NOT NULL,
    CONSTRAINT pk_knowledge_category PRIMARY KEY (category, language, readers)
);
INSERT INTO knowledge_category (category, language, readers, articles)
    SELECT category, language, CASE WHEN state = 'PUBLISHED' THEN visibility ELSE 'UNPUBLISHED' END, COUNT(*)
    FROM knowledge_article
    GROUP BY category, language, CASE WHEN state = 'PUBLISHED' THEN visibility ELSE 'UNPUBLISHED' END;
