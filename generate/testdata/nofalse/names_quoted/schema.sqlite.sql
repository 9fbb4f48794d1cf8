CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    "user" TEXT NOT NULL,
    "group" TEXT NOT NULL UNIQUE,
    "select" INTEGER NOT NULL DEFAULT 1 CHECK ("select" > 0),
    CamelCase TEXT NOT NULL,
    [has space] TEXT NOT NULL,
    `desc` TEXT NOT NULL
);
CREATE INDEX ix_orders_user ON orders ("user");
CREATE INDEX ix_orders_camel ON orders (CamelCase);
CREATE TABLE "tables" (
    id INTEGER PRIMARY KEY,
    "order" BIGINT NOT NULL REFERENCES orders (id)
);
