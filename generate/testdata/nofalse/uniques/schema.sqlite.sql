CREATE TABLE seats (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    row_label TEXT NOT NULL,
    number INTEGER NOT NULL,
    badge TEXT NOT NULL,
    CONSTRAINT uq_seats_row_number UNIQUE (row_label, number),
    CONSTRAINT seat_badge UNIQUE (badge)
);
