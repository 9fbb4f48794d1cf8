CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL,
    stamp datetime NOT NULL,
    stamp_tz timestamp with time zone NOT NULL,
    with_zone TIMESTAMP WITH TIME ZONE NOT NULL,
    no_zone TIMESTAMP NOT NULL,
    precise TIMESTAMP(3) NOT NULL,
    precise_tz timestamptz(3) NOT NULL,
    day date NOT NULL,
    clock TIME NOT NULL,
    clock_p time(2) NOT NULL,
    null_time TIMESTAMP WITH TIME ZONE,
    ptr_time DATE
);
