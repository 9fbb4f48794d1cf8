CREATE TABLE words (
    id INTEGER NOT NULL PRIMARY KEY,
    plain text NOT NULL,
    sized varchar(40) NOT NULL,
    varchar_col CHARACTER VARYING(20) NOT NULL,
    char_var varchar (30) NOT NULL,
    var_upper VARCHAR(50) NOT NULL,
    var_spaced varchar(60) NOT NULL,
    unbounded VARCHAR NOT NULL,
    text_col TEXT NOT NULL,
    char3 CHARACTER(3) NOT NULL,
    charac char(5) NOT NULL,
    nullable TEXT,
    pointer varchar(10)
);
