CREATE TABLE flags (
    id INTEGER PRIMARY KEY,
    plain BOOL NOT NULL,
    bool_col boolean NOT NULL,
    boolean_col BOOLEAN NOT NULL,
    on_flag BOOLEAN NOT NULL DEFAULT 1,
    off_flag boolean NOT NULL DEFAULT FALSE,
    upper_flag BOOLEAN NOT NULL DEFAULT (1),
    null_flag BOOLEAN,
    ptr_flag BOOLEAN DEFAULT 0
);
