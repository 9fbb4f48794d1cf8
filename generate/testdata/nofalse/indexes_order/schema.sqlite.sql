-- SQLite has no NULLS FIRST/LAST in an index: autogen leaves them out.
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    author_id BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    score INTEGER,
    rank INTEGER
);
CREATE INDEX ix_posts_recent ON posts (created_at DESC);
CREATE INDEX ix_posts_author_recent ON posts (author_id, created_at desc);
CREATE INDEX ix_posts_score ON posts (score DESC);
CREATE INDEX ix_posts_rank ON posts (rank);
CREATE INDEX ix_posts_mixed ON posts (rank DESC, score ASC);
