-- Images in articles and articles copied from a case (docs/decisions/0047). An image is stored in
-- the database every instance shares, as an attachment of its article, and served only to those who
-- may read the article. An article copied from a case keeps the case it came from, for the desk.
CREATE SEQUENCE knowledge_image_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE knowledge_article_image (
    id           BIGINT         NOT NULL,
    article_id   BIGINT         NOT NULL,
    content_type NVARCHAR(40)   NOT NULL,
    alt_text     NVARCHAR(300)  NOT NULL,
    size_bytes   BIGINT         NOT NULL,
    content      VARBINARY(MAX) NOT NULL,
    uploaded_by  NVARCHAR(120)  NOT NULL,
    uploaded_at  DATETIME2      NOT NULL,
    version      BIGINT         NOT NULL,
    CONSTRAINT pk_knowledge_article_image PRIMARY KEY (id),
    CONSTRAINT fk_knowledge_article_image_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id)
);
CREATE INDEX ix_knowledge_article_image_article ON knowledge_article_image (article_id);

ALTER TABLE knowledge_article ADD source_case_id BIGINT NULL;
ALTER TABLE knowledge_article ADD CONSTRAINT fk_knowledge_article_source_case
    FOREIGN KEY (source_case_id) REFERENCES service_case (id);
-- SQL Server makes no index for a foreign key; deleting a case looks its copies up by this one.
CREATE INDEX ix_knowledge_article_source_case ON knowledge_article (source_case_id);
