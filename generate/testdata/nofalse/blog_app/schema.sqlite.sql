CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    name VARCHAR(100) NOT NULL,
    admin BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at TIMESTAMP WITH TIME ZONE
);
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    author_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title VARCHAR(200) NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    views BIGINT NOT NULL DEFAULT 0 CHECK (views >= 0),
    published_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_posts_author_published ON posts (author_id, published_at DESC);
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL
);
CREATE INDEX ix_comments_post_id ON comments (post_id);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE UNIQUE INDEX ix_tags_name ON tags (name);
CREATE TABLE post_tags (
    post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX ix_post_tags_tag_id ON post_tags (tag_id);
