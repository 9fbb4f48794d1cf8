package gormfidelity

import (
	"database/sql"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/autogen-go/autogen/schema"
)

// catTable is a table as its database's catalog shows it, in the
// database's own canonical spelling, so that two tables made by different
// DDL compare equal when the database holds the same thing.
type catTable struct {
	Columns     []catColumn
	PrimaryKey  string            // name and definition
	Indexes     map[string]string // name → definition
	Constraints map[string]string // name → definition (unique, check, foreign key)
}

type catColumn struct {
	Name      string
	Type      string
	NotNull   bool
	Default   string
	Identity  string
	Generated string
	Comment   string
}

// readPostgres reads the tables of schema public.
func readPostgres(t *testing.T, db *sql.DB) map[string]*catTable {
	t.Helper()
	out := map[string]*catTable{}
	rows := query(t, db, `SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind = 'r'`)
	oids := map[string]int64{}
	for _, r := range rows {
		oids[r[1]] = atoi(r[0])
	}
	for name, oid := range oids {
		ct := &catTable{Indexes: map[string]string{}, Constraints: map[string]string{}}
		for _, r := range query(t, db, `SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull::text,
				coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text, a.attgenerated::text,
				coalesce(col_description(a.attrelid, a.attnum), '')
			FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
			WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, oid) {
			c := catColumn{Name: r[0], Type: r[1], NotNull: r[2] == "true", Default: r[3], Identity: r[4], Comment: r[6]}
			if r[5] != "" {
				c.Generated, c.Default = r[5]+" "+r[3], ""
			}
			ct.Columns = append(ct.Columns, c)
		}
		for _, r := range query(t, db, `SELECT conname, contype::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = $1`, oid) {
			if r[1] == "p" {
				ct.PrimaryKey = r[0] + " " + r[2]
				continue
			}
			ct.Constraints[r[0]] = r[2]
		}
		for _, r := range query(t, db, `SELECT ci.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i
			JOIN pg_class ci ON ci.oid = i.indexrelid
			WHERE i.indrelid = $1 AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid)`, oid) {
			ct.Indexes[r[0]] = r[1]
		}
		out[name] = ct
	}
	return out
}

var sqliteConstraint = regexp.MustCompile("(?i)CONSTRAINT\\s+[`\"]?([\\w-]+)[`\"]?\\s+(UNIQUE|CHECK|FOREIGN KEY)\\s*\\(")

// readSQLite reads every table; what PRAGMAs do not tell (the names of
// constraints and their checks) comes from the CREATE TABLE text.
func readSQLite(t *testing.T, db *sql.DB) map[string]*catTable {
	t.Helper()
	out := map[string]*catTable{}
	for _, r := range query(t, db, `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`) {
		name, ddl := r[0], r[1]
		ct := &catTable{Indexes: map[string]string{}, Constraints: map[string]string{}}
		autoinc := strings.Contains(strings.ToUpper(ddl), "AUTOINCREMENT")
		var pk []string
		cols := query(t, db, fmt.Sprintf(`SELECT name, type, "notnull", coalesce(dflt_value, ''), pk, hidden FROM pragma_table_xinfo(%s) ORDER BY cid`, lit(name)))
		pkCount := 0
		for _, c := range cols {
			if c[4] != "0" {
				pkCount++
			}
		}
		for _, c := range cols {
			col := catColumn{Name: c[0], Type: strings.ToLower(c[1]), NotNull: c[2] == "1", Default: c[3]}
			if c[4] != "0" {
				pk = append(pk, c[4]+":"+c[0])
				if pkCount == 1 && strings.EqualFold(c[1], "integer") {
					col.NotNull = true // the rowid alias is never NULL
					col.Identity = "rowid"
					if autoinc {
						col.Identity = "rowid autoincrement"
					}
				}
			}
			if c[5] != "0" {
				col.Generated = "hidden " + c[5]
			}
			ct.Columns = append(ct.Columns, col)
		}
		sort.Strings(pk)
		if len(pk) > 0 {
			ct.PrimaryKey = "(" + strings.Join(pk, ", ") + ")"
		}
		for _, ix := range query(t, db, fmt.Sprintf(`SELECT name, "unique", origin, partial FROM pragma_index_list(%s)`, lit(name))) {
			if ix[2] == "pk" {
				continue
			}
			var keys []string
			for _, k := range query(t, db, fmt.Sprintf(`SELECT coalesce(name, '<expr>'), "desc", coll, key FROM pragma_index_xinfo(%s) ORDER BY seqno`, lit(ix[0]))) {
				if k[3] != "1" {
					continue
				}
				keys = append(keys, fmt.Sprintf("%s desc=%s coll=%s", k[0], k[1], k[2]))
			}
			def := fmt.Sprintf("unique=%s partial=%s keys=[%s]", ix[1], ix[3], strings.Join(keys, "; "))
			if ix[2] == "c" {
				var sqlText string
				_ = db.QueryRow(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`, ix[0]).Scan(&sqlText)
				if i := strings.Index(strings.ToUpper(sqlText), " WHERE "); i >= 0 {
					def += " where=" + normSQL(sqlText[i+7:])
				}
				ct.Indexes[ix[0]] = def
				continue
			}
			ct.Constraints["unique("+strings.Join(keys, "; ")+")"] = def
		}
		for _, m := range sqliteConstraint.FindAllStringSubmatchIndex(ddl, -1) {
			cname, kind := ddl[m[2]:m[3]], strings.ToUpper(ddl[m[4]:m[5]])
			open := m[1] - 1
			end := matchParen(ddl, open)
			body := ddl[open : end+1]
			rest := ddl[end+1:]
			if kind == "FOREIGN KEY" {
				// REFERENCES t(cols) [ON DELETE …] [ON UPDATE …] up to the next , or )
				stop := nextTop(rest)
				body += " " + rest[:stop]
			}
			ct.Constraints[cname] = kind + " " + normSQL(body)
		}
		fks := query(t, db, fmt.Sprintf(`SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(%s) ORDER BY id, seq`, lit(name)))
		byID := map[string][]string{}
		for _, fk := range fks {
			byID[fk[0]] = append(byID[fk[0]], fmt.Sprintf("%s->%s.%s update=%s delete=%s", fk[2], fk[1], fk[3], fk[4], fk[5]))
		}
		var all []string
		for _, v := range byID {
			all = append(all, strings.Join(v, ","))
		}
		sort.Strings(all)
		if len(all) > 0 {
			ct.Constraints["foreign keys"] = strings.Join(all, " | ")
		}
		out[name] = ct
	}
	return out
}

// normSQL makes SQL text comparable: no quotes around names, one space,
// lower case.
func normSQL(s string) string {
	s = strings.NewReplacer("`", "", `"`, "").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "( ", "(")
	s = strings.ReplaceAll(s, " )", ")")
	s = strings.ReplaceAll(s, " (", "(")
	return strings.ToLower(s)
}

func matchParen(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		case '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j >= 0 {
				i += j + 1
			}
		}
	}
	return len(s) - 1
}

// nextTop finds the end of a table element: the next comma or closing
// parenthesis outside parentheses.
func nextTop(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return i
			}
			depth--
		case ',':
			if depth == 0 {
				return i
			}
		}
	}
	return len(s)
}

func lit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func atoi(s string) int64 {
	var n int64
	fmt.Sscan(s, &n)
	return n
}

func query(t *testing.T, db *sql.DB, q string, args ...any) [][]string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(cols))
		for i, v := range vals {
			row[i] = v.String
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// The DDL below creates autogen's schema as plainly as possible, so that
// the database, not this code, decides how it is spelled in the catalog.

func q(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func quoteAll(cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = q(c)
	}
	return strings.Join(out, ", ")
}

func typeSQL(c *schema.Column) string {
	if c.Type.Raw != "" {
		return c.Type.Raw
	}
	return c.Type.String()
}

func postgresDDL(s *schema.Schema) []string {
	var out, after []string
	for _, e := range s.Enums {
		var vals []string
		for _, v := range e.Values {
			vals = append(vals, lit(v))
		}
		out = append(out, "CREATE TYPE "+q(e.Name)+" AS ENUM ("+strings.Join(vals, ", ")+")")
	}
	for _, t := range s.Tables {
		var parts []string
		for _, c := range t.Columns {
			typ := typeSQL(c)
			if c.Identity == schema.IdentitySerial {
				typ = map[string]string{"bigint": "bigserial", "integer": "serial", "smallint": "smallserial"}[strings.ToLower(typ)]
			}
			def := q(c.Name) + " " + typ
			switch {
			case c.Generated != nil:
				def += " GENERATED ALWAYS AS (" + c.Generated.Expr + ") STORED"
			case c.Identity == schema.IdentityByDefault:
				def += " GENERATED BY DEFAULT AS IDENTITY"
			case c.Identity == schema.IdentityAlways:
				def += " GENERATED ALWAYS AS IDENTITY"
			}
			if c.Default != "" {
				def += " DEFAULT " + c.Default
			}
			if !c.Nullable {
				def += " NOT NULL"
			}
			parts = append(parts, def)
			if c.Comment != "" {
				after = append(after, "COMMENT ON COLUMN "+q(t.Name)+"."+q(c.Name)+" IS "+lit(c.Comment))
			}
		}
		if pk := t.PrimaryKey; pk != nil {
			parts = append(parts, "CONSTRAINT "+q(pk.Name)+" PRIMARY KEY ("+quoteAll(pk.Columns)+")")
		}
		for _, u := range t.Uniques {
			parts = append(parts, "CONSTRAINT "+q(u.Name)+" UNIQUE ("+quoteAll(u.Columns)+")")
		}
		for _, ck := range t.Checks {
			parts = append(parts, "CONSTRAINT "+q(ck.Name)+" CHECK ("+ck.Expr+")")
		}
		out = append(out, "CREATE TABLE "+q(t.Name)+" (\n\t"+strings.Join(parts, ",\n\t")+"\n)")
		for _, ix := range t.Indexes {
			after = append(after, indexSQL(t, ix))
		}
	}
	for _, t := range s.Tables {
		for _, fk := range t.ForeignKeys {
			after = append(after, "ALTER TABLE "+q(t.Name)+" ADD "+fkSQL(fk))
		}
	}
	// indexes before foreign keys: a key may reference a unique index
	sort.SliceStable(after, func(i, j int) bool {
		return !strings.HasPrefix(after[i], "ALTER") && strings.HasPrefix(after[j], "ALTER")
	})
	return append(out, after...)
}

func indexSQL(t *schema.Table, ix *schema.Index) string {
	s := "CREATE "
	if ix.Unique {
		s += "UNIQUE "
	}
	s += "INDEX " + q(ix.Name) + " ON " + q(t.Name)
	if ix.Method != "" {
		s += " USING " + ix.Method
	}
	var parts []string
	for _, p := range ix.Parts {
		k := q(p.Column)
		if p.Expr != "" {
			k = "(" + p.Expr + ")"
		}
		if p.Collation != "" {
			k += " COLLATE " + q(p.Collation)
		}
		if p.OpClass != "" {
			k += " " + p.OpClass
		}
		if p.Desc {
			k += " DESC"
		}
		if p.Nulls != "" {
			k += " NULLS " + strings.ToUpper(p.Nulls)
		}
		parts = append(parts, k)
	}
	s += " (" + strings.Join(parts, ", ") + ")"
	if len(ix.Include) > 0 {
		s += " INCLUDE (" + quoteAll(ix.Include) + ")"
	}
	if ix.Where != "" {
		s += " WHERE " + ix.Where
	}
	return s
}

func fkSQL(fk *schema.ForeignKey) string {
	s := "CONSTRAINT " + q(fk.Name) + " FOREIGN KEY (" + quoteAll(fk.Columns) + ") REFERENCES " + q(fk.RefTable) + "(" + quoteAll(fk.RefColumns) + ")"
	if fk.OnDelete != "" {
		s += " ON DELETE " + fk.OnDelete
	}
	if fk.OnUpdate != "" {
		s += " ON UPDATE " + fk.OnUpdate
	}
	return s
}

func sqliteDDL(s *schema.Schema) []string {
	var out []string
	for _, t := range s.Tables {
		var parts []string
		inlinePK := false
		for _, c := range t.Columns {
			def := q(c.Name) + " " + typeSQL(c)
			if c.AutoIncrement {
				def += " PRIMARY KEY AUTOINCREMENT"
				inlinePK = true
			}
			if c.Default != "" {
				def += " DEFAULT " + c.Default
			}
			if !c.Nullable && c.Identity == schema.NoIdentity {
				def += " NOT NULL"
			}
			parts = append(parts, def)
		}
		if pk := t.PrimaryKey; pk != nil && !inlinePK {
			parts = append(parts, "PRIMARY KEY ("+quoteAll(pk.Columns)+")")
		}
		for _, u := range t.Uniques {
			parts = append(parts, "CONSTRAINT "+q(u.Name)+" UNIQUE ("+quoteAll(u.Columns)+")")
		}
		for _, fk := range t.ForeignKeys {
			parts = append(parts, fkSQL(fk))
		}
		for _, ck := range t.Checks {
			parts = append(parts, "CONSTRAINT "+q(ck.Name)+" CHECK ("+ck.Expr+")")
		}
		out = append(out, "CREATE TABLE "+q(t.Name)+" (\n\t"+strings.Join(parts, ",\n\t")+"\n)")
		for _, ix := range t.Indexes {
			out = append(out, indexSQL(t, ix))
		}
	}
	return out
}
