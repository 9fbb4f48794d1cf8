// Package introspect reads a live database's schema into the schema IR
// (*schema.Schema): tables, columns, primary keys, unique constraints,
// indexes, foreign keys, checks, comments and, on PostgreSQL, enum types
// and partitions. Objects autogen does not manage (views, triggers,
// functions, domains…) are listed in Schema.Skipped rather than read.
//
// Reading costs a fixed number of catalog queries whatever the number of
// tables: seven on PostgreSQL, four on SQLite (five when a foreign key
// names no columns).
//
// The package also gives the database's canonical form of column types and
// default expressions ([Canonical], [NormalizeDefault]), which the diff
// compares so that spellings the database treats as the same
// (varchar/character varying, 0/'0'::integer, now()/CURRENT_TIMESTAMP) are
// no change.
//
// Nothing here imports a database driver: every function takes a
// dialect.Querier (*sql.DB, *sql.Conn or *sql.Tx), and the program
// chooses the drivers (pgx/v5's stdlib for PostgreSQL, modernc.org/sqlite
// for SQLite).
//
// The reading itself is done by postgres.Inspect and sqlite.Inspect
// (packages dialect/postgres and dialect/sqlite), whose documentation
// says how each database maps to the IR; [Inspect] is the entry point that
// picks one by name and applies [Options]. The functions are safe for
// concurrent use on different connections.
package introspect
