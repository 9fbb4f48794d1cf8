CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    favorite_book_id BIGINT REFERENCES books (id)
);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id BIGINT NOT NULL REFERENCES authors (id),
    sequel_id BIGINT REFERENCES books
);
CREATE INDEX ix_books_author_id ON books (author_id);
