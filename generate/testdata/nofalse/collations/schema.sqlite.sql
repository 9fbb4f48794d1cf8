CREATE TABLE members (
    id INTEGER NOT NULL CONSTRAINT pk_members PRIMARY KEY,
    handle VARCHAR(40) NOT NULL COLLATE NOCASE,
    note text COLLATE rtrim NOT NULL,
    code varchar(8) NOT NULL COLLATE BINARY,
    CONSTRAINT uq_members_handle UNIQUE (handle)
);
