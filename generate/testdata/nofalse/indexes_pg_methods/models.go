// Package models has PostgreSQL index methods, covering columns, operator
// classes and collations.
package models

import "encoding/json"

type Doc struct {
	_ struct{} `db:"index:ix_docs_body(body) using gin"`
	_ struct{} `db:"index:ix_docs_path(path jsonb_path_ops) using gin"`
	_ struct{} `db:"index:ix_docs_hash(code) using hash"`
	_ struct{} `db:"index:ix_docs_cover(owner_id) include (title, code)"`
	_ struct{} `db:"index:ix_docs_prefix(title text_pattern_ops)"`
	_ struct{} `db:"index:ix_docs_c(title COLLATE \"C\")"`
	_ struct{} `db:"index:ix_docs_brin(owner_id) using brin"`
	_ struct{} `db:"index:ix_docs_tags(tags) using gin"`

	ID      int64           `db:"id,pk"`
	OwnerID int64           `db:"owner_id"`
	Title   string          `db:"title"`
	Code    string          `db:"code"`
	Body    json.RawMessage `db:"body"`
	Path    json.RawMessage `db:"path"`
	Tags    string          `db:"tags,type:text[]"`
}
