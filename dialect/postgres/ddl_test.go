package postgres

import (
	"strings"
	"testing"

	"github.com/autogen-go/autogen/schema"
)

// TestPartitionOf: a partition's parent is named as tables are: with its
// schema, or without for the schema the search path resolves.
func TestPartitionOf(t *testing.T) {
	for _, tc := range []struct {
		schema, parent, want string
	}{
		{"", "events", "CREATE TABLE events_1 PARTITION OF events "},
		{"audit", "events", "CREATE TABLE audit.events_1 PARTITION OF events "},
		{"audit", "audit.events", "CREATE TABLE audit.events_1 PARTITION OF audit.events "},
		{"audit", "public.events", "CREATE TABLE audit.events_1 PARTITION OF public.events "},
	} {
		stmts, err := Dialect{}.CreateTable(&schema.Table{Schema: tc.schema, Name: "events_1", PartitionOf: tc.parent, PartitionBound: "FOR VALUES FROM (1) TO (10)"})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(stmts[0], tc.want) {
			t.Errorf("PartitionOf %q in schema %q: %s", tc.parent, tc.schema, stmts[0])
		}
	}
}
