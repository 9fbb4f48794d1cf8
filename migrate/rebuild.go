package migrate

import (
	"fmt"

	"github.com/autogen-go/autogen/dialect"
	"github.com/autogen-go/autogen/schema"
)

// currentTable returns the table's definition: given by m.CopyFrom, or
// read from the database (offline on SQLite: from the shadow copy).
func (op *Op) currentTable(tn dialect.TableName, o batchOptions) (*schema.Table, error) {
	if o.copyFrom != nil {
		t := o.copyFrom.Clone()
		t.Schema, t.Name = tn.Schema, tn.Name
		return t, nil
	}
	return nil, fmt.Errorf("reading table %s: not yet", tn)
}

// rebuild makes the changes by rebuilding the table.
func (op *Op) rebuild(tn dialect.TableName, ch *batchChanges, o batchOptions) error {
	return fmt.Errorf("rebuilding table %s: not yet", tn)
}
