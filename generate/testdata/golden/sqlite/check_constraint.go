package versions

import m "github.com/autogen-go/autogen/migrate"

// check_constraint
//
// Revision: bbbbbbbbbbbb
// Revises:  aaaaaaaaaaaa
// Created:  2026-01-02 03:04:05 UTC
var _ = Revisions.Add(m.Revision{
	ID:      "bbbbbbbbbbbb",
	Revises: []string{"aaaaaaaaaaaa"},
	Message: "check_constraint",
	Upgrade: func(op *m.Op) error {
		// SQLite rebuilds table products once for this block: every row is copied under the write lock.
		op.BatchAlterTable("products", func(b *m.Batch) {
			b.DropConstraint(m.F("ck_products_price"))
			b.DropConstraint(m.F("ck_products_qty"))
			b.CreateCheckConstraint(m.F("ck_products_discount"), "discount <= price")
			b.CreateCheckConstraint(m.F("ck_products_price"), "price > 0")
		})
		return nil
	},
	Downgrade: func(op *m.Op) error {
		// SQLite rebuilds table products once for this block: every row is copied under the write lock.
		op.BatchAlterTable("products", func(b *m.Batch) {
			b.DropConstraint(m.F("ck_products_price"))
			b.DropConstraint(m.F("ck_products_discount"))
			b.CreateCheckConstraint(m.F("ck_products_qty"), "qty > 0")
			b.CreateCheckConstraint(m.F("ck_products_price"), "price >= 0")
		})
		return nil
	},
})
