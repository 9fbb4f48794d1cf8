package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/autogen-go/autogen/internal/config"
	"github.com/autogen-go/autogen/internal/script"
)

func (a *app) initCmd() *cobra.Command {
	var dialect string
	cmd := &cobra.Command{
		Use:   "init [dir]",
		Short: "Write autogen.yaml and the migration environment into a Go module",
		Long: `init writes, into dir (default: the current folder), which must be inside a
Go module:

  autogen.yaml                   the configuration
  migrations/main.go             the migration program (upgrade and downgrade run it)
  migrations/versions/versions.go  the package that holds the revisions

It refuses to overwrite any of them. Run ` + "`go mod tidy`" + ` afterwards.`,
		Example: `  autogen init
  autogen init --dialect postgres ./service`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			files, err := script.Init(script.InitOptions{Dir: dir, Dialect: dialect})
			if err != nil {
				return err
			}
			for _, f := range files {
				fmt.Fprintf(a.stdout, "Created %s\n", display(f))
			}
			fmt.Fprintln(a.stdout, "\nNext: `go mod tidy`, then `autogen revision -m \"first revision\"`.")
			return nil
		},
	}
	cmd.Flags().StringVar(&dialect, "dialect", config.SQLite, "the database: sqlite or postgres")
	return cmd
}
