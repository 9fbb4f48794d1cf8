// Command migrations applies the quickstart's revisions to its database.
// `autogen upgrade` and `autogen downgrade` build and run it.
package main

import (
	"os"

	"github.com/autogen-go/autogen/migrate"
	_ "modernc.org/sqlite" // the SQLite driver

	"github.com/autogen-go/autogen/examples/quickstart/migrations/versions"
)

func main() {
	os.Exit(migrate.Main(versions.Revisions))
}
