// Package models has bytes, UUIDs and JSON.
package models

import "encoding/json"

type Blob struct {
	ID      int64           `db:"id,pk"`
	Bytes   []byte          `db:"bytes_col"`
	Nullb   []byte          `db:"nullb,null"`
	UUID    string          `db:"uuid_col,type:uuid"`
	UUIDUp  string          `db:"uuid_up,type:UUID"`
	Doc     json.RawMessage `db:"doc"`
	DocNull json.RawMessage `db:"doc_null,null"`
}
