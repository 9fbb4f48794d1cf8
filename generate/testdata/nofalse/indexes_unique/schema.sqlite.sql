CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    handle TEXT NOT NULL,
    org_id BIGINT NOT NULL,
    number INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_accounts_email ON accounts (email);
CREATE UNIQUE INDEX ix_accounts_handle_unique ON accounts (handle ASC);
CREATE UNIQUE INDEX ix_accounts_org_number ON accounts (org_id, number);
