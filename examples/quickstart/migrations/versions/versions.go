// Package versions holds the quickstart's revisions, one file each.
package versions

import m "github.com/autogen-go/autogen/migrate"

// Revisions is the registry every revision file adds itself to.
var Revisions = m.NewRegistry()
