package introspect_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/autogen-go/autogen/introspect"
	m "github.com/autogen-go/autogen/migrate"
)

// featuresSQLite exercises what the SQLite inspector reads; the exact IR
// it reads is checked in package sqlite.
const featuresSQLite = `
CREATE TABLE [users] (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(255) NOT NULL CONSTRAINT uq_users_email UNIQUE,
  name text COLLATE NOCASE,
  "full name" TEXT DEFAULT 'x''y',
  score NUMERIC(10, 2) DEFAULT (0) CHECK (score >= 0),
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  upd TIMESTAMP DEFAULT (datetime('now', 'localtime')),
  flag BOOLEAN DEFAULT TRUE,
  big bigint,
  payload BLOB,
  doc JSON,
  weird my_type(3),
  twice INTEGER GENERATED ALWAYS AS (score * 2) STORED,
  lower_name TEXT AS (lower(name)),
  CONSTRAINT ck_users_name CHECK (length(name) > 0),
  CHECK (big <> 0)
);
CREATE TABLE orders (
  user_id INTEGER NOT NULL REFERENCES users ON DELETE CASCADE,
  code CHAR(8) NOT NULL,
  qty SMALLINT NOT NULL,
  parent_user INTEGER,
  parent_code CHAR(8),
  CONSTRAINT pk_orders PRIMARY KEY (user_id, code),
  UNIQUE (code, qty),
  CONSTRAINT uq_orders_qty UNIQUE (qty, parent_code),
  CONSTRAINT fk_orders_parent FOREIGN KEY (parent_user, parent_code) REFERENCES orders (user_id, code)
    ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;
CREATE TABLE t_int (id INT PRIMARY KEY, v REAL);
CREATE TABLE t_plain (id INTEGER PRIMARY KEY, v TEXT);
CREATE UNIQUE INDEX ix_users_lower ON users (lower(email) COLLATE NOCASE DESC);
CREATE INDEX "ix orders" ON orders (qty DESC, code) WHERE qty > 0 AND code <> 'x';
CREATE INDEX ix_users_name ON users (name COLLATE BINARY, created_at);
CREATE INDEX ix_users_expr ON users (score + 1, email);
`

// TestRoundTripSQLite reads featuresSQLite, creates what it read with the
// operations API in an empty database, and reads that back.
func TestRoundTripSQLite(t *testing.T) {
	ctx := context.Background()
	db := openSQLite(t)
	mustExec(t, db, featuresSQLite)
	want, err := introspect.Inspect(ctx, db, "sqlite", introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(want.Tables); n != 4 {
		t.Fatalf("%d tables, want 4", n)
	}
	db2 := openSQLite(t)
	stats := createWithOps(t, db2, m.SQLite, want)
	t.Logf("%d operations, %d op.Exec of dialect DDL: %v", stats.ops, stats.execs, stats.why)
	got, err := introspect.Inspect(ctx, db2, "sqlite", introspect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, irOpts); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// The version table the runner created is left out.
	if got.Table("autogen_version") != nil || want.Table("sqlite_sequence") != nil {
		t.Error("the version table or sqlite_sequence was read")
	}
}
