package cli

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/autogen-go/autogen/diff"
	"github.com/autogen-go/autogen/generate"
	"github.com/autogen-go/autogen/internal/config"
	"github.com/autogen-go/autogen/internal/script"
	"github.com/autogen-go/autogen/model"
	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/render"
)

// renameFlags are --rename-table old=new and --rename-column t.old=new.
type renameFlags struct {
	tables, columns []string
}

func (f *renameFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.tables, "rename-table", nil, "a table renamed: OLD=NEW (repeatable)")
	cmd.Flags().StringArrayVar(&f.columns, "rename-column", nil, "a column renamed: TABLE.OLD=NEW (repeatable)")
}

// writeJSON prints v indented, with <, > and & as they are (the "->" of
// a change's description).
func (a *app) writeJSON(v any) {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func (f *renameFlags) maps() (map[string]string, map[string]map[string]string, error) {
	tables := map[string]string{}
	for _, s := range f.tables {
		old, nu, ok := strings.Cut(s, "=")
		if !ok || old == "" || nu == "" {
			return nil, nil, fmt.Errorf("--rename-table %q: want OLD=NEW", s)
		}
		tables[old] = nu
	}
	cols := map[string]map[string]string{}
	for _, s := range f.columns {
		lhs, nu, ok := strings.Cut(s, "=")
		i := strings.LastIndex(lhs, ".") // table.old or schema.table.old
		if !ok || i <= 0 || i == len(lhs)-1 || nu == "" {
			return nil, nil, fmt.Errorf("--rename-column %q: want TABLE.OLD=NEW", s)
		}
		table, old := lhs[:i], lhs[i+1:]
		if cols[table] == nil {
			cols[table] = map[string]string{}
		}
		cols[table][old] = nu
	}
	return tables, cols, nil
}

// generateOptions builds autogenerate's options from autogen.yaml.
func generateOptions(cfg *config.Config, db *sql.DB, rf *renameFlags) (generate.Options, error) {
	if len(cfg.Models) == 0 {
		return generate.Options{}, fmt.Errorf("%s has no `models`: list the Go packages of your model structs, e.g.\n\nmodels:\n  - ./models", cfg.Path)
	}
	conv, err := naming.FromConfig(cfg.NamingConvention)
	if err != nil {
		return generate.Options{}, err
	}
	o := generate.Options{
		DB: db, Dialect: cfg.Dialect,
		Models: model.Options{Dir: cfg.Dir, Patterns: cfg.Models, SingularTable: cfg.SingularTable,
			IncludeTypes: cfg.IncludeTypes, ExcludeTypes: cfg.ExcludeTypes},
		Schemas: cfg.Schemas, VersionTable: cfg.VersionTable, IncludeTables: cfg.IncludeTables, ExcludeTables: cfg.ExcludeTables,
		Naming: conv, IgnoreTypes: !*cfg.Compare.Type, ServerDefaults: cfg.Compare.ServerDefault,
		Batch: *cfg.RenderAsBatch,
	}
	if rf != nil {
		if o.RenameTables, o.RenameColumns, err = rf.maps(); err != nil {
			return o, err
		}
	}
	return o, nil
}

// atHeads checks that the database is at the head(s) of the revision
// files, which autogenerate compares from.
func (a *app) atHeads(ctx context.Context, cfg *config.Config, dir *script.Dir) error {
	r, db, target, err := a.runner(ctx, cfg, dir)
	if err != nil {
		return err
	}
	defer db.Close()
	cur, err := r.Current(ctx)
	if err != nil {
		return fmt.Errorf("%s: %s", target, target.Scrub(err.Error()))
	}
	if _, err := dir.Graph.Current(cur); err != nil {
		return err // a revision no file declares: not a matter of upgrading
	}
	heads := dir.Graph.RealHeads()
	slices.Sort(heads)
	if !slices.Equal(cur, heads) {
		// A head right above the database is likely a draft made a moment
		// ago, to be made again (with --rename-column, say).
		var drafts []string
		for _, h := range heads {
			if n := dir.Graph.Node(h); n != nil && !slices.Contains(cur, h) && len(n.Revises) == len(cur) && !slices.ContainsFunc(n.Revises, func(p string) bool { return !slices.Contains(cur, p) }) {
				file, _, _ := strings.Cut(n.Source, ":")
				drafts = append(drafts, file)
			}
		}
		return &behindError{current: cur, heads: heads, drafts: drafts}
	}
	return nil
}

// behindError is a database that is not at the revision files' heads.
type behindError struct {
	current, heads []string
	drafts         []string // files of unapplied heads right above the database
}

func (e *behindError) Error() string {
	at := "base"
	if len(e.current) > 0 {
		at = strings.Join(e.current, ", ")
	}
	msg := fmt.Sprintf("the database is at %s, not at the head of the revision files (%s): run `autogen upgrade heads` first, so that the models are compared with the schema the revisions make (or, for a database that already has that schema, `autogen stamp heads`)",
		at, strings.Join(e.heads, ", "))
	if len(e.drafts) > 0 {
		msg += fmt.Sprintf("; or, to make a draft not yet applied again, delete %s and run this command again", strings.Join(e.drafts, " and "))
	}
	return msg
}

// compare runs autogenerate against the configured database.
func (a *app) compare(ctx context.Context, cfg *config.Config, dir *script.Dir, rf *renameFlags, ask bool) (*generate.Result, generate.Options, error) {
	if err := a.atHeads(ctx, cfg, dir); err != nil {
		return nil, generate.Options{}, err
	}
	db, target, err := a.open(ctx, cfg)
	if err != nil {
		return nil, generate.Options{}, err
	}
	o, err := generateOptions(cfg, db, rf)
	if err != nil {
		db.Close()
		return nil, o, err
	}
	res, err := generate.Compare(ctx, o)
	if err != nil {
		db.Close()
		return nil, o, errors.New(target.Scrub(err.Error()))
	}
	if os.Getenv("AUTOGEN_TIMING") == "1" {
		t := res.Timing
		fmt.Fprintf(a.stderr, "timing: load models %v, introspect %v, normalise %v (%d tables in scratch), diff %v\n",
			t.Load.Round(time.Millisecond), t.Introspect.Round(time.Millisecond), t.Normalize.Round(time.Millisecond), res.Scratch, t.Diff.Round(time.Millisecond))
	}
	if ask && interactive(a.stdin) {
		if changed := a.askRenames(res.Changes, &o); changed {
			o.Target = res.Target
			if res, err = generate.Compare(ctx, o); err != nil {
				db.Close()
				return nil, o, errors.New(target.Scrub(err.Error()))
			}
		}
	}
	return res, o, nil
}

// interactive reports whether the user can answer questions: stdin is a
// terminal (or AUTOGEN_INTERACTIVE=1, for scripts that answer).
func interactive(in io.Reader) bool {
	if os.Getenv("AUTOGEN_INTERACTIVE") == "1" {
		return true
	}
	f, ok := in.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// askRenames asks, for each drop and add pair of the same shape, whether
// it is a rename, and records the answers in o.
func (a *app) askRenames(changes []diff.Change, o *generate.Options) bool {
	in := bufio.NewReader(a.stdin)
	ask := func(q string) bool {
		fmt.Fprintf(a.stdout, "%s [y/N] ", q)
		line, _ := in.ReadString('\n')
		return strings.EqualFold(strings.TrimSpace(line), "y") || strings.EqualFold(strings.TrimSpace(line), "yes")
	}
	changed := false
	usedCols := map[string]bool{}
	usedTables := map[string]bool{}
	for _, c := range changes {
		switch add := c.(type) {
		case diff.AddColumn:
			drop, ok := render.LikelyRename(add, changes)
			if !ok || usedCols[drop.Table+"."+drop.C.Name] {
				continue
			}
			key := drop.Table + "." + drop.C.Name
			if ask(fmt.Sprintf("Did you rename column %s.%s to %s?", add.Table, drop.C.Name, add.C.Name)) {
				if o.RenameColumns == nil {
					o.RenameColumns = map[string]map[string]string{}
				}
				if o.RenameColumns[add.Table] == nil {
					o.RenameColumns[add.Table] = map[string]string{}
				}
				o.RenameColumns[add.Table][drop.C.Name] = add.C.Name
				usedCols[key] = true
				changed = true
			}
		case diff.AddTable:
			for _, d := range changes {
				drop, ok := d.(diff.DropTable)
				if !ok || usedTables[drop.T.Name] || !render.SameColumns(drop.T, add.T) {
					continue
				}
				if ask(fmt.Sprintf("Did you rename table %s to %s?", drop.T.Name, add.T.Name)) {
					if o.RenameTables == nil {
						o.RenameTables = map[string]string{}
					}
					o.RenameTables[drop.T.Name] = add.T.Name
					usedTables[drop.T.Name] = true
					changed = true
					break
				}
			}
		}
	}
	return changed
}

// autogenerate writes a draft revision for the changes, or says there
// are none. Errors exit with status 2, as check's do.
func (a *app) autogenerate(ctx context.Context, f revisionFlags, rf *renameFlags) error {
	fail := func(err error) error { return &exitError{code: 2, msg: err.Error()} }
	cfg, dir, err := a.project()
	if err != nil {
		return fail(err)
	}
	// The new revision must fit the history before anything is compared.
	h, err := dir.Header(script.NewRevision{ID: f.revID, Message: f.message, Heads: f.heads, Splice: f.splice,
		BranchLabels: f.branchLabels, DependsOn: f.dependsOn, Created: time.Now()})
	if err != nil {
		return fail(err)
	}
	res, o, err := a.compare(ctx, cfg, dir, rf, true)
	if err != nil {
		return fail(err)
	}
	defer o.DB.Close()
	if len(res.Changes) == 0 {
		fmt.Fprintln(a.stdout, "No changes detected")
		return nil
	}
	up, down, err := generate.Render(res, o)
	if err != nil {
		return fail(err)
	}
	path, err := dir.Write(h, up, down)
	if err != nil {
		return fail(err)
	}
	fmt.Fprintln(a.stdout, display(path))
	for _, c := range res.Changes {
		fmt.Fprintln(a.stdout, "  "+c.String())
	}
	return nil
}

func (a *app) checkCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Check that the database, the revisions and the models agree",
		Long: `check compares the models with the database, as revision --autogenerate
does, and writes nothing. It exits with status 0 when they agree, 1 when
there are changes (listed) or revisions the database does not have yet,
and 2 on an error. --json prints the result for tools.

In CI, run it against a database upgraded to head, or from a go:generate
line next to the models:

	//go:generate autogen check`,
		Example: `  autogen check
  autogen check --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			fail := func(err error) error {
				if asJSON {
					a.writeJSON(map[string]any{"in_sync": false, "error": err.Error()})
				}
				return &exitError{code: 2, msg: err.Error()}
			}
			cfg, dir, err := a.project()
			if err != nil {
				return fail(err)
			}
			res, o, err := a.compare(ctx, cfg, dir, nil, false)
			var behind *behindError
			if errors.As(err, &behind) {
				if asJSON {
					a.writeJSON(map[string]any{"in_sync": false, "current": behind.current, "heads": behind.heads, "error": behind.Error()})
				} else {
					fmt.Fprintln(a.stdout, behind.Error())
				}
				return &exitError{code: 1}
			}
			if err != nil {
				return fail(err)
			}
			defer o.DB.Close()
			if asJSON {
				type item struct {
					Kind        string `json:"kind"`
					Table       string `json:"table,omitempty"`
					Description string `json:"description"`
				}
				items := []item{}
				for _, c := range res.Changes {
					items = append(items, item{Kind: kindOf(c), Table: diff.TableOf(c), Description: c.String()})
				}
				a.writeJSON(map[string]any{"in_sync": len(items) == 0, "changes": items})
			} else if len(res.Changes) == 0 {
				fmt.Fprintln(a.stdout, "No changes detected: the database matches the models")
			} else {
				fmt.Fprintf(a.stdout, "%d change(s) between the database and the models:\n", len(res.Changes))
				for _, c := range res.Changes {
					fmt.Fprintln(a.stdout, "  "+c.String())
				}
			}
			if len(res.Changes) > 0 {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON")
	return cmd
}

// kindOf names a change's type in snake case: add_table, modify_column…
func kindOf(c diff.Change) string {
	name := fmt.Sprintf("%T", c)
	name = name[strings.LastIndex(name, ".")+1:]
	var b strings.Builder
	for i, r := range name {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
