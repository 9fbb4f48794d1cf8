CREATE TABLE prices (
    id INTEGER PRIMARY KEY,
    free DECIMAL NOT NULL,
    money_col DECIMAL(10,2) NOT NULL,
    spaced numeric(12, 4) NOT NULL,
    decimal_col NUMERIC(8,3) NOT NULL,
    whole NUMERIC(7) NOT NULL,
    dec_upper decimal(5, 1) NOT NULL,
    nullable NUMERIC(6,2),
    defaulted NUMERIC(10,2) NOT NULL DEFAULT 0.0
);
