// Package models has PostgreSQL defaults that call functions, cast and
// compute.
package models

import "encoding/json"

type Thing struct {
	ID      string          `db:"id,type:uuid,pk,default:gen_random_uuid()"`
	Token   string          `db:"token,default:md5(random()::text)"`
	Doc     json.RawMessage `db:"doc,default:'{}'"`
	DocCast json.RawMessage `db:"doc_cast,default:'{\"a\": 1}'::jsonb"`
	Sum     int32           `db:"sum,default:(1 + 2)"`
	Cast    int32           `db:"cast_col,default:'7'::integer"`
	Text    string          `db:"text_cast,default:'x'::text"`
	Lower   string          `db:"lower_col,default:lower('ABC')"`
	Arr     string          `db:"arr,type:text[],default:'{a,b}'::text[]"`
	Neg     int32           `db:"neg,default:(-5)"`
}
