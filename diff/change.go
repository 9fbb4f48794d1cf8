// Package diff compares two schemas, the database's (current) and the
// models' (target), and returns the typed changes that take the first to
// the second, in the order to apply them. It is pure: no context, no I/O.
// Normalising both sides so that equal things compare equal is the
// caller's job (the generate package sends what differs through the
// database itself); diff compares what it is given, with a few rules
// for spellings that are equal by definition.
package diff

import (
	"fmt"
	"strings"

	"github.com/autogen-go/autogen/schema"
)

// Change is one change from the current schema to the target. The
// concrete types are below; each names its table where it has one.
type Change interface {
	// String describes the change in a line, for `revision
	// --autogenerate` and `check`: "+ table accounts",
	// "~ column users.email: varchar(100) -> varchar(255)".
	String() string
	change()
}

// AddTable creates a table (with its constraints; indexes are AddIndex).
type AddTable struct{ T *schema.Table }

// DropTable drops a table; T is its full definition, for the downgrade.
type DropTable struct{ T *schema.Table }

// RenameTable renames a table (only when asked: --rename-table).
type RenameTable struct{ From, To string }

// AddColumn adds a column.
type AddColumn struct {
	Table string
	C     *schema.Column
}

// DropColumn drops a column; C is its definition, for the downgrade.
type DropColumn struct {
	Table string
	C     *schema.Column
}

// RenameColumn renames a column (only when asked: --rename-column).
type RenameColumn struct {
	Table, From, To string
}

// ModifyColumn changes a column in place; What says which attributes.
type ModifyColumn struct {
	Table    string
	From, To *schema.Column
	What     ColumnChange
}

// ColumnChange is a bit set of what changed in a column.
type ColumnChange uint

// The attributes of a column that can change in place.
const (
	ChangeType ColumnChange = 1 << iota
	ChangeNull
	ChangeDefault
	ChangeComment
	ChangeIdentity
	ChangeCollation
	ChangeGenerated
)

func (c ColumnChange) String() string {
	var parts []string
	for _, x := range []struct {
		bit  ColumnChange
		name string
	}{{ChangeType, "type"}, {ChangeNull, "nullability"}, {ChangeDefault, "default"}, {ChangeComment, "comment"},
		{ChangeIdentity, "identity"}, {ChangeCollation, "collation"}, {ChangeGenerated, "generated"}} {
		if c&x.bit != 0 {
			parts = append(parts, x.name)
		}
	}
	return strings.Join(parts, ", ")
}

// AddIndex creates an index.
type AddIndex struct {
	Table string
	I     *schema.Index
}

// DropIndex drops an index; I is its definition, for the downgrade.
type DropIndex struct {
	Table string
	I     *schema.Index
}

// AddUnique adds a unique constraint.
type AddUnique struct {
	Table string
	U     *schema.Unique
}

// DropUnique drops a unique constraint.
type DropUnique struct {
	Table string
	U     *schema.Unique
}

// AddForeignKey adds a foreign key (to an existing table, or to a new one
// whose foreign keys form a cycle).
type AddForeignKey struct {
	Table string
	FK    *schema.ForeignKey
}

// DropForeignKey drops a foreign key.
type DropForeignKey struct {
	Table string
	FK    *schema.ForeignKey
}

// AddCheck adds a check constraint.
type AddCheck struct {
	Table string
	C     *schema.Check
}

// DropCheck drops a check constraint.
type DropCheck struct {
	Table string
	C     *schema.Check
}

// AddPrimaryKey sets a table's primary key.
type AddPrimaryKey struct {
	Table string
	PK    *schema.PrimaryKey
}

// DropPrimaryKey drops a table's primary key.
type DropPrimaryKey struct {
	Table string
	PK    *schema.PrimaryKey
}

// TableComment changes a table's comment.
type TableComment struct {
	Table    string
	From, To string
}

// TablePartitioning is a change of how a table is partitioned (PARTITION
// BY, or PARTITION OF … FOR VALUES), which no ALTER makes: the draft says
// what to do by hand. It is compared only when the target says how the
// table is partitioned: models that say nothing of it leave the
// database's partitioning alone.
type TablePartitioning struct {
	Table    string
	From, To *schema.Table
}

// AddEnum creates an enum type.
type AddEnum struct{ E *schema.Enum }

// DropEnum drops an enum type.
type DropEnum struct{ E *schema.Enum }

// AddEnumValue adds a value to an enum type, before or after another (or
// at the end when both are empty).
type AddEnumValue struct {
	Enum          *schema.Enum // the type as it is
	Value         string
	Before, After string
}

// EnumValuesChanged is a change to an enum type that PostgreSQL cannot
// make in place (a value removed, renamed or reordered): the draft says
// what to do by hand.
//
// It stands among the enum changes, after the constraints and indexes that
// change are dropped and before the columns change: in an upgrade and in
// a downgrade, where the tables are the database's as before the upgrade.
type EnumValuesChanged struct {
	From, To *schema.Enum
}

func (AddTable) change()          {}
func (DropTable) change()         {}
func (RenameTable) change()       {}
func (AddColumn) change()         {}
func (DropColumn) change()        {}
func (RenameColumn) change()      {}
func (ModifyColumn) change()      {}
func (AddIndex) change()          {}
func (DropIndex) change()         {}
func (AddUnique) change()         {}
func (DropUnique) change()        {}
func (AddForeignKey) change()     {}
func (DropForeignKey) change()    {}
func (AddCheck) change()          {}
func (DropCheck) change()         {}
func (AddPrimaryKey) change()     {}
func (DropPrimaryKey) change()    {}
func (TableComment) change()      {}
func (TablePartitioning) change() {}
func (AddEnum) change()           {}
func (DropEnum) change()          {}
func (AddEnumValue) change()      {}
func (EnumValuesChanged) change() {}

func (c AddTable) String() string    { return "+ table " + c.T.QualifiedName() }
func (c DropTable) String() string   { return "- table " + c.T.QualifiedName() }
func (c RenameTable) String() string { return fmt.Sprintf("~ table %s -> %s (rename)", c.From, c.To) }
func (c AddColumn) String() string {
	return fmt.Sprintf("+ column %s.%s %s%s", c.Table, c.C.Name, c.C.Type, nullText(c.C.Nullable))
}
func (c DropColumn) String() string { return fmt.Sprintf("- column %s.%s", c.Table, c.C.Name) }
func (c RenameColumn) String() string {
	return fmt.Sprintf("~ column %s.%s -> %s (rename)", c.Table, c.From, c.To)
}
func (c ModifyColumn) String() string {
	var parts []string
	if c.What&ChangeType != 0 {
		parts = append(parts, fmt.Sprintf("%s -> %s", typeText(c.From.Type), typeText(c.To.Type)))
	}
	if c.What&ChangeNull != 0 {
		parts = append(parts, fmt.Sprintf("%s -> %s", nullWord(c.From.Nullable), nullWord(c.To.Nullable)))
	}
	if c.What&ChangeDefault != 0 {
		parts = append(parts, fmt.Sprintf("default %s -> %s", orNone(c.From.Default), orNone(c.To.Default)))
	}
	if c.What&ChangeComment != 0 {
		parts = append(parts, fmt.Sprintf("comment %q -> %q", c.From.Comment, c.To.Comment))
	}
	if c.What&ChangeIdentity != 0 {
		parts = append(parts, fmt.Sprintf("identity %s -> %s", identityText(c.From), identityText(c.To)))
	}
	if c.What&ChangeCollation != 0 {
		parts = append(parts, fmt.Sprintf("collation %s -> %s", orNone(c.From.Collation), orNone(c.To.Collation)))
	}
	if c.What&ChangeGenerated != 0 {
		parts = append(parts, "generated expression")
	}
	return fmt.Sprintf("~ column %s.%s: %s", c.Table, c.To.Name, strings.Join(parts, "; "))
}
func (c AddIndex) String() string  { return fmt.Sprintf("+ index %s on %s", c.I.Name, c.Table) }
func (c DropIndex) String() string { return fmt.Sprintf("- index %s on %s", c.I.Name, c.Table) }
func (c AddUnique) String() string {
	return fmt.Sprintf("+ unique %s on %s(%s)", c.U.Name, c.Table, strings.Join(c.U.Columns, ", "))
}
func (c DropUnique) String() string { return fmt.Sprintf("- unique %s on %s", c.U.Name, c.Table) }
func (c AddForeignKey) String() string {
	return fmt.Sprintf("+ foreign key %s on %s(%s) -> %s", c.FK.Name, c.Table, strings.Join(c.FK.Columns, ", "), c.FK.RefTable)
}
func (c DropForeignKey) String() string {
	return fmt.Sprintf("- foreign key %s on %s", c.FK.Name, c.Table)
}
func (c AddCheck) String() string  { return fmt.Sprintf("+ check %s on %s", c.C.Name, c.Table) }
func (c DropCheck) String() string { return fmt.Sprintf("- check %s on %s", c.C.Name, c.Table) }
func (c AddPrimaryKey) String() string {
	return fmt.Sprintf("+ primary key %s on %s(%s)", c.PK.Name, c.Table, strings.Join(c.PK.Columns, ", "))
}
func (c DropPrimaryKey) String() string {
	return fmt.Sprintf("- primary key %s on %s", c.PK.Name, c.Table)
}
func (c TableComment) String() string {
	return fmt.Sprintf("~ table %s: comment %q -> %q", c.Table, c.From, c.To)
}
func (c TablePartitioning) String() string {
	return fmt.Sprintf("~ table %s: partitioning %s -> %s, needs manual steps", c.Table, Partitioning(c.From), Partitioning(c.To))
}

// Partitioning describes how a table is partitioned: "by RANGE (a)", "of
// parent FOR VALUES …", or "none".
func Partitioning(t *schema.Table) string {
	switch {
	case t.PartitionOf != "":
		return "of " + t.PartitionOf + " " + t.PartitionBound
	case t.Partitioning != "":
		return "by " + t.Partitioning
	}
	return "none"
}

func (c AddEnum) String() string  { return "+ enum " + c.E.Name }
func (c DropEnum) String() string { return "- enum " + c.E.Name }
func (c AddEnumValue) String() string {
	return fmt.Sprintf("~ enum %s: + value %q", c.Enum.Name, c.Value)
}
func (c EnumValuesChanged) String() string {
	return fmt.Sprintf("~ enum %s: values (%s) -> (%s), needs manual steps", c.To.Name, strings.Join(c.From.Values, ", "), strings.Join(c.To.Values, ", "))
}

// typeText spells a type for a change's line: portable where it has a
// portable kind, as the database spells it otherwise.
func typeText(t schema.Type) string {
	if t.Kind != schema.Raw && t.Kind != "" {
		return t.String()
	}
	if t.Raw != "" {
		return t.Raw
	}
	return t.String()
}

func nullText(nullable bool) string {
	if nullable {
		return ""
	}
	return " NOT NULL"
}

func nullWord(nullable bool) string {
	if nullable {
		return "NULL"
	}
	return "NOT NULL"
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// TableOf returns the table a change is about, or "" (enum changes).
func TableOf(c Change) string {
	switch c := c.(type) {
	case AddTable:
		return c.T.QualifiedName()
	case DropTable:
		return c.T.QualifiedName()
	case RenameTable:
		return c.To
	case AddColumn:
		return c.Table
	case DropColumn:
		return c.Table
	case RenameColumn:
		return c.Table
	case ModifyColumn:
		return c.Table
	case AddIndex:
		return c.Table
	case DropIndex:
		return c.Table
	case AddUnique:
		return c.Table
	case DropUnique:
		return c.Table
	case AddForeignKey:
		return c.Table
	case DropForeignKey:
		return c.Table
	case AddCheck:
		return c.Table
	case DropCheck:
		return c.Table
	case AddPrimaryKey:
		return c.Table
	case DropPrimaryKey:
		return c.Table
	case TableComment:
		return c.Table
	case TablePartitioning:
		return c.Table
	}
	return ""
}

// identityText says how a column is filled: "by default", "always",
// "serial", with " autoincrement" for SQLite's AUTOINCREMENT, or "none".
func identityText(c *schema.Column) string {
	s := orNone(string(c.Identity))
	if c.AutoIncrement {
		s += " autoincrement"
	}
	return s
}
