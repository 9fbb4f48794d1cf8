// Package badindexnames has two indexes of one name on two tables:
// PostgreSQL names indexes per schema (SQLite too, in fact, per database).
package badindexnames

// A has ix_shared.
type A struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name,index:ix_shared"`
}

// B has ix_shared too.
type B struct {
	ID   int64  `db:"id,pk"`
	Name string `db:"name,index:ix_shared"`
}
