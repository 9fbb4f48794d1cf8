package migrate

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"strings"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/schema"
)

// online runs operations on the database, inside the runner's
// transaction.
type online struct {
	c      *sql.Conn
	begin  string // the dialect's BEGIN
	flush  func(context.Context) error
	inAuto bool
	// fkCheck says foreign keys are checked before the commit (SQLite,
	// when the connection enforced them); fkBefore is what
	// foreign_key_check reported when the transaction began.
	fkCheck  bool
	fkBefore []fkViolation
}

func (x *online) exec(ctx context.Context, stmt string, args []any) error {
	_, err := x.c.ExecContext(ctx, stmt, args...)
	return err
}

func (x *online) query(ctx context.Context, stmt string, args []any) (*sql.Rows, error) {
	return x.c.QueryContext(ctx, stmt, args...)
}

func (x *online) querier(context.Context) (dialect.Querier, error) { return x.c, nil }

func (x *online) inAutocommit() bool { return x.inAuto }

func (x *online) noteRebuild() {}

// autocommit records the version reached so far, commits, runs fn
// outside any transaction, and opens a new transaction.
func (x *online) autocommit(ctx context.Context, fn func() error) error {
	if x.inAuto {
		return fn()
	}
	if x.flush != nil {
		if err := x.flush(ctx); err != nil {
			return err
		}
	}
	if x.fkCheck {
		now, err := checkForeignKeys(ctx, x.c, x.fkBefore)
		if err != nil {
			return err
		}
		x.fkBefore = now
	}
	if _, err := x.c.ExecContext(ctx, "COMMIT"); err != nil {
		return fmt.Errorf("commit before the autocommit block: %w", err)
	}
	x.inAuto = true
	err := fn()
	x.inAuto = false
	if _, berr := x.c.ExecContext(ctx, x.begin); berr != nil && err == nil {
		err = fmt.Errorf("begin after the autocommit block: %w", berr)
	}
	return err
}

// offline writes operations as a script. On SQLite it also runs them on
// a shadow in-memory database that holds the schema the script has built
// so far, where batch mode reads table definitions.
type offline struct {
	w       io.Writer
	d       dialect.Dialect
	shadow  *sql.Conn // SQLite only
	quiet   bool      // replaying the history up to the range's start: run, do not print
	inAuto  bool
	begin   string
	rebuilt bool // a table was rebuilt: the script needs foreign keys off
	// pending are the statements the shadow copy has yet to run; missed,
	// those it refused, in order.
	pending, missed []string
}

func (x *offline) exec(ctx context.Context, stmt string, args []any) error {
	text, err := bindLiterals(stmt, args, x.d)
	if err != nil {
		return err
	}
	if x.shadow != nil {
		// The shadow copy runs the statements when a batch first reads a
		// table definition from it: a script that rebuilds no table
		// costs no replay.
		x.pending = append(x.pending, text)
	}
	if !x.quiet {
		return writeStmt(x.w, text)
	}
	return nil
}

func (x *offline) query(context.Context, string, []any) (*sql.Rows, error) {
	return nil, fmt.Errorf("reading rows %w", ErrOffline)
}

func (x *offline) querier(ctx context.Context) (dialect.Querier, error) {
	if x.shadow == nil {
		return nil, fmt.Errorf("reading the table's definition %w: give it with m.CopyFrom(…)", ErrOffline)
	}
	if err := x.sync(ctx); err != nil {
		return nil, err
	}
	return x.shadow, nil
}

// outsideRevisions reports an error of the shadow copy about an object it
// does not have: a table, index, view or trigger made outside the
// revisions.
func outsideRevisions(err error) bool {
	for _, what := range []string{"no such table", "no such index", "no such view", "no such trigger"} {
		if strings.Contains(err.Error(), what) {
			return true
		}
	}
	return false
}

// sync runs the pending statements on the shadow copy. It holds only what
// the revisions built: a statement on an object made outside them fails
// there, is still printed, and is tried again once m.CopyFrom gives
// the table. Any other failure is an error: the copy would no longer say
// what the tables are, and a rebuild from it would lose columns.
func (x *offline) sync(ctx context.Context) error {
	defer func() { x.pending = x.pending[:0] }()
	for _, text := range x.pending {
		_, err := x.shadow.ExecContext(ctx, text)
		switch {
		case err == nil:
		case outsideRevisions(err):
			x.missed = append(x.missed, text)
		default:
			return fmt.Errorf("replaying the script on an in-memory copy, which batch mode reads table definitions from: %w\n    in: %s", err, text)
		}
	}
	return nil
}

// adopt creates, in the shadow copy, a table the revisions did not build,
// from the definition m.CopyFrom gave, so that what the script does to it
// next replays there too.
func (x *offline) adopt(ctx context.Context, t *schema.Table) error {
	if x.shadow == nil {
		return nil
	}
	if err := x.sync(ctx); err != nil {
		return err
	}
	var n int
	if err := x.shadow.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE", t.Name).Scan(&n); err != nil || n > 0 {
		return err
	}
	stmts, err := x.d.CreateTable(t)
	if err != nil {
		return err
	}
	for _, s := range stmts {
		if _, err := x.shadow.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("m.CopyFrom's definition of %s: %w\n    in: %s", t.Name, err, s)
		}
	}
	// What the script did to the table before (an index it created)
	// replays now; what the definition already says fails again.
	missed := x.missed[:0]
	for _, s := range x.missed {
		if _, err := x.shadow.ExecContext(ctx, s); err != nil {
			missed = append(missed, s)
		}
	}
	x.missed = missed
	return nil
}

func (x *offline) inAutocommit() bool { return x.inAuto }

func (x *offline) noteRebuild() { x.rebuilt = true }

func (x *offline) autocommit(ctx context.Context, fn func() error) error {
	if x.inAuto {
		return fn()
	}
	if !x.quiet {
		if err := writeStmt(x.w, "COMMIT"); err != nil {
			return err
		}
	}
	x.inAuto = true
	err := fn()
	x.inAuto = false
	if !x.quiet {
		if werr := writeStmt(x.w, x.begin); werr != nil && err == nil {
			err = werr
		}
	}
	return err
}

// writeStmt writes a statement of a script, terminated, with a blank line.
func writeStmt(w io.Writer, stmt string) error {
	stmt = strings.TrimRight(strings.TrimSpace(stmt), ";")
	_, err := fmt.Fprintf(w, "%s;\n\n", stmt)
	return err
}

// bindLiterals renders args into stmt's placeholders as literals: $1, $2…
// and ? (also ?NNN). Quoted strings, quoted identifiers, comments and
// PostgreSQL dollar-quoted strings are left alone.
func bindLiterals(stmt string, args []any, d dialect.Dialect) (string, error) {
	if len(args) == 0 {
		return stmt, nil
	}
	var b strings.Builder
	next := 0 // for plain ?
	used := make([]bool, len(args))
	lit := func(i int) (string, error) {
		if i < 0 || i >= len(args) {
			return "", fmt.Errorf("statement refers to parameter %d, and has %d argument(s)", i+1, len(args))
		}
		used[i] = true
		s, err := d.Literal(args[i])
		if err != nil {
			return "", fmt.Errorf("parameter %d: %w", i+1, err)
		}
		return s, nil
	}
	for i := 0; i < len(stmt); {
		c := stmt[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(stmt) {
				if stmt[j] == c {
					if j+1 < len(stmt) && stmt[j+1] == c {
						j += 2
						continue
					}
					break
				}
				j++
			}
			end := min(j+1, len(stmt))
			b.WriteString(stmt[i:end])
			i = end
		case c == '-' && i+1 < len(stmt) && stmt[i+1] == '-':
			j := strings.IndexByte(stmt[i:], '\n')
			if j < 0 {
				j = len(stmt) - i
			}
			b.WriteString(stmt[i : i+j])
			i += j
		case c == '/' && i+1 < len(stmt) && stmt[i+1] == '*':
			j := strings.Index(stmt[i+2:], "*/")
			end := len(stmt)
			if j >= 0 {
				end = i + 2 + j + 2
			}
			b.WriteString(stmt[i:end])
			i = end
		case c == '$' && i+1 < len(stmt) && stmt[i+1] >= '0' && stmt[i+1] <= '9':
			j := i + 1
			n := 0
			for j < len(stmt) && stmt[j] >= '0' && stmt[j] <= '9' {
				n = n*10 + int(stmt[j]-'0')
				j++
			}
			s, err := lit(n - 1)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i = j
		case c == '$':
			// A dollar-quoted string: $tag$ … $tag$.
			j := i + 1
			for j < len(stmt) && (stmt[j] == '_' || stmt[j] >= 'a' && stmt[j] <= 'z' || stmt[j] >= 'A' && stmt[j] <= 'Z' || stmt[j] >= '0' && stmt[j] <= '9') {
				j++
			}
			if j < len(stmt) && stmt[j] == '$' {
				tag := stmt[i : j+1]
				k := strings.Index(stmt[j+1:], tag)
				end := len(stmt)
				if k >= 0 {
					end = j + 1 + k + len(tag)
				}
				b.WriteString(stmt[i:end])
				i = end
				continue
			}
			b.WriteByte(c)
			i++
		case c == '?':
			j := i + 1
			n := 0
			for j < len(stmt) && stmt[j] >= '0' && stmt[j] <= '9' {
				n = n*10 + int(stmt[j]-'0')
				j++
			}
			idx := next
			if j > i+1 {
				idx = n - 1
			} else {
				next++
			}
			s, err := lit(idx)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	for i, u := range used {
		if !u {
			return "", fmt.Errorf("argument %d is not used by the statement", i+1)
		}
	}
	return b.String(), nil
}
