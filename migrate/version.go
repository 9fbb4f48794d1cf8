package migrate

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/internal/graph"
)

// versionTable is the table that holds one row per applied head.
type versionTable struct {
	name string
	d    dialect.Dialect
}

func (v versionTable) quoted() string { return v.d.QuoteIdent(v.name) }

// createSQL creates the table, named as DESIGN fixes it: version_num
// VARCHAR(32), primary key <table>_pkc.
func (v versionTable) createSQL(ifNotExists bool) string {
	ine := ""
	if ifNotExists {
		ine = "IF NOT EXISTS "
	}
	return fmt.Sprintf("CREATE TABLE %s%s (\n    version_num VARCHAR(32) NOT NULL,\n    CONSTRAINT %s PRIMARY KEY (version_num)\n)",
		ine, v.quoted(), v.d.QuoteIdent(v.name+"_pkc"))
}

// existsSQL asks whether the table exists where unqualified names resolve.
func (v versionTable) existsSQL() string {
	if v.d.Name() == "postgres" {
		return "SELECT to_regclass(" + dialect.QuoteString(v.quoted()) + ") IS NOT NULL"
	}
	return "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = " + dialect.QuoteString(v.name)
}

// changeSQL is the statement for one row change. Revision ids are checked
// to be plain words, and are still quoted as literals.
func (v versionTable) changeSQL(c graph.Change) string {
	switch c.Kind {
	case graph.Insert:
		return fmt.Sprintf("INSERT INTO %s (version_num) VALUES (%s)", v.quoted(), dialect.QuoteString(c.To))
	case graph.Delete:
		return fmt.Sprintf("DELETE FROM %s WHERE version_num = %s", v.quoted(), dialect.QuoteString(c.From))
	default:
		return fmt.Sprintf("UPDATE %s SET version_num = %s WHERE version_num = %s", v.quoted(), dialect.QuoteString(c.To), dialect.QuoteString(c.From))
	}
}

// exists reports whether the table exists.
func (v versionTable) exists(ctx context.Context, x execer) (bool, error) {
	var ok bool
	rows, err := x.QueryContext(ctx, v.existsSQL())
	if err != nil {
		return false, fmt.Errorf("look for version table %s: %w", v.name, err)
	}
	defer rows.Close()
	if rows.Next() {
		if err := rows.Scan(&ok); err != nil {
			return false, fmt.Errorf("look for version table %s: %w", v.name, err)
		}
	}
	return ok, rows.Err()
}

// heads reads the table's rows, sorted; a missing table holds none.
func (v versionTable) heads(ctx context.Context, x execer) ([]string, error) {
	ok, err := v.exists(ctx, x)
	if err != nil || !ok {
		return nil, err
	}
	rows, err := x.QueryContext(ctx, "SELECT version_num FROM "+v.quoted())
	if err != nil {
		return nil, fmt.Errorf("read version table %s: %w", v.name, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read version table %s: %w", v.name, err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read version table %s: %w", v.name, err)
	}
	sort.Strings(out)
	return out, nil
}

// ensure creates the table if it is missing.
func (v versionTable) ensure(ctx context.Context, x execer) error {
	if _, err := x.ExecContext(ctx, v.createSQL(true)); err != nil {
		return fmt.Errorf("create version table %s: %w", v.name, err)
	}
	return nil
}

// sync moves the table from the rows from to the rows to, in as few
// statements as it takes: an UPDATE per row that moves, then DELETEs and
// INSERTs for branches that end or start.
func (v versionTable) sync(ctx context.Context, x execer, from, to []string) error {
	var gone, added []string
	for _, id := range from {
		if !slices.Contains(to, id) {
			gone = append(gone, id)
		}
	}
	for _, id := range to {
		if !slices.Contains(from, id) {
			added = append(added, id)
		}
	}
	var changes []graph.Change
	for len(gone) > 0 && len(added) > 0 {
		changes = append(changes, graph.Change{Kind: graph.Update, From: gone[0], To: added[0]})
		gone, added = gone[1:], added[1:]
	}
	for _, id := range gone {
		changes = append(changes, graph.Change{Kind: graph.Delete, From: id})
	}
	for _, id := range added {
		changes = append(changes, graph.Change{Kind: graph.Insert, To: id})
	}
	return v.apply(ctx, x, changes)
}

// apply writes row changes, checking that updates and deletes each touch
// exactly one row.
func (v versionTable) apply(ctx context.Context, x execer, changes []graph.Change) error {
	for _, c := range changes {
		res, err := x.ExecContext(ctx, v.changeSQL(c))
		if err != nil {
			return fmt.Errorf("version table %s: %s: %w", v.name, c, err)
		}
		if c.Kind == graph.Insert {
			continue
		}
		if n, err := res.RowsAffected(); err == nil && n != 1 {
			return fmt.Errorf("version table %s: %s touched %d rows, expected 1: did another process change the table meanwhile? (use the lock option when several processes migrate at once)", v.name, c, n)
		}
	}
	return nil
}
