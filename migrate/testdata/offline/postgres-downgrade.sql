BEGIN;

-- Running downgrade a5 -> a4, batch

COMMENT ON TABLE accounts IS NULL;

DROP INDEX ix_accounts_owner_id;

ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(12,2);

ALTER TABLE accounts DROP COLUMN note;

UPDATE autogen_version SET version_num = 'a4' WHERE version_num = 'a5';

-- Running downgrade a4 -> a3, tags

COMMIT;

DROP INDEX CONCURRENTLY ix_accounts_balance;

BEGIN;

ALTER TYPE plan RENAME TO plan_old;

CREATE TYPE plan AS ENUM ('free', 'pro');

ALTER TABLE accounts ALTER COLUMN plan DROP DEFAULT;

ALTER TABLE accounts ALTER COLUMN plan TYPE plan USING plan::text::plan;

ALTER TABLE accounts ALTER COLUMN plan SET DEFAULT 'free';

DROP TYPE plan_old;

ALTER TABLE labels RENAME TO tags;

DROP INDEX ix_tags_lower_name;

ALTER TABLE tags DROP CONSTRAINT uq_tags_account_id_name;

ALTER TABLE tags DROP CONSTRAINT fk_tags_account_id_accounts;

ALTER TABLE tags DROP CONSTRAINT pk_tags;

DROP TABLE tags;

UPDATE autogen_version SET version_num = 'a3' WHERE version_num = 'a4';

-- Running downgrade a3 -> a2, alter users

COMMENT ON COLUMN users.active IS NULL;

ALTER TABLE users DROP CONSTRAINT ck_users_age;

ALTER TABLE users RENAME COLUMN login TO email;

ALTER TABLE users ALTER COLUMN name DROP NOT NULL;

ALTER TABLE users ALTER COLUMN name DROP DEFAULT;

ALTER TABLE users ALTER COLUMN age TYPE integer;

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

DROP TYPE plan;

DELETE FROM autogen_version WHERE version_num = 'a1';

COMMIT;
