package migrate

import (
	"context"
	"fmt"
	"strings"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/dialect/sqlite"
)

// SQLite runs a migration with foreign key enforcement off (it cannot
// change inside a transaction, and its procedure for rebuilding tables
// needs it off), so the runner checks instead: foreign_key_check of the
// whole database when the transaction begins, and again before it
// commits, which fails on a violation that was not there before.

// fkViolation is a row of foreign_key_check, named by what survives a
// rebuild (which renumbers rowids and may reorder the keys): the table,
// the parent, the key's columns and the row's values in them.
type fkViolation struct {
	table, parent string
	columns       string // the key's columns, comma-separated
	values        string // the row's values in them, quoted; "" when unread
	rowid         int64  // for messages; -1 for a WITHOUT ROWID table
}

func (v fkViolation) key() string {
	return v.table + "\x00" + v.parent + "\x00" + v.columns + "\x00" + v.values
}

func (v fkViolation) String() string {
	row := "a row"
	if v.rowid >= 0 {
		row = fmt.Sprintf("row %d", v.rowid)
	}
	s := fmt.Sprintf("%s of %s refers to a missing row of %s", row, v.table, v.parent)
	if v.values != "" {
		s += fmt.Sprintf(" (%s = %s)", v.columns, v.values)
	}
	return s
}

// maxViolationValues is how many violations have their rows read; past
// it, violations are told apart by table, parent and key only.
const maxViolationValues = 10000

// fkViolations returns what foreign_key_check reports for the whole
// database, by key.
func fkViolations(ctx context.Context, q dialect.Querier) (map[string]fkViolation, error) {
	rows, err := q.QueryContext(ctx, `SELECT "table", rowid, parent, fkid FROM pragma_foreign_key_check`)
	if err != nil {
		return nil, fmt.Errorf("foreign_key_check: %w", err)
	}
	type raw struct {
		v  fkViolation
		fk int
	}
	var found []raw
	for rows.Next() {
		var r raw
		var rowid *int64
		if err := rows.Scan(&r.v.table, &rowid, &r.v.parent, &r.fk); err != nil {
			rows.Close()
			return nil, fmt.Errorf("foreign_key_check: %w", err)
		}
		r.v.rowid = -1
		if rowid != nil {
			r.v.rowid = *rowid
		}
		found = append(found, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("foreign_key_check: %w", err)
	}
	keys := map[string]map[int][]string{} // table → key id → columns
	out := map[string]fkViolation{}
	for i, r := range found {
		v := r.v
		if keys[v.table] == nil {
			if keys[v.table], err = foreignKeyColumns(ctx, q, v.table); err != nil {
				return nil, err
			}
		}
		cols := keys[v.table][r.fk]
		v.columns = strings.Join(cols, ", ")
		if i < maxViolationValues && v.rowid >= 0 && len(cols) > 0 {
			if v.values, err = rowValues(ctx, q, v.table, cols, v.rowid); err != nil {
				return nil, err
			}
		}
		out[v.key()] = v
	}
	return out, nil
}

// foreignKeyColumns returns a table's foreign keys' columns, by key id.
func foreignKeyColumns(ctx context.Context, q dialect.Querier, table string) (map[int][]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, "from" FROM pragma_foreign_key_list(?) ORDER BY id, seq`, table)
	if err != nil {
		return nil, fmt.Errorf("foreign keys of %s: %w", table, err)
	}
	defer rows.Close()
	out := map[int][]string{}
	for rows.Next() {
		var id int
		var col string
		if err := rows.Scan(&id, &col); err != nil {
			return nil, fmt.Errorf("foreign keys of %s: %w", table, err)
		}
		out[id] = append(out[id], col)
	}
	return out, rows.Err()
}

// rowValues returns a row's values in columns, as SQL literals.
func rowValues(ctx context.Context, q dialect.Querier, table string, cols []string, rowid int64) (string, error) {
	d := sqlite.Dialect{}
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = "quote(" + d.QuoteIdent(c) + ")"
	}
	rows, err := q.QueryContext(ctx, fmt.Sprintf("SELECT %s FROM %s WHERE rowid = ?", strings.Join(quoted, " || ', ' || "), d.QuoteIdent(table)), rowid)
	if err != nil {
		return "", fmt.Errorf("read row %d of %s: %w", rowid, table, err)
	}
	defer rows.Close()
	var s string
	if rows.Next() {
		if err := rows.Scan(&s); err != nil {
			return "", fmt.Errorf("read row %d of %s: %w", rowid, table, err)
		}
	}
	return s, rows.Err()
}

// checkForeignKeys fails when foreign_key_check reports a violation that
// before does not hold, and returns what it reports.
func checkForeignKeys(ctx context.Context, q dialect.Querier, before map[string]fkViolation) (map[string]fkViolation, error) {
	now, err := fkViolations(ctx, q)
	if err != nil {
		return nil, err
	}
	var added []fkViolation
	for k, v := range now {
		if _, ok := before[k]; !ok {
			added = append(added, v)
		}
	}
	if len(added) == 0 {
		return now, nil
	}
	first := added[0]
	for _, v := range added[1:] { // the first by table and row, for a stable message
		if v.table < first.table || v.table == first.table && v.rowid < first.rowid {
			first = v
		}
	}
	return nil, fmt.Errorf("foreign keys broken by the migration: %d new violation(s); %s", len(added), first)
}
