// Package models has checks PostgreSQL rewrites when it stores them:
// casts, regular expressions, arrays, NOT.
package models

type Tag struct {
	_ struct{} `db:"check:slug_format(slug ~ '^[a-z0-9-]+$')"`
	_ struct{} `db:"check:kind_any(kind = ANY (ARRAY['a', 'b']))"`
	_ struct{} `db:"check:not_blank(NOT (name = ''))"`
	_ struct{} `db:"check:weight_cast(weight::numeric > 0.5)"`
	_ struct{} `db:"check:upper_code(code = upper(code))"`

	ID     int64   `db:"id,pk"`
	Slug   string  `db:"slug"`
	Kind   string  `db:"kind,type:varchar(1)"`
	Name   string  `db:"name"`
	Weight float64 `db:"weight"`
	Code   string  `db:"code,type:varchar(8)"`
}
