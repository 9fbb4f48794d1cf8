CREATE TABLE memberships (
    user_id bigint,
    group_id bigint,
    role text NOT NULL,
    CONSTRAINT pk_memberships PRIMARY KEY (user_id, group_id)
);
CREATE TABLE translations (
    code text NOT NULL,
    lang char(2) NOT NULL,
    text text NOT NULL,
    CONSTRAINT translations_key PRIMARY KEY (lang, code)
);
CREATE TABLE countries (code varchar(3) CONSTRAINT pk_countries PRIMARY KEY, name text NOT NULL);
