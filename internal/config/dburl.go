package config

import (
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
)

// Database is a parsed database URL: which dialect, and what to hand to
// database/sql.
type Database struct {
	Dialect string // Postgres or SQLite
	Driver  string // the database/sql driver name: "pgx" or "sqlite"
	DSN     string // what sql.Open receives
	raw     string
}

// String returns the URL with its password masked.
func (d Database) String() string { return Redact(d.raw) }

// Scrub removes the URL's password from text, for error messages that a
// driver may have built from the connection string.
func (d Database) Scrub(text string) string { return ScrubPassword(text, d.raw) }

// ParseURL reads a database URL. PostgreSQL: postgres:// or postgresql://
// URLs and key=value strings, as pgx reads them. SQLite: sqlite://path
// (relative to base, the folder of autogen.yaml), sqlite:///abs/path,
// sqlite://:memory:, and file: URIs, passed to the driver as they are.
func ParseURL(raw, base string) (Database, error) {
	d := Database{raw: raw}
	switch {
	case strings.HasPrefix(raw, "postgres://"), strings.HasPrefix(raw, "postgresql://"):
		d.Dialect, d.Driver, d.DSN = Postgres, "pgx", raw
		if _, err := url.Parse(raw); err != nil {
			return d, fmt.Errorf("database URL %s: %s", Redact(raw), ScrubPassword(errText(err), raw))
		}
	case strings.HasPrefix(raw, "file:"):
		d.Dialect, d.Driver, d.DSN = SQLite, "sqlite", raw
	case strings.HasPrefix(raw, "sqlite://"), strings.HasPrefix(raw, "sqlite3://"):
		d.Dialect, d.Driver = SQLite, "sqlite"
		rest := raw[strings.Index(raw, "://")+3:]
		path, query, _ := strings.Cut(rest, "?")
		switch {
		case path == ":memory:" || path == "":
			d.DSN = ":memory:"
			if query != "" {
				d.DSN = "file::memory:?" + query
			}
			return d, nil
		case !filepath.IsAbs(path):
			path = filepath.Join(base, path)
		}
		d.DSN = sqliteFileURI(path, query)
	case !strings.Contains(raw, "://") && strings.Contains(raw, "="):
		d.Dialect, d.Driver, d.DSN = Postgres, "pgx", raw
	default:
		scheme, _, ok := strings.Cut(raw, "://")
		if !ok {
			return d, fmt.Errorf("database URL %q has no scheme: use postgres://user:pass@host/db or sqlite://path/app.db", Redact(raw))
		}
		return d, fmt.Errorf("database URL scheme %q is not supported: use postgres://… or sqlite://…", scheme)
	}
	return d, nil
}

// sqliteFileURI makes a file: URI for path that sets a busy timeout, so
// that a second writer waits instead of failing at once.
func sqliteFileURI(path, query string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(filepath.ToSlash(path))
	q := "_pragma=busy_timeout(10000)"
	if query != "" {
		q = query
		if !strings.Contains(query, "busy_timeout") {
			q += "&_pragma=busy_timeout(10000)"
		}
	}
	return "file:" + esc + "?" + q
}

var kvPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// Redact masks the password of a database URL or key=value string.
func Redact(raw string) string {
	if strings.Contains(raw, "://") {
		if u, err := url.Parse(raw); err == nil {
			if q := u.Query(); q.Has("password") {
				q.Set("password", "xxxxx")
				u.RawQuery = q.Encode()
			}
			return u.Redacted()
		}
		// Unparseable: mask everything between the scheme and the host.
		scheme, rest, _ := strings.Cut(raw, "://")
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			return scheme + "://xxxxx@" + rest[at+1:]
		}
		return raw
	}
	return kvPassword.ReplaceAllString(raw, "${1}xxxxx")
}

// password returns the password a URL or key=value string carries.
func password(raw string) string {
	if strings.Contains(raw, "://") {
		u, err := url.Parse(raw)
		if err != nil {
			_, rest, _ := strings.Cut(raw, "://")
			if at := strings.LastIndex(rest, "@"); at >= 0 {
				if _, p, ok := strings.Cut(rest[:at], ":"); ok {
					return p
				}
			}
			return ""
		}
		if p, ok := u.User.Password(); ok {
			return p
		}
		return u.Query().Get("password")
	}
	if m := kvPassword.FindStringSubmatch(raw); m != nil {
		return strings.Trim(m[2], "'")
	}
	return ""
}

// ScrubPassword replaces the password of raw wherever it appears in text,
// as written in raw, decoded, or escaped for a URL.
func ScrubPassword(text, raw string) string {
	p := password(raw)
	if p == "" {
		return text
	}
	text = strings.ReplaceAll(text, raw, Redact(raw))
	forms := []string{p}
	if dec, err := url.PathUnescape(p); err == nil {
		forms = append(forms, dec, url.QueryEscape(dec), url.PathEscape(dec), url.UserPassword("", dec).String()[1:])
	}
	for _, form := range forms {
		if form != "" {
			text = strings.ReplaceAll(text, form, "xxxxx")
		}
	}
	return text
}

func errText(err error) string {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err.Error()
	}
	return err.Error()
}
