package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) currentCmd() *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "current",
		Short: "Print the revisions the database is at",
		Long: `current reads the version table and prints the revisions the database is
at, one per line, marked (head) when nothing comes after them. It prints
nothing for a database that was never upgraded.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cfg, dir, err := a.project()
			if err != nil {
				return err
			}
			r, db, target, err := a.runner(ctx, cfg, dir)
			if err != nil {
				return err
			}
			defer db.Close()
			heads, err := r.Current(ctx)
			if err != nil {
				return fmt.Errorf("%s: %s", target, target.Scrub(err.Error()))
			}
			if verbose {
				fmt.Fprintf(a.stdout, "Current revision(s) for %s:\n", target)
			}
			nodes, err := dir.Graph.Current(heads)
			if err != nil {
				return err
			}
			for _, n := range nodes {
				if verbose {
					fmt.Fprint(a.stdout, entry(n, dir.Files[n.ID], false))
					continue
				}
				fmt.Fprintln(a.stdout, line{tree: true}.format(n))
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "show each revision in full")
	return cmd
}

func (a *app) stampCmd() *cobra.Command {
	var purge bool
	cmd := &cobra.Command{
		Use:   "stamp REV...",
		Short: "Set the version table without running any revision",
		Long: `stamp records in the version table that the database is at REV (head,
heads, base, a revision or prefix, <label>@head) without running any
revision: for a database whose schema was made another way. --purge
empties the table first, which also clears revisions this code does not
have.`,
		Example: `  autogen stamp head
  autogen stamp --purge 1975ea83b712`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cfg, dir, err := a.project()
			if err != nil {
				return err
			}
			r, db, target, err := a.runner(ctx, cfg, dir)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := r.Stamp(ctx, args, purge); err != nil {
				return fmt.Errorf("stamp %s: %s", target, target.Scrub(err.Error()))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&purge, "purge", false, "empty the version table before stamping")
	return cmd
}
