package model

import (
	"slices"
	"strings"

	"github.com/autogen-go/autogen/naming"
	"github.com/autogen-go/autogen/schema"
)

// tableDecls reads the `db` tag of a blank field: what belongs to the
// table rather than to one column.
//
//	_ struct{} `db:"index:ix_orders_user_created(user_id, created_at DESC) where deleted_at IS NULL,
//	                unique:(org_id, code), check:ck_orders_total(total >= 0),
//	                fk:(user_id, org_id) references users(id, org_id) on delete cascade,
//	                comment:'Orders, one per checkout'"`
func (b *builder) tableDecls(nt *nativeTable, bl blankField, pkCols *[]string) {
	typ := nt.typ
	bad := func(format string, args ...any) { b.errorf(bl.pos, typ, "_", format, args...) }
	opts, err := splitOptions(bl.tag)
	if err != nil {
		bad("bad db tag %q: %v", bl.tag, err)
		return
	}
	pos := b.pos(bl.pos)
	for _, o := range opts {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		key, val, _ := strings.Cut(o, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		if !slices.Contains(tableOptions, key) {
			bad("unknown table option %q in the db tag of the blank field: the options are %s", key, strings.Join(tableOptions, ", "))
			continue
		}
		if key == "comment" {
			if val == "" {
				bad("comment needs a value: comment:<text>")
			} else if b.dialect == Postgres {
				if nt.t.Comment != "" {
					bad("the table comment is given twice")
				}
				nt.t.Comment = unquote(val)
			}
			continue
		}
		name, inner, tail, err := nameParens(val)
		if err != nil {
			bad("%s:%s: %v; write %s", key, val, err, tableHint(key))
			continue
		}
		cols := func() ([]string, bool) {
			var out []string
			for _, p := range splitTop(inner, ',') {
				p = strings.TrimSpace(p)
				c, ok := nt.resolveColumn(p)
				if !ok {
					bad("%s:%s: %q is not a column of %s (the columns are %s)", key, val, p, nt.t.Name, columnNames(nt.t))
					return nil, false
				}
				out = append(out, c)
			}
			if len(out) == 0 {
				bad("%s:%s: no columns", key, val)
				return nil, false
			}
			return out, true
		}
		switch key {
		case "pk":
			c, ok := cols()
			if !ok {
				continue
			}
			if tail != "" {
				bad("pk:%s: unexpected %q after the columns", val, tail)
				continue
			}
			if len(*pkCols) > 0 {
				bad("pk:%s: the primary key is also declared by `pk` on fields (%s): declare it once", val, strings.Join(*pkCols, ", "))
				continue
			}
			*pkCols = c
			nt.pkName = name
		case "unique":
			c, ok := cols()
			if !ok {
				continue
			}
			u := &schema.Unique{Columns: c, Pos: pos}
			switch strings.ToLower(strings.Join(strings.Fields(tail), " ")) {
			case "":
			case "deferrable", "deferrable initially immediate":
				u.Deferrable = schema.InitiallyImmediate
			case "deferrable initially deferred":
				u.Deferrable = schema.InitiallyDeferred
			default:
				bad("unique:%s: unexpected %q after the columns (only deferrable [initially deferred])", val, tail)
				continue
			}
			u.Name = b.declName(nt, naming.Unique, naming.Object{Table: nt.t.Name, Columns: c, Name: name}, bl)
			nt.t.Uniques = append(nt.t.Uniques, u)
		case "index", "uniqueindex":
			ix := &schema.Index{Unique: key == "uniqueindex", Pos: pos}
			var words []string
			ok := true
			for _, p := range splitTop(inner, ',') {
				part, err := nt.indexPart(strings.TrimSpace(p))
				if err != nil {
					bad("%s:%s: %v", key, val, err)
					ok = false
					break
				}
				ix.Parts = append(ix.Parts, part)
				words = append(words, cmpStr(part.Column, part.Expr))
			}
			if !ok {
				continue
			}
			if err := indexTail(ix, tail, nt); err != nil {
				bad("%s:%s: %v", key, val, err)
				continue
			}
			if b.dialect == SQLite && (ix.Method != "" || len(ix.Include) > 0) {
				bad("%s:%s: SQLite has neither index methods (using) nor covering columns (include)", key, val)
				continue
			}
			ix.Name = b.declName(nt, naming.Index, naming.Object{Table: nt.t.Name, Columns: words, Name: name}, bl)
			nt.t.Indexes = append(nt.t.Indexes, ix)
		case "check":
			if tail != "" {
				bad("check:%s: unexpected %q after the expression: write check:[name](expression)", val, tail)
				continue
			}
			if strings.TrimSpace(inner) == "" {
				bad("check:%s: the expression is empty", val)
				continue
			}
			ck := &schema.Check{Expr: strings.TrimSpace(inner), Pos: pos}
			ck.Name = b.declName(nt, naming.Check, naming.Object{Table: nt.t.Name, Name: name, Expr: ck.Expr}, bl)
			nt.t.Checks = append(nt.t.Checks, ck)
		case "fk":
			c, ok := cols()
			if !ok {
				continue
			}
			fk, err := parseFKTail(tail)
			if err != nil {
				bad("fk:%s: %v; write %s", val, err, tableHint(key))
				continue
			}
			fk.Columns, fk.Pos = c, pos
			if len(fk.RefColumns) != len(c) {
				bad("fk:%s: %d column(s) reference %d", val, len(c), len(fk.RefColumns))
				continue
			}
			fk.Name = b.declName(nt, naming.ForeignKey, naming.Object{Table: nt.t.Name, Columns: c, RefTable: fk.RefTable, RefColumns: fk.RefColumns, Name: name}, bl)
			nt.t.ForeignKeys = append(nt.t.ForeignKeys, fk)
			nt.fks = append(nt.fks, &pendingFK{fk: fk, pos: bl.pos, field: "_", named: name != ""})
		}
	}
}

func cmpStr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func tableHint(key string) string {
	switch key {
	case "fk":
		return "fk:[name](col, ...) references table(col, ...) [on delete action] [on update action]"
	case "check":
		return "check:[name](expression)"
	case "index", "uniqueindex":
		return key + ":[name](col [desc], ...) [using method] [include (col, ...)] [where predicate]"
	}
	return key + ":[name](col, ...)"
}

func (b *builder) declName(nt *nativeTable, k naming.Kind, o naming.Object, bl blankField) string {
	n, err := b.conv.Name(k, o, maxIdentLen)
	if err != nil {
		b.errorf(bl.pos, nt.typ, "_", "%v", err)
	}
	return n
}

// nameParens splits "name(inner) tail" (the name is optional).
func nameParens(s string) (name, inner, tail string, err error) {
	open := strings.IndexByte(s, '(')
	if open < 0 {
		return "", "", "", errf("no parenthesised list")
	}
	name = strings.TrimSpace(s[:open])
	if name != "" && !isIdent(name) {
		return "", "", "", errf("%q is not a name (letters, digits, underscores)", name)
	}
	end := parenEnd(s, open)
	if end < 0 {
		return "", "", "", errf("a `(` without its `)`")
	}
	return name, s[open+1 : end], strings.TrimSpace(s[end+1:]), nil
}

// indexPart reads one key of an index: a column (or Go field) or an
// expression, then [COLLATE c] [opclass] [ASC|DESC] [NULLS FIRST|LAST].
func (nt *nativeTable) indexPart(p string) (schema.IndexPart, error) {
	var part schema.IndexPart
	p = strings.TrimSpace(p)
	if p == "" {
		return part, errf("an empty index key")
	}
	base := p
	if strings.HasPrefix(p, "(") {
		end := parenEnd(p, 0)
		if end < 0 {
			return part, errf("a `(` without its `)`")
		}
		base = p[:end+1]
		p = p[end+1:]
	} else if i := strings.IndexByte(p, '('); i >= 0 {
		end := parenEnd(p, i)
		if end < 0 {
			return part, errf("a `(` without its `)`")
		}
		base = p[:end+1]
		p = p[end+1:]
	} else {
		f := strings.Fields(p)
		base, p = f[0], strings.Join(f[1:], " ")
	}
	words := strings.Fields(p)
	for i := 0; i < len(words); i++ {
		w := strings.ToLower(words[i])
		switch {
		case w == "asc":
		case w == "desc":
			part.Desc = true
		case w == "nulls" && i+1 < len(words) && (strings.EqualFold(words[i+1], "first") || strings.EqualFold(words[i+1], "last")):
			part.Nulls = strings.ToLower(words[i+1])
			i++
		case w == "collate" && i+1 < len(words):
			part.Collation = strings.Trim(words[i+1], `"`)
			i++
		case part.OpClass == "" && isIdent(words[i]):
			part.OpClass = words[i]
		default:
			return part, errf("unexpected %q in index key %q", words[i], base+" "+p)
		}
	}
	switch {
	case strings.HasPrefix(base, "("):
		part.Expr = strings.TrimSpace(base[1 : len(base)-1])
	case strings.Contains(base, "("):
		part.Expr = base
	default:
		c, ok := nt.resolveColumn(base)
		if !ok {
			return part, errf("%q is not a column of %s (the columns are %s)", base, nt.t.Name, columnNames(nt.t))
		}
		part.Column = c
	}
	return part, nil
}

// indexTail reads [using method] [include (cols)] [where predicate].
func indexTail(ix *schema.Index, tail string, nt *nativeTable) error {
	for tail != "" {
		low := strings.ToLower(tail)
		switch {
		case strings.HasPrefix(low, "using "):
			f := strings.Fields(tail)
			if len(f) < 2 {
				return errf("using needs a method")
			}
			ix.Method = strings.ToLower(f[1])
			tail = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(tail[len("using "):]), f[1]))
		case strings.HasPrefix(low, "include"):
			rest := strings.TrimSpace(tail[len("include"):])
			if !strings.HasPrefix(rest, "(") {
				return errf("include needs (columns)")
			}
			end := parenEnd(rest, 0)
			if end < 0 {
				return errf("a `(` without its `)`")
			}
			for _, c := range splitTop(rest[1:end], ',') {
				col, ok := nt.resolveColumn(strings.TrimSpace(c))
				if !ok {
					return errf("include: %q is not a column of %s", strings.TrimSpace(c), nt.t.Name)
				}
				ix.Include = append(ix.Include, col)
			}
			tail = strings.TrimSpace(rest[end+1:])
		case strings.HasPrefix(low, "where "):
			ix.Where = strings.TrimSpace(tail[len("where "):])
			tail = ""
		default:
			return errf("unexpected %q after the keys (use `using`, `include` or `where`)", tail)
		}
	}
	return nil
}

// parseFKTail reads "references table(cols) [on delete a] [on update a]
// [match full] [deferrable [initially deferred]]".
func parseFKTail(tail string) (*schema.ForeignKey, error) {
	fk := &schema.ForeignKey{}
	low := strings.ToLower(tail)
	if !strings.HasPrefix(low, "references ") {
		return nil, errf("no `references table(columns)`")
	}
	rest := strings.TrimSpace(tail[len("references "):])
	open := strings.IndexByte(rest, '(')
	if open <= 0 {
		return nil, errf("no referenced columns")
	}
	ref := strings.TrimSpace(rest[:open])
	end := parenEnd(rest, open)
	if end < 0 {
		return nil, errf("a `(` without its `)`")
	}
	if i := strings.IndexByte(ref, '.'); i > 0 {
		fk.RefSchema, ref = ref[:i], ref[i+1:]
	}
	if !isIdent(ref) {
		return nil, errf("%q is not a table name", ref)
	}
	fk.RefTable = ref
	for _, c := range splitTop(rest[open+1:end], ',') {
		c = strings.TrimSpace(c)
		if !isIdent(c) {
			return nil, errf("%q is not a column name", c)
		}
		fk.RefColumns = append(fk.RefColumns, c)
	}
	words := strings.Fields(strings.ToLower(rest[end+1:]))
	for i := 0; i < len(words); {
		switch {
		case i+2 < len(words) && words[i] == "on" && (words[i+1] == "delete" || words[i+1] == "update"):
			n := 1
			if (words[i+2] == "set" || words[i+2] == "no") && i+3 < len(words) {
				n = 2
			}
			act, ok := fkAction(strings.Join(words[i+2:i+2+n], " "))
			if !ok {
				return nil, errf("unknown action %q", strings.Join(words[i+2:i+2+n], " "))
			}
			if words[i+1] == "delete" {
				fk.OnDelete = act
			} else {
				fk.OnUpdate = act
			}
			i += 2 + n
		case i+1 < len(words) && words[i] == "match" && (words[i+1] == "full" || words[i+1] == "simple" || words[i+1] == "partial"):
			if words[i+1] != "simple" {
				fk.Match = strings.ToUpper(words[i+1])
			}
			i += 2
		case words[i] == "deferrable":
			fk.Deferrable = schema.InitiallyImmediate
			if i+2 < len(words) && words[i+1] == "initially" {
				if words[i+2] == "deferred" {
					fk.Deferrable = schema.InitiallyDeferred
				}
				i += 2
			}
			i++
		default:
			return nil, errf("unexpected %q", words[i])
		}
	}
	return fk, nil
}
