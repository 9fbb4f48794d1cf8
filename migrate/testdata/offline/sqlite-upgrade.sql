PRAGMA foreign_keys = OFF;

BEGIN;

CREATE TABLE autogen_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT autogen_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade <base> -> a1, create users and accounts

CREATE TABLE users (
    id INTEGER NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    name TEXT,
    age INTEGER
);

CREATE UNIQUE INDEX ix_users_email ON users (email);

CREATE TABLE accounts (
    id INTEGER NOT NULL CONSTRAINT pk_accounts PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    "plan" VARCHAR(10) NOT NULL DEFAULT 'free',
    balance NUMERIC(12, 2) NOT NULL DEFAULT 0,
    CONSTRAINT ck_accounts_balance_nonneg CHECK (balance >= 0),
    CONSTRAINT fk_accounts_owner_id_users FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
);

INSERT INTO autogen_version (version_num) VALUES ('a1');

-- Running upgrade a1 -> a2, seed data

INSERT INTO users (id, email, name, age) VALUES (1, 'ada@example.com', 'Ada O''Brien', 36), (2, 'bob@example.com', 'back\slash "quoted"', NULL), (3, 'cy@example.com', 'line
break; -- not a comment', 71);

INSERT INTO accounts (id, owner_id, balance) VALUES (10, 1, 5.5), (11, 2, 0);

UPDATE users SET age = 37 WHERE id = 1;

UPDATE autogen_version SET version_num = 'a2' WHERE version_num = 'a1';

-- Running upgrade a2 -> a3, alter users

ALTER TABLE users ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;

CREATE TABLE _autogen_new_users (
    id INTEGER NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    name TEXT,
    age BIGINT,
    active BOOLEAN NOT NULL DEFAULT true
);

INSERT INTO _autogen_new_users (id, email, name, age, active) SELECT id, email, name, age, active FROM users;

DROP TABLE users;

ALTER TABLE _autogen_new_users RENAME TO users;

CREATE UNIQUE INDEX ix_users_email ON users (email);

CREATE TABLE _autogen_new_users (
    id INTEGER NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    age BIGINT,
    active BOOLEAN NOT NULL DEFAULT true
);

INSERT INTO _autogen_new_users (id, email, name, age, active) SELECT id, email, name, age, active FROM users;

DROP TABLE users;

ALTER TABLE _autogen_new_users RENAME TO users;

CREATE UNIQUE INDEX ix_users_email ON users (email);

ALTER TABLE users RENAME COLUMN email TO login;

CREATE TABLE _autogen_new_users (
    id INTEGER NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    login VARCHAR(255) NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    age BIGINT,
    active BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT ck_users_age CHECK (age >= 0)
);

INSERT INTO _autogen_new_users (id, login, name, age, active) SELECT id, login, name, age, active FROM users;

DROP TABLE users;

ALTER TABLE _autogen_new_users RENAME TO users;

CREATE UNIQUE INDEX ix_users_email ON users (login);

UPDATE autogen_version SET version_num = 'a3' WHERE version_num = 'a2';

-- Running upgrade a3 -> a4, tags

CREATE TABLE tags (
    name VARCHAR(30) NOT NULL,
    account_id BIGINT
);

CREATE TABLE _autogen_new_tags (
    name VARCHAR(30) NOT NULL,
    account_id BIGINT,
    CONSTRAINT pk_tags PRIMARY KEY (name)
);

INSERT INTO _autogen_new_tags (name, account_id) SELECT name, account_id FROM tags;

DROP TABLE tags;

ALTER TABLE _autogen_new_tags RENAME TO tags;

CREATE TABLE _autogen_new_tags (
    name VARCHAR(30) NOT NULL,
    account_id BIGINT,
    CONSTRAINT pk_tags PRIMARY KEY (name),
    CONSTRAINT fk_tags_account_id_accounts FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE SET NULL
);

INSERT INTO _autogen_new_tags (name, account_id) SELECT name, account_id FROM tags;

DROP TABLE tags;

ALTER TABLE _autogen_new_tags RENAME TO tags;

CREATE TABLE _autogen_new_tags (
    name VARCHAR(30) NOT NULL,
    account_id BIGINT,
    CONSTRAINT pk_tags PRIMARY KEY (name),
    CONSTRAINT uq_tags_account_id_name UNIQUE (account_id, name),
    CONSTRAINT fk_tags_account_id_accounts FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE SET NULL
);

INSERT INTO _autogen_new_tags (name, account_id) SELECT name, account_id FROM tags;

DROP TABLE tags;

ALTER TABLE _autogen_new_tags RENAME TO tags;

CREATE INDEX ix_tags_lower_name ON tags (lower(name)) WHERE account_id IS NOT NULL;

ALTER TABLE tags RENAME TO labels;

UPDATE autogen_version SET version_num = 'a4' WHERE version_num = 'a3';

-- Running upgrade a4 -> a5, batch

CREATE TABLE _autogen_new_accounts (
    id INTEGER NOT NULL CONSTRAINT pk_accounts PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    "plan" VARCHAR(10) NOT NULL DEFAULT 'free',
    balance NUMERIC(14, 2) NOT NULL DEFAULT 0,
    note TEXT,
    CONSTRAINT ck_accounts_balance_nonneg CHECK (balance >= 0),
    CONSTRAINT fk_accounts_owner_id_users FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
);

INSERT INTO _autogen_new_accounts (id, owner_id, "plan", balance) SELECT id, owner_id, "plan", balance FROM accounts;

DROP TABLE accounts;

ALTER TABLE _autogen_new_accounts RENAME TO accounts;

CREATE INDEX ix_accounts_owner_id ON accounts (owner_id);

UPDATE autogen_version SET version_num = 'a5' WHERE version_num = 'a4';

COMMIT;

PRAGMA foreign_keys = ON;
