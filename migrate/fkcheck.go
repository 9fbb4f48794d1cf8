package migrate

import (
	"context"
	"fmt"

	"github.com/autogen-go/autogen/dialect"
)

// SQLite runs a migration with foreign key enforcement off (it cannot
// change inside a transaction, and its procedure for rebuilding tables
// needs it off), so the runner checks instead: foreign_key_check of the
// whole database when the transaction begins, and again before it
// commits, which fails on a violation that was not there before.

// fkViolation is a row of foreign_key_check.
type fkViolation struct {
	table, parent string
	rowid         int64 // -1 for a WITHOUT ROWID table
	fk            int   // the foreign key's id in the table
}

func (v fkViolation) String() string {
	row := "a row"
	if v.rowid >= 0 {
		row = fmt.Sprintf("row %d", v.rowid)
	}
	return fmt.Sprintf("%s of %s refers to a missing row of %s", row, v.table, v.parent)
}

// fkViolations returns what foreign_key_check reports for the whole
// database.
func fkViolations(ctx context.Context, q dialect.Querier) (map[fkViolation]bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT "table", rowid, parent, fkid FROM pragma_foreign_key_check`)
	if err != nil {
		return nil, fmt.Errorf("foreign_key_check: %w", err)
	}
	defer rows.Close()
	out := map[fkViolation]bool{}
	for rows.Next() {
		var v fkViolation
		var rowid *int64
		if err := rows.Scan(&v.table, &rowid, &v.parent, &v.fk); err != nil {
			return nil, fmt.Errorf("foreign_key_check: %w", err)
		}
		v.rowid = -1
		if rowid != nil {
			v.rowid = *rowid
		}
		out[v] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("foreign_key_check: %w", err)
	}
	return out, nil
}

// checkForeignKeys fails when foreign_key_check reports a violation that
// before does not hold, and returns what it reports.
func checkForeignKeys(ctx context.Context, q dialect.Querier, before map[fkViolation]bool) (map[fkViolation]bool, error) {
	now, err := fkViolations(ctx, q)
	if err != nil {
		return nil, err
	}
	var added []fkViolation
	for v := range now {
		if !before[v] {
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
