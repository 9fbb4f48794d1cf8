CREATE TABLE blobs (
    id INTEGER PRIMARY KEY,
    bytes_col blob NOT NULL,
    nullb BLOB,
    uuid_col uuid NOT NULL,
    uuid_up UUID NOT NULL,
    doc json NOT NULL,
    doc_null JSON
);
