CREATE TABLE memberships (
    user_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, group_id)
);
CREATE TABLE translations (
    code TEXT NOT NULL,
    lang CHAR(2) NOT NULL,
    text TEXT NOT NULL,
    CONSTRAINT translations_key PRIMARY KEY (lang, code)
);
CREATE TABLE countries (code VARCHAR(3) NOT NULL PRIMARY KEY, name TEXT NOT NULL);
