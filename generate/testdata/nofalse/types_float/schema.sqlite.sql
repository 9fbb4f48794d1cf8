CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    f32 real NOT NULL,
    f64 DOUBLE NOT NULL,
    real_col REAL NOT NULL,
    float4_col FLOAT NOT NULL,
    double_col double precision NOT NULL,
    float8_col DOUBLE PRECISION NOT NULL,
    null_col DOUBLE PRECISION
);
