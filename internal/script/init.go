package script

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"text/template"

	"golang.org/x/mod/modfile"

	"github.com/autogen-go/autogen/internal/config"
)

// InitOptions says where and for which database to write a migration
// environment.
type InitOptions struct {
	Dir     string // the project folder: autogen.yaml goes here
	Dialect string // config.Postgres or config.SQLite
}

// Init writes autogen.yaml, migrations/main.go and
// migrations/versions/versions.go into a Go module's folder. It refuses to
// overwrite any of them, and writes none when one exists. It returns the
// files written.
func Init(o InitOptions) ([]string, error) {
	switch o.Dialect {
	case config.Postgres, config.SQLite:
	default:
		return nil, fmt.Errorf("unknown dialect %q: use sqlite or postgres", o.Dialect)
	}
	dir, err := filepath.Abs(o.Dir)
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", o.Dir)
	}
	modRoot, modPath, err := findModule(dir)
	if err != nil {
		return nil, err
	}
	versionsDir := filepath.Join(dir, config.DefaultMigrations, "versions")
	rel, err := filepath.Rel(modRoot, versionsDir)
	if err != nil {
		return nil, err
	}
	data := struct {
		Dialect, VersionsImport, DriverImport, DriverName string
	}{
		Dialect:        o.Dialect,
		VersionsImport: modPath + "/" + filepath.ToSlash(rel),
	}
	if o.Dialect == config.Postgres {
		data.DriverImport, data.DriverName = "github.com/jackc/pgx/v5/stdlib", "PostgreSQL (pgx)"
	} else {
		data.DriverImport, data.DriverName = "modernc.org/sqlite", "SQLite"
	}
	files := []struct {
		path  string
		tmpl  *template.Template
		gofmt bool
	}{
		{filepath.Join(dir, config.FileName), configTmpl, false},
		{filepath.Join(dir, config.DefaultMigrations, "main.go"), mainTmpl, true},
		{filepath.Join(versionsDir, "versions.go"), versionsTmpl, true},
	}
	for _, f := range files {
		if _, err := os.Stat(f.path); err == nil {
			return nil, fmt.Errorf("%s already exists: not overwriting it (remove it to start over)", f.path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	var written []string
	for _, f := range files {
		var buf bytes.Buffer
		if err := f.tmpl.Execute(&buf, data); err != nil {
			return written, err
		}
		out := buf.Bytes()
		if f.gofmt {
			if out, err = format.Source(out); err != nil {
				return written, fmt.Errorf("format %s: %w", f.path, err)
			}
		}
		if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
			return written, err
		}
		if err := WriteNew(f.path, out); err != nil {
			return written, err
		}
		written = append(written, f.path)
	}
	return written, nil
}

// findModule returns the root folder and path of the Go module dir is in.
func findModule(dir string) (root, path string, err error) {
	for d := dir; ; {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			p := modfile.ModulePath(data)
			if p == "" {
				return "", "", fmt.Errorf("%s has no module line", filepath.Join(d, "go.mod"))
			}
			return d, p, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", "", fmt.Errorf("%s is not inside a Go module: run `go mod init <module path>` first", dir)
		}
		d = parent
	}
}

var configTmpl = template.Must(template.New("autogen.yaml").Parse(`# autogen's configuration. Every key but dialect is optional.
dialect: {{.Dialect}}

# The database. ${VAR} is read from the environment; the --db flag and
# $AUTOGEN_URL override this line.
{{- if eq .Dialect "sqlite"}}
# SQLite paths are relative to this file: sqlite://app.db, sqlite:///abs/app.db.
url: sqlite://app.db
{{- else}}
# postgres://user:password@host:5432/dbname?sslmode=disable
url: ${DATABASE_URL}
{{- end}}

# The migration program and its revisions (migrations/versions).
migrations: migrations

# The table that records which revisions the database is at.
version_table: autogen_version

# Commit each revision on its own instead of the whole run at once.
transaction_per_migration: false

# The Go packages of your model structs, for revision --autogenerate and
# check (db tags, or GORM models as they are):
# models:
#   - ./models
`))

var mainTmpl = template.Must(template.New("main.go").Parse(`// Command migrations applies this project's revisions to its database.
// ` + "`autogen upgrade`" + ` and ` + "`autogen downgrade`" + ` build and run it; it also
// builds into a binary to ship with the application:
//
//	go build -o migrate ./migrations
//	./migrate upgrade head
//
// It reads autogen.yaml (or --config FILE), takes the database URL from
// there, from --db or from $AUTOGEN_URL, and holds a lock while it works so
// that two deploys never migrate the database at once. Edit it freely:
// migrate.Main takes options (migrate.WithVersionTable, …), and the
// migrate package's Runner does the same work inside an application.
package main

import (
	"os"

	"github.com/autogen-go/autogen/migrate"
	_ "{{.DriverImport}}" // the {{.DriverName}} driver

	"{{.VersionsImport}}"
)

func main() {
	os.Exit(migrate.Main(versions.Revisions))
}
`))

var versionsTmpl = template.Must(template.New("versions.go").Parse(`// Package versions holds this project's revisions, one file each, named
// <id>_<message>.go. ` + "`autogen revision -m \"message\"`" + ` adds one.
//
// An application can upgrade its own database at start-up:
//
//	r, err := migrate.New(db, migrate.{{if eq .Dialect "sqlite"}}SQLite{{else}}Postgres{{end}}, versions.Revisions, migrate.WithLock(0))
//	…
//	err = r.Upgrade(ctx, "heads")
package versions

import m "github.com/autogen-go/autogen/migrate"

// Revisions is the registry every revision file adds itself to.
var Revisions = m.NewRegistry()
`))
