package render

import (
	"testing"

	"github.com/autogen-go/autogen/schema"
)

// TestTypeRisks: what PostgreSQL's assignment casts do to values a new
// type cannot hold as they are: an error, or a silent change.
func TestTypeRisks(t *testing.T) {
	num := schema.NumericType
	for _, tc := range []struct {
		from, to    schema.Type
		fail, round string
	}{
		{schema.TypeBigInt, schema.TypeInteger, "narrows the integers", ""},
		{schema.TypeInteger, schema.TypeBigInt, "", ""},
		{schema.TypeText, schema.VarcharType(10), "shortens the text", ""},
		{schema.VarcharType(10), schema.TypeText, "", ""},
		{num(12, 4), num(10, 2), "", "rounds to 2 decimal places"},
		{num(12, 2), num(8, 2), "narrows the numbers", ""},
		{num(12, 4), num(6, 1), "narrows the numbers", "rounds to 1 decimal place"},
		{schema.Type{Kind: schema.Numeric}, num(10, 2), "narrows the numbers", "rounds to 2 decimal places"},
		{num(10, 2), schema.Type{Kind: schema.Numeric}, "", ""},
		{num(10, 2), num(12, 0), "", "rounds to whole numbers"},
		{schema.TypeInteger, num(8, 2), "narrows the numbers", ""},
		{schema.TypeSmallInt, num(8, 2), "", ""},
		{schema.TypeDouble, schema.TypeFloat, "", "rounds to the 6 significant digits of real"},
		{schema.TypeFloat, schema.TypeDouble, "", ""},
		{schema.TypeDouble, schema.TypeBigInt, "", "rounds to whole numbers (and values out of range fail)"},
		{num(10, 2), schema.TypeInteger, "", "rounds to whole numbers (and values out of range fail)"},
		{num(10, 2), schema.TypeDouble, "", "rounds to floating point"},
		{schema.TypeBigInt, schema.TypeDouble, "", "rounds integers past 2^53"},
		{schema.TypeInteger, schema.TypeDouble, "", ""},
		{schema.TypeInteger, schema.TypeFloat, "", "rounds integers past 2^24"},
		{schema.TypeText, schema.TypeBigInt, "converts between kinds of values", ""},
		{schema.TypeBigInt, schema.TypeText, "", ""},
	} {
		fail, round := typeRisks(tc.from, tc.to)
		if fail != tc.fail || round != tc.round {
			t.Errorf("typeRisks(%s, %s) = %q, %q; want %q, %q", tc.from, tc.to, fail, round, tc.fail, tc.round)
		}
	}
}
