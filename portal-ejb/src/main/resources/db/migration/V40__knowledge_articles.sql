-- The knowledge base: articles the desk writes as a problem and its solution, every edit kept, the
-- companies an article is chosen for, the word index the search reads, and a per-month count of
-- views and answers to "Did this help?". Same portable subset as V1. The index lives in this
-- database (not on an instance's disk), so every instance of a cluster finds the same at once.

CREATE SEQUENCE knowledge_article_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE knowledge_revision_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE knowledge_article (
    id            BIGINT        NOT NULL,
    title         NVARCHAR(200) NOT NULL,
    problem       NVARCHAR(MAX) NOT NULL,
    solution      NVARCHAR(MAX) NOT NULL,
    category      NVARCHAR(80)  NOT NULL,
    keywords      NVARCHAR(300) NULL,
    applies_to    NVARCHAR(200) NULL,
    language      NVARCHAR(2)   NOT NULL,
    visibility    NVARCHAR(20)  NOT NULL,
    state         NVARCHAR(20)  NOT NULL,
    author        NVARCHAR(120) NOT NULL,
    last_reviewed DATE          NULL,
    updated_at    DATETIME2     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_knowledge_article PRIMARY KEY (id)
);
CREATE INDEX ix_knowledge_article_state ON knowledge_article (state, language, category);

-- The companies a CHOSEN_COMPANIES article is shown to (a company's sites see it too).
CREATE TABLE knowledge_article_customer (
    article_id  BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    CONSTRAINT pk_knowledge_article_customer PRIMARY KEY (article_id, customer_id),
    CONSTRAINT fk_knowledge_article_customer_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id),
    CONSTRAINT fk_knowledge_article_customer_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_knowledge_article_customer_customer ON knowledge_article_customer (customer_id);

-- Every saved state of an article, so an edit can always be traced and read again.
CREATE TABLE knowledge_revision (
    id          BIGINT        NOT NULL,
    article_id  BIGINT        NOT NULL,
    revision    INT           NOT NULL,
    title       NVARCHAR(200) NOT NULL,
    problem     NVARCHAR(MAX) NOT NULL,
    solution    NVARCHAR(MAX) NOT NULL,
    category    NVARCHAR(80)  NOT NULL,
    keywords    NVARCHAR(300) NULL,
    applies_to  NVARCHAR(200) NULL,
    language    NVARCHAR(2)   NOT NULL,
    visibility  NVARCHAR(20)  NOT NULL,
    state       NVARCHAR(20)  NOT NULL,
    edited_by   NVARCHAR(120) NOT NULL,
    edited_at   DATETIME2     NOT NULL,
    CONSTRAINT pk_knowledge_revision PRIMARY KEY (id),
    CONSTRAINT uq_knowledge_revision UNIQUE (article_id, revision),
    CONSTRAINT fk_knowledge_revision_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id)
);

-- The analyzed words (stems) of each article: field T is the title and keywords, B the problem,
-- solution and what the article applies to. A search looks its words up by term.
CREATE TABLE knowledge_word (
    article_id BIGINT       NOT NULL,
    field      NVARCHAR(1)  NOT NULL,
    term       NVARCHAR(40) NOT NULL,
    term_count INT          NOT NULL,
    CONSTRAINT pk_knowledge_word PRIMARY KEY (article_id, field, term),
    CONSTRAINT fk_knowledge_word_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id)
);
CREATE INDEX ix_knowledge_word_term ON knowledge_word (term, article_id);

-- Views and answers per article and month (yyyy-mm), for "most viewed" and the desk's figures.
CREATE TABLE knowledge_article_month (
    article_id  BIGINT      NOT NULL,
    counted_month NVARCHAR(7) NOT NULL,
    views       INT         NOT NULL,
    helped_yes  INT         NOT NULL,
    helped_no   INT         NOT NULL,
    CONSTRAINT pk_knowledge_article_month PRIMARY KEY (article_id, counted_month),
    CONSTRAINT fk_knowledge_article_month_article FOREIGN KEY (article_id) REFERENCES knowledge_article (id)
);
