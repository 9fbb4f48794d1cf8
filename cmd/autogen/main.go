// Command autogen keeps a Go project's database schema in step with its
// code: revision files, upgrades and downgrades, autogenerate.
package main

import (
	"os"

	"github.com/autogen-go/autogen/internal/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
