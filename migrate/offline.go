package migrate

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/autogen-go/autogen/internal/graph"
)

// UpgradeSQL writes, without connecting to any database, the SQL script of
// an upgrade from start to end ("[start:]end", start defaulting to base):
// BEGIN, the version table's CREATE when starting from base, each
// revision's statements under a "-- Running upgrade a -> b" comment, the
// version table's INSERT/UPDATE/DELETE, COMMIT. Operations that read rows
// fail: a script cannot.
//
// On SQLite, where batch operations need each table's current definition,
// the history up to start and the script itself are replayed on an
// in-memory database; the program must import the SQLite driver (the
// migration program for a SQLite project does).
func (r *Runner) UpgradeSQL(ctx context.Context, w io.Writer, rng string) error {
	start, end, ok := strings.Cut(rng, ":")
	if !ok {
		start, end = "base", rng
	}
	if start == "" {
		start = "base"
	}
	return r.script(ctx, w, start, end, true)
}

// DowngradeSQL writes the SQL script of a downgrade from start to end,
// given as "start:end" (a script cannot ask the database where it is).
func (r *Runner) DowngradeSQL(ctx context.Context, w io.Writer, rng string) error {
	start, end, ok := strings.Cut(rng, ":")
	if !ok || start == "" || end == "" {
		return fmt.Errorf("downgrade --sql needs a range START:END, e.g. %s:-1 or head:base, not %q", "head", rng)
	}
	return r.script(ctx, w, start, end, false)
}

func (r *Runner) script(ctx context.Context, w io.Writer, start, end string, up bool) error {
	from, err := r.g.ResolveAll([]string{start})
	if err != nil {
		return fmt.Errorf("range start %s: %w", start, err)
	}
	heads := make([]string, len(from))
	for i, n := range from {
		heads[i] = n.ID
	}
	var steps []graph.Step
	if up {
		steps, err = r.g.UpgradeSteps(heads, end)
	} else {
		steps, err = r.g.DowngradeSteps(heads, end)
	}
	if err != nil {
		return err
	}

	var buf bytes.Buffer
	x := &offline{w: &buf, d: r.d, begin: "BEGIN"}
	if r.dname == SQLite {
		closeShadow, err := r.shadow(ctx, x, heads)
		if err != nil {
			return err
		}
		defer closeShadow()
	}
	if err := writeStmt(&buf, "BEGIN"); err != nil {
		return err
	}
	if up && len(heads) == 0 {
		if err := writeStmt(&buf, r.vt.createSQL(false)); err != nil {
			return err
		}
	}
	h := r.g.NewHeads(heads)
	for i, s := range steps {
		if i > 0 && r.opts.perMigration {
			if err := writeStmt(&buf, "COMMIT"); err != nil {
				return err
			}
			if err := writeStmt(&buf, "BEGIN"); err != nil {
				return err
			}
		}
		fmt.Fprintf(&buf, "-- Running %s\n\n", s)
		rev := r.revs[s.Node.ID]
		fn := rev.Downgrade
		if s.Up {
			fn = rev.Upgrade
		}
		if err := callRevision(fn, r.newOp(ctx, x)); err != nil {
			return &MigrationError{Step: s.String(), Revision: s.Node.ID, Err: err}
		}
		changes, err := h.Apply(s)
		if err != nil {
			return &MigrationError{Step: s.String(), Revision: s.Node.ID, Err: err}
		}
		for _, c := range changes {
			if err := writeStmt(&buf, r.vt.changeSQL(c)); err != nil {
				return err
			}
		}
	}
	fmt.Fprint(&buf, "COMMIT;\n")
	out := buf.Bytes()
	if x.rebuilt {
		// A table rebuild needs foreign keys off, which SQLite only
		// changes outside a transaction.
		out = slices.Concat([]byte("PRAGMA foreign_keys = OFF;\n\n"), out, []byte("\nPRAGMA foreign_keys = ON;\n"))
	}
	_, err = w.Write(out)
	return err
}

// shadow opens the in-memory SQLite database an offline SQLite script is
// replayed on, and brings it to heads by running the history quietly.
func (r *Runner) shadow(ctx context.Context, x *offline, heads []string) (func(), error) {
	if !slices.Contains(sql.Drivers(), "sqlite") {
		return nil, fmt.Errorf("offline SQL for SQLite replays the history on an in-memory database and needs the SQLite driver: import _ \"modernc.org/sqlite\"")
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, err
	}
	c, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, err
	}
	closeAll := func() { c.Close(); db.Close() }
	x.shadow, x.quiet = c, true
	defer func() { x.quiet = false }()
	var at []string
	for _, target := range heads {
		steps, err := r.g.UpgradeSteps(at, target)
		if err != nil {
			closeAll()
			return nil, err
		}
		h := r.g.NewHeads(at)
		for _, s := range steps {
			if err := callRevision(r.revs[s.Node.ID].Upgrade, r.newOp(ctx, x)); err != nil {
				closeAll()
				return nil, &MigrationError{Step: s.String(), Revision: s.Node.ID,
					Err: fmt.Errorf("replaying the history up to the range's start: %w", err)}
			}
			if _, err := h.Apply(s); err != nil {
				closeAll()
				return nil, err
			}
		}
		at = h.IDs()
	}
	x.rebuilt = false
	return closeAll, nil
}
