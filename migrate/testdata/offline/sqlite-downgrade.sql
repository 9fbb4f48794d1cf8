PRAGMA foreign_keys = OFF;

BEGIN;

-- Running downgrade a5 -> a4, batch

CREATE TABLE _autogen_new_accounts (
    id INTEGER NOT NULL CONSTRAINT pk_accounts PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    "plan" VARCHAR(10) NOT NULL DEFAULT 'free',
    balance NUMERIC(12, 2) NOT NULL DEFAULT 0,
    CONSTRAINT ck_accounts_balance_nonneg CHECK (balance >= 0),
    CONSTRAINT fk_accounts_owner_id_users FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
);

INSERT INTO _autogen_new_accounts (id, owner_id, "plan", balance) SELECT id, owner_id, "plan", balance FROM accounts;

DROP TABLE accounts;

ALTER TABLE _autogen_new_accounts RENAME TO accounts;

UPDATE autogen_version SET version_num = 'a4' WHERE version_num = 'a5';

-- Running downgrade a4 -> a3, tags

ALTER TABLE labels RENAME TO tags;

DROP INDEX ix_tags_lower_name;

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
    CONSTRAINT pk_tags PRIMARY KEY (name)
);

INSERT INTO _autogen_new_tags (name, account_id) SELECT name, account_id FROM tags;

DROP TABLE tags;

ALTER TABLE _autogen_new_tags RENAME TO tags;

CREATE TABLE _autogen_new_tags (
    name VARCHAR(30) NOT NULL,
    account_id BIGINT
);

INSERT INTO _autogen_new_tags (name, account_id) SELECT name, account_id FROM tags;

DROP TABLE tags;

ALTER TABLE _autogen_new_tags RENAME TO tags;

DROP TABLE tags;

UPDATE autogen_version SET version_num = 'a3' WHERE version_num = 'a4';

-- Running downgrade a3 -> a2, alter users

CREATE TABLE _autogen_new_users (
    id INTEGER NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    login VARCHAR(255) NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    age BIGINT,
    active BOOLEAN NOT NULL DEFAULT true
);

INSERT INTO _autogen_new_users (id, login, name, age, active) SELECT id, login, name, age, active FROM users;

DROP TABLE users;

ALTER TABLE _autogen_new_users RENAME TO users;

CREATE UNIQUE INDEX ix_users_email ON users (login);

ALTER TABLE users RENAME COLUMN login TO email;

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
    name TEXT,
    age INTEGER,
    active BOOLEAN NOT NULL DEFAULT true
);

INSERT INTO _autogen_new_users (id, email, name, age, active) SELECT id, email, name, age, active FROM users;

DROP TABLE users;

ALTER TABLE _autogen_new_users RENAME TO users;

CREATE UNIQUE INDEX ix_users_email ON users (email);

ALTER TABLE users DROP COLUMN active;

UPDATE autogen_version SET version_num = 'a2' WHERE version_num = 'a3';

-- Running downgrade a2 -> a1, seed data

DELETE FROM accounts;

DELETE FROM users;

UPDATE autogen_version SET version_num = 'a1' WHERE version_num = 'a2';

-- Running downgrade a1 -> <base>, create users and accounts

DROP TABLE accounts;

DROP INDEX ix_users_email;

DROP TABLE users;

DELETE FROM autogen_version WHERE version_num = 'a1';

COMMIT;

PRAGMA foreign_keys = ON;
