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
		op.DropConstraint(m.F("ck_products_price"), "products")
		op.DropConstraint(m.F("ck_products_qty"), "products")
		// Checks every row of products under an ACCESS EXCLUSIVE lock; fails if a row breaks the check.
		op.CreateCheckConstraint(m.F("ck_products_discount"), "products", "discount <= price")
		// Checks every row of products under an ACCESS EXCLUSIVE lock; fails if a row breaks the check.
		op.CreateCheckConstraint(m.F("ck_products_price"), "products", "price > 0")
		return nil
	},
	Downgrade: func(op *m.Op) error {
		op.DropConstraint(m.F("ck_products_price"), "products")
		op.DropConstraint(m.F("ck_products_discount"), "products")
		// Checks every row of products under an ACCESS EXCLUSIVE lock; fails if a row breaks the check.
		op.CreateCheckConstraint(m.F("ck_products_qty"), "products", "qty > 0")
		// Checks every row of products under an ACCESS EXCLUSIVE lock; fails if a row breaks the check.
		op.CreateCheckConstraint(m.F("ck_products_price"), "products", "price >= 0")
		return nil
	},
})
