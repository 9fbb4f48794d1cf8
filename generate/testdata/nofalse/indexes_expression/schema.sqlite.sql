CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    handle TEXT NOT NULL,
    name TEXT NOT NULL,
    nick TEXT,
    a INTEGER NOT NULL,
    b INTEGER NOT NULL
);
CREATE INDEX ix_people_lower_email ON people (lower(email));
CREATE UNIQUE INDEX ix_people_lower_handle ON people (lower(handle));
CREATE INDEX ix_people_total ON people ((a + b));
CREATE INDEX ix_people_name_nick ON people (upper(name) DESC, nick);
CREATE INDEX ix_people_coalesce ON people (coalesce(nick, name));
