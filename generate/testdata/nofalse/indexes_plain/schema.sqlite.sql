CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    author_id BIGINT NOT NULL,
    slug TEXT NOT NULL,
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    topic TEXT
);
CREATE INDEX ix_articles_author_id ON articles (author_id);
CREATE INDEX "ix_articles_by_slug" ON "articles" ("slug" ASC);
CREATE INDEX ix_articles_year_month ON articles (year, month);
CREATE INDEX ix_articles_topic ON articles (topic);
