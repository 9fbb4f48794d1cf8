CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    sku TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    price BIGINT NOT NULL CHECK (price < 1000000),
    discount BIGINT NOT NULL DEFAULT 0,
    qty INTEGER NOT NULL,
    CHECK (price > 0),
    CHECK (discount <= price),
    CONSTRAINT ck_products_status_known CHECK (status IN ('draft','live','gone')),
    CHECK (qty BETWEEN 0 AND 1000),
    CHECK (length(name) > 2 AND length(name) < 100),
    CHECK (code LIKE 'P%'),
    CHECK (sku IS NOT NULL OR code <> '')
);
