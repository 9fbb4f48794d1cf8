package schema

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump returns a stable, readable text form of a schema, for golden
// files and test failures: tables and enums by name, each table's
// columns in order, then its key, indexes and constraints by name.
// Positions are shown after "@" when the objects have them.
//
//	table users @ models/user.go:10
//	  column id bigint not null identity(by default) @ models/user.go:11
//	  column email varchar(255) not null default 'x' @ models/user.go:12
//	  primary key pk_users (id)
//	  index ix_users_email unique (email DESC)
//	  foreign key fk_users_org_id_orgs (org_id) references orgs (id) on delete CASCADE
//	enum status ('active', 'disabled')
//
// The schema is not changed: Dump sorts a copy.
func Dump(s *Schema) string {
	if s == nil {
		return ""
	}
	s = s.Clone()
	s.Sort()
	var b strings.Builder
	for _, e := range s.Enums {
		fmt.Fprintf(&b, "enum %s (", qualified(e.Schema, e.Name))
		for i, v := range e.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(quoteLit(v))
		}
		b.WriteString(")")
		writePos(&b, e.Pos)
		b.WriteString("\n")
	}
	for _, t := range s.Tables {
		b.WriteString("table " + t.QualifiedName())
		writePos(&b, t.Pos)
		b.WriteString("\n")
		if t.Comment != "" {
			b.WriteString("  comment " + quoteLit(t.Comment) + "\n")
		}
		for _, o := range []struct{ k, v string }{{"options", t.Options}, {"partition by", t.Partitioning},
			{"partition of", t.PartitionOf}, {"partition bound", t.PartitionBound}} {
			if o.v != "" {
				b.WriteString("  " + o.k + " " + o.v + "\n")
			}
		}
		for _, c := range t.Columns {
			b.WriteString("  column " + c.Name + " " + dumpType(c.Type))
			if c.Nullable {
				b.WriteString(" null")
			} else {
				b.WriteString(" not null")
			}
			if c.Identity != NoIdentity {
				b.WriteString(" identity(" + string(c.Identity) + ")")
			}
			if c.AutoIncrement {
				b.WriteString(" autoincrement")
			}
			if c.Generated != nil {
				kind := "virtual"
				if c.Generated.Stored {
					kind = "stored"
				}
				b.WriteString(" generated(" + c.Generated.Expr + ") " + kind)
			}
			if c.Default != "" {
				b.WriteString(" default " + c.Default)
			}
			if c.Collation != "" {
				b.WriteString(" collate " + c.Collation)
			}
			if c.Comment != "" {
				b.WriteString(" comment " + quoteLit(c.Comment))
			}
			writePos(&b, c.Pos)
			b.WriteString("\n")
		}
		if pk := t.PrimaryKey; pk != nil {
			b.WriteString("  primary key " + orDash(pk.Name) + " (" + strings.Join(pk.Columns, ", ") + ")\n")
		}
		for _, ix := range t.Indexes {
			b.WriteString("  index " + orDash(ix.Name))
			if ix.Unique {
				b.WriteString(" unique")
			}
			if ix.Method != "" {
				b.WriteString(" using " + ix.Method)
			}
			b.WriteString(" (")
			for i, p := range ix.Parts {
				if i > 0 {
					b.WriteString(", ")
				}
				if p.Expr != "" {
					b.WriteString("(" + p.Expr + ")")
				} else {
					b.WriteString(p.Column)
				}
				if p.Collation != "" {
					b.WriteString(" COLLATE " + p.Collation)
				}
				if p.OpClass != "" {
					b.WriteString(" " + p.OpClass)
				}
				if p.Desc {
					b.WriteString(" DESC")
				}
				if p.Nulls != "" {
					b.WriteString(" NULLS " + strings.ToUpper(p.Nulls))
				}
			}
			b.WriteString(")")
			if len(ix.Include) > 0 {
				b.WriteString(" include (" + strings.Join(ix.Include, ", ") + ")")
			}
			if ix.Where != "" {
				b.WriteString(" where " + ix.Where)
			}
			writePos(&b, ix.Pos)
			b.WriteString("\n")
		}
		for _, u := range t.Uniques {
			b.WriteString("  unique " + orDash(u.Name) + " (" + strings.Join(u.Columns, ", ") + ")")
			if u.Deferrable != NotDeferrable {
				b.WriteString(" " + string(u.Deferrable))
			}
			writePos(&b, u.Pos)
			b.WriteString("\n")
		}
		for _, fk := range t.ForeignKeys {
			fmt.Fprintf(&b, "  foreign key %s (%s) references %s (%s)", orDash(fk.Name), strings.Join(fk.Columns, ", "),
				qualified(fk.RefSchema, fk.RefTable), strings.Join(fk.RefColumns, ", "))
			if fk.OnDelete != "" {
				b.WriteString(" on delete " + fk.OnDelete)
			}
			if fk.OnUpdate != "" {
				b.WriteString(" on update " + fk.OnUpdate)
			}
			if fk.Match != "" {
				b.WriteString(" match " + fk.Match)
			}
			if fk.Deferrable != NotDeferrable {
				b.WriteString(" " + string(fk.Deferrable))
			}
			writePos(&b, fk.Pos)
			b.WriteString("\n")
		}
		for _, ck := range t.Checks {
			b.WriteString("  check " + orDash(ck.Name) + " (" + ck.Expr + ")")
			writePos(&b, ck.Pos)
			b.WriteString("\n")
		}
	}
	for _, sk := range s.Skipped {
		fmt.Fprintf(&b, "skipped %s %s: %s\n", sk.Kind, sk.Name, sk.Reason)
	}
	return b.String()
}

// dumpType is the portable spelling, with the raw one after it when it
// says more: "bigint [bigserial]".
func dumpType(t Type) string {
	s := t.String()
	if t.Kind != Raw && t.Kind != "" && t.Raw != "" && t.Raw != s {
		s += " [" + t.Raw + "]"
	}
	return s
}

func qualified(schema, name string) string {
	if schema == "" {
		return name
	}
	return schema + "." + name
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func quoteLit(s string) string {
	if strings.ContainsAny(s, "'\n\\") {
		return strconv.Quote(s)
	}
	return "'" + s + "'"
}

func writePos(b *strings.Builder, p Pos) {
	if p != "" {
		b.WriteString(" @ " + string(p))
	}
}
