-- Every column in another spelling than the models'.
CREATE TABLE numbers (
    id integer PRIMARY KEY,
    i16 int2 NOT NULL,
    i32 INT NOT NULL,
    i64 int8 NOT NULL,
    u8 SMALLINT NOT NULL,
    t_int int NOT NULL,
    t_int4 INT4 NOT NULL,
    t_int8 BIGINT NOT NULL,
    t_int2 smallint NOT NULL,
    t_integer integer NOT NULL,
    t_big bigint NOT NULL,
    t_small INT2 NOT NULL,
    null32 INTEGER NULL
);
