// Package sqliteonly holds models that only SQLite can AutoMigrate.
package sqliteonly

// Word has a SQLite collation on an index.
type Word struct {
	ID   uint
	Text string `gorm:"index:idx_word_nocase,collate:NOCASE"`
	Seq  int64  `gorm:"autoIncrement;primaryKey"`
}

// All is every model of the package, in source order.
func All() []any { return []any{&Word{}} }
