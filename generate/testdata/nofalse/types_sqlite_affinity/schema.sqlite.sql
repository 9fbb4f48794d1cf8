CREATE TABLE legacies (
    id INTEGER PRIMARY KEY,
    tiny tinyint NOT NULL,
    medium MEDIUMINT NOT NULL,
    unsigned_big unsigned big int NOT NULL,
    int_col INTEGER NOT NULL,
    nvarchar nvarchar(100) NOT NULL,
    clob clob NOT NULL,
    double_col double NOT NULL,
    float_col float NOT NULL,
    numeric_col numeric NOT NULL,
    decimal_col DECIMAL(10, 5) NOT NULL,
    datetime_col DATETIME NOT NULL,
    boolean_col bool NOT NULL,
    lower_col VARCHAR(12) NOT NULL
);
