CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    empty TEXT NOT NULL DEFAULT '',
    plain TEXT NOT NULL DEFAULT ('x'),
    sized VARCHAR(20) NOT NULL DEFAULT 'draft',
    quote TEXT NOT NULL DEFAULT 'it''s',
    spaces TEXT NOT NULL DEFAULT 'a b  c',
    comma TEXT NOT NULL DEFAULT 'a,b',
    char_col CHAR(2) NOT NULL DEFAULT 'ab',
    null_col TEXT DEFAULT NULL,
    numeric_text TEXT NOT NULL DEFAULT 42
);
