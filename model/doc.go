// Package model reads a project's Go model structs, statically, into the
// schema they declare: the target that autogenerate compares the database
// with.
//
// [Load] type-checks the packages named by autogen.yaml's `models` with
// golang.org/x/tools/go/packages (the model packages from source, their
// dependencies from compiler export data) and runs none of their code. It
// recognises model structs, reads their tags in one of two styles, and
// returns a [schema.Schema] for one dialect, with the file:line of every
// table, column, index and constraint:
//
//   - `db` tags (column name first, as pgx's RowToStructByName, sqlx and
//     scany read them): db:"email,type:varchar(255),unique". What belongs to
//     the table rather than one column (composite and expression indexes,
//     named or multi-column checks, composite foreign keys, the table
//     comment) is declared on a blank field: _ struct{} `db:"index:…"`.
//     Unnamed indexes and constraints are named by Options.Naming.
//   - `gorm` tags, gorm.Model, TableName methods: the schema GORM's own
//     AutoMigrate creates, GORM's naming strategy, type mapping and
//     association rules included (a rewrite of gorm.io/gorm/schema and of
//     the postgres and sqlite dialectors, checked against GORM itself by
//     the test module in testdata/gormfidelity).
//
// What cannot be known without running code (a TableName that is not a
// constant, a driver.Valuer autogen does not know, a custom
// NamingStrategy) is an error that says so and how to get round it.
// Problems are reported together as [Errors], each an [*Error] naming the
// file, line, type and field.
//
// The README's "Models" section is the reference of the tags.
package model
