CREATE TABLE things (
    id uuid DEFAULT gen_random_uuid() CONSTRAINT pk_things PRIMARY KEY,
    token text NOT NULL DEFAULT md5((random())::text),
    doc jsonb NOT NULL DEFAULT '{}'::jsonb,
    doc_cast jsonb NOT NULL DEFAULT '{"a":1}',
    sum integer NOT NULL DEFAULT 1 + 2,
    cast_col integer NOT NULL DEFAULT 7,
    text_cast text NOT NULL DEFAULT 'x',
    lower_col text NOT NULL DEFAULT lower('ABC'::text),
    arr text[] NOT NULL DEFAULT '{"a","b"}',
    neg integer NOT NULL DEFAULT -5
);
