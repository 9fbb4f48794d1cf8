// Package config reads autogen.yaml, the project's configuration: where
// the database is, where the migrations and the models are, and how
// autogenerate compares them.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileName is the name of the configuration file.
const FileName = "autogen.yaml"

// Defaults for keys that are absent.
const (
	DefaultMigrations   = "migrations"
	DefaultVersionTable = "autogen_version"
	DefaultSQLiteURL    = "sqlite://app.db"
)

// The dialects autogen speaks.
const (
	Postgres = "postgres"
	SQLite   = "sqlite"
)

// Config is autogen.yaml, with defaults applied.
type Config struct {
	Path string `yaml:"-"` // the file, absolute
	Dir  string `yaml:"-"` // its directory: relative paths start here

	Dialect                 string            `yaml:"dialect"`
	URL                     string            `yaml:"url"`
	Migrations              string            `yaml:"migrations"`
	Models                  []string          `yaml:"models"`
	VersionTable            string            `yaml:"version_table"`
	NamingConvention        map[string]string `yaml:"naming_convention"`
	Compare                 Compare           `yaml:"compare"`
	Schemas                 []string          `yaml:"schemas"`
	IncludeTables           []string          `yaml:"include_tables"`
	ExcludeTables           []string          `yaml:"exclude_tables"`
	IncludeTypes            []string          `yaml:"include_types"`
	ExcludeTypes            []string          `yaml:"exclude_types"`
	SingularTable           bool              `yaml:"singular_table"`
	RenderAsBatch           *bool             `yaml:"render_as_batch"`
	TransactionPerMigration bool              `yaml:"transaction_per_migration"`
}

// Compare says what autogenerate compares besides the schema's shape.
type Compare struct {
	Type          *bool `yaml:"type"`           // column types; default true
	ServerDefault bool  `yaml:"server_default"` // server defaults; default false
}

var known = map[string][]string{
	"": {"dialect", "url", "migrations", "models", "version_table", "naming_convention", "compare", "schemas",
		"include_tables", "exclude_tables", "include_types", "exclude_types", "singular_table",
		"render_as_batch", "transaction_per_migration"},
	"compare": {"type", "server_default"},
}

// Find looks for autogen.yaml in dir and its parents, as git looks for
// .git, so that commands work from any folder of the project (go generate
// runs them in the package's folder).
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; {
		p := filepath.Join(d, FileName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no %s in %s or any parent folder: run `autogen init` first, or pass --config", FileName, abs)
		}
		d = parent
	}
}

// Load reads and checks the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s not found: run `autogen init` first, or pass --config", path)
		}
		return nil, fmt.Errorf("read config: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	c, err := Parse(data, abs)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Parse reads configuration text; path names it in errors and anchors
// relative paths.
func Parse(data []byte, path string) (*Config, error) {
	c := &Config{Path: path, Dir: filepath.Dir(path)}
	name := filepath.Base(path)
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(root.Content) > 0 {
		if err := checkKeys(name, "", root.Content[0]); err != nil {
			return nil, err
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(c); err != nil {
			return nil, fmt.Errorf("%s: %s", name, cleanYAMLError(err))
		}
	}
	if err := c.applyDefaults(name, &root); err != nil {
		return nil, err
	}
	return c, nil
}

func checkKeys(file, section string, n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		if section == "" {
			return fmt.Errorf("%s:%d: expected keys such as `dialect: sqlite`", file, n.Line)
		}
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		allowed, ok := known[section]
		if !ok {
			return nil
		}
		if !slices.Contains(allowed, k.Value) {
			where := "top-level"
			if section != "" {
				where = section
			}
			return fmt.Errorf("%s:%d: unknown %s key %q (known keys: %s)", file, k.Line, where, k.Value, strings.Join(allowed, ", "))
		}
		if section == "" && k.Value == "compare" {
			if err := checkKeys(file, "compare", v); err != nil {
				return err
			}
		}
	}
	return nil
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

func cleanYAMLError(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: unmarshal errors:\n")
	msg = strings.TrimSpace(strings.TrimPrefix(msg, "yaml: "))
	msg = strings.ReplaceAll(msg, "cannot unmarshal !!", "expected another kind of value, not a ")
	return yamlLine.ReplaceAllString(msg, "line $1: ")
}

var identRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func (c *Config) applyDefaults(file string, root *yaml.Node) error {
	line := func(key string) string {
		if len(root.Content) == 0 {
			return file
		}
		m := root.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == key {
				return fmt.Sprintf("%s:%d", file, m.Content[i].Line)
			}
		}
		return file
	}
	switch c.Dialect {
	case Postgres, SQLite:
	case "":
		return fmt.Errorf("%s: `dialect` is required: `dialect: sqlite` or `dialect: postgres`", file)
	case "postgresql", "pg":
		c.Dialect = Postgres
	case "sqlite3":
		c.Dialect = SQLite
	default:
		return fmt.Errorf("%s: unknown dialect %q: use sqlite or postgres", line("dialect"), c.Dialect)
	}
	if c.Migrations == "" {
		c.Migrations = DefaultMigrations
	}
	if c.VersionTable == "" {
		c.VersionTable = DefaultVersionTable
	}
	if !identRe.MatchString(c.VersionTable) || len(c.VersionTable) > 59 {
		return fmt.Errorf("%s: version_table %q must be a plain identifier (letters, digits, underscores) of at most 59 characters", line("version_table"), c.VersionTable)
	}
	for k := range c.NamingConvention {
		switch k {
		case "ix", "uq", "ck", "fk", "pk":
		default:
			return fmt.Errorf("%s: unknown naming_convention key %q: use ix, uq, ck, fk or pk", line("naming_convention"), k)
		}
	}
	for _, g := range []struct {
		key   string
		globs []string
	}{{"include_tables", c.IncludeTables}, {"exclude_tables", c.ExcludeTables}, {"include_types", c.IncludeTypes}, {"exclude_types", c.ExcludeTypes}} {
		for _, p := range g.globs {
			if _, err := path.Match(p, ""); err != nil {
				return fmt.Errorf("%s: %s: %q is not a valid glob (*, ?, [a-z]): %v", line(g.key), g.key, p, err)
			}
		}
	}
	if len(c.Schemas) > 0 && c.Dialect != Postgres {
		return fmt.Errorf("%s: schemas is for PostgreSQL: SQLite has one schema", line("schemas"))
	}
	if c.URL == "" && c.Dialect == SQLite {
		c.URL = DefaultSQLiteURL
	}
	if c.RenderAsBatch == nil {
		b := c.Dialect == SQLite
		c.RenderAsBatch = &b
	}
	if c.Compare.Type == nil {
		t := true
		c.Compare.Type = &t
	}
	return nil
}

// MigrationsDir returns the folder of the migration program.
func (c *Config) MigrationsDir() string { return c.abs(c.Migrations) }

// VersionsDir returns the folder of the revision files.
func (c *Config) VersionsDir() string { return filepath.Join(c.MigrationsDir(), "versions") }

func (c *Config) abs(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.Dir, p)
}

// EnvURL is the environment variable that overrides `url`.
const EnvURL = "AUTOGEN_URL"

var envRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// DatabaseURL returns the database URL to use: override (the --db flag)
// if set, else $AUTOGEN_URL, else `url` with ${VAR} references expanded.
func (c *Config) DatabaseURL(override string) (string, error) {
	raw, from := c.URL, "url in "+filepath.Base(c.Path)
	if v := os.Getenv(EnvURL); v != "" {
		raw, from = v, "$"+EnvURL
	}
	if override != "" {
		raw, from = override, "--db"
	}
	if raw == "" {
		return "", fmt.Errorf("no database URL: set `url` in %s, $%s, or --db", filepath.Base(c.Path), EnvURL)
	}
	var missing []string
	out := envRef.ReplaceAllStringFunc(raw, func(ref string) string {
		name := envRef.FindStringSubmatch(ref)[1]
		v, ok := os.LookupEnv(name)
		if !ok {
			missing = append(missing, name)
		}
		return v
	})
	if len(missing) > 0 {
		return "", fmt.Errorf("%s refers to ${%s}, which is not set in the environment", from, strings.Join(missing, "}, ${"))
	}
	return out, nil
}
