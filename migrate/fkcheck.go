package migrate

import (
	"context"
	"database/sql"
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
//
// A violation that was there before is found again by its row (table,
// rowid, key) or, where a rebuild renumbered the rowids or renamed the
// key's columns, by its values (table, parent, the parent's columns, the
// row's values in the key as text); each one accounts for one violation
// only, so a second orphan of the same value is new.

// fkViolation is a row of foreign_key_check.
type fkViolation struct {
	table, parent string
	rowid         int64 // -1 for a WITHOUT ROWID table
	fk            int   // the key's id in the table
	refs          string
	values        string // the row's values in the key, as text; "" when unread
}

func (v fkViolation) rowKey() string {
	return fmt.Sprintf("%s\x00%d\x00%d", v.table, v.rowid, v.fk)
}

func (v fkViolation) valueKey() string {
	return v.table + "\x00" + v.parent + "\x00" + v.refs + "\x00" + v.values
}

func (v fkViolation) String() string {
	row := "a row"
	if v.rowid >= 0 {
		row = fmt.Sprintf("row %d", v.rowid)
	}
	s := fmt.Sprintf("%s of %s refers to a missing row of %s", row, v.table, v.parent)
	if v.values != "" {
		s += " (" + strings.ReplaceAll(v.values, "\x1f", ", ") + ")"
	}
	return s
}

// maxViolationValues is how many violations have their rows read; with
// more, none has, and violations are found again by their rows only.
const maxViolationValues = 10000

// fkViolations returns what foreign_key_check reports for the whole
// database.
func fkViolations(ctx context.Context, q dialect.Querier) ([]fkViolation, error) {
	rows, err := q.QueryContext(ctx, `SELECT "table", rowid, parent, fkid FROM pragma_foreign_key_check`)
	if err != nil {
		return nil, fmt.Errorf("foreign_key_check: %w", err)
	}
	var out []fkViolation
	for rows.Next() {
		var v fkViolation
		var rowid sql.NullInt64
		if err := rows.Scan(&v.table, &rowid, &v.parent, &v.fk); err != nil {
			rows.Close()
			return nil, fmt.Errorf("foreign_key_check: %w", err)
		}
		v.rowid = -1
		if rowid.Valid {
			v.rowid = rowid.Int64
		}
		out = append(out, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("foreign_key_check: %w", err)
	}
	if len(out) > maxViolationValues {
		return out, nil
	}
	keys := map[string]map[int]fkColumns{}
	for i := range out {
		v := &out[i]
		if keys[v.table] == nil {
			if keys[v.table], err = foreignKeyColumns(ctx, q, v.table); err != nil {
				return nil, err
			}
		}
		k := keys[v.table][v.fk]
		v.refs = strings.Join(k.to, ",")
		if v.rowid >= 0 && len(k.from) > 0 {
			if v.values, err = rowValues(ctx, q, v.table, k.from, v.rowid); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// fkColumns are a foreign key's columns and the parent's it refers to
// ("" where it refers to the parent's primary key).
type fkColumns struct{ from, to []string }

// foreignKeyColumns returns a table's foreign keys, by id.
func foreignKeyColumns(ctx context.Context, q dialect.Querier, table string) (map[int]fkColumns, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, "from", coalesce("to", '') FROM pragma_foreign_key_list(?) ORDER BY id, seq`, table)
	if err != nil {
		return nil, fmt.Errorf("foreign keys of %s: %w", table, err)
	}
	defer rows.Close()
	out := map[int]fkColumns{}
	for rows.Next() {
		var id int
		var from, to string
		if err := rows.Scan(&id, &from, &to); err != nil {
			return nil, fmt.Errorf("foreign keys of %s: %w", table, err)
		}
		k := out[id]
		k.from, k.to = append(k.from, from), append(k.to, to)
		out[id] = k
	}
	return out, rows.Err()
}

// rowValues returns a row's values in columns, as text (so that a value
// reads the same whatever its column's type), separated by U+001F.
func rowValues(ctx context.Context, q dialect.Querier, table string, cols []string, rowid int64) (string, error) {
	d := sqlite.Dialect{}
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = "CAST(" + d.QuoteIdent(c) + " AS TEXT)"
	}
	stmt := fmt.Sprintf("SELECT %s FROM %s WHERE _rowid_ = ?", strings.Join(parts, " || char(31) || "), d.QuoteIdent(table))
	rows, err := q.QueryContext(ctx, stmt, rowid)
	if err != nil {
		return "", fmt.Errorf("read row %d of %s: %w", rowid, table, err)
	}
	defer rows.Close()
	var s sql.NullString
	if rows.Next() {
		if err := rows.Scan(&s); err != nil {
			return "", fmt.Errorf("read row %d of %s: %w", rowid, table, err)
		}
	}
	return s.String, rows.Err()
}

// checkForeignKeys fails when foreign_key_check reports a violation that
// is not one of before, and returns what it reports.
func checkForeignKeys(ctx context.Context, q dialect.Querier, before []fkViolation) ([]fkViolation, error) {
	now, err := fkViolations(ctx, q)
	if err != nil {
		return nil, err
	}
	byRow, byValue := map[string][]int{}, map[string][]int{}
	for i, v := range before {
		byRow[v.rowKey()] = append(byRow[v.rowKey()], i)
		if v.values != "" {
			byValue[v.valueKey()] = append(byValue[v.valueKey()], i)
		}
	}
	used := make([]bool, len(before))
	take := func(idx []int) bool {
		for _, i := range idx {
			if !used[i] {
				used[i] = true
				return true
			}
		}
		return false
	}
	var added []fkViolation
	for _, v := range now {
		if take(byRow[v.rowKey()]) || v.values != "" && take(byValue[v.valueKey()]) {
			continue
		}
		added = append(added, v)
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
