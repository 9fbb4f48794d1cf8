CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email VARCHAR(320) NOT NULL,
    country CHAR(2) NOT NULL DEFAULT 'US',
    credit NUMERIC(12, 2) NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ix_customers_email ON customers (email);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    status VARCHAR(16) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'closed')),
    total NUMERIC(12, 2) NOT NULL DEFAULT '0',
    placed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_orders_open ON orders (customer_id) WHERE status <> 'closed';
CREATE TABLE order_lines (
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    sku VARCHAR(32) NOT NULL,
    qty INTEGER NOT NULL DEFAULT 1 CHECK (qty > 0),
    price NUMERIC(10, 2) NOT NULL,
    PRIMARY KEY (order_id, line)
);
