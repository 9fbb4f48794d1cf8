package cli

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRenameFlags(t *testing.T) {
	f := renameFlags{
		tables:  []string{"people=persons"},
		columns: []string{"users.email=login", "billing.invoices.total=amount"},
	}
	tables, cols, err := f.maps()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"people": "persons"}, tables); diff != "" {
		t.Errorf("tables (-want +got):\n%s", diff)
	}
	want := map[string]map[string]string{"users": {"email": "login"}, "billing.invoices": {"total": "amount"}}
	if diff := cmp.Diff(want, cols); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"email=login", ".email=login", "users.=login", "users.email=", "users.email"} {
		if _, _, err := (&renameFlags{columns: []string{bad}}).maps(); err == nil {
			t.Errorf("--rename-column %q: no error", bad)
		}
	}
}
