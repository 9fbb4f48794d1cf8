CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL,
    code TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    UNIQUE (org_id, code)
);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL,
    account_code TEXT NOT NULL,
    email TEXT NOT NULL REFERENCES accounts (email),
    FOREIGN KEY (org_id, account_code) REFERENCES accounts (org_id, code) ON DELETE CASCADE
);
