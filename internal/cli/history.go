package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/autogen-go/autogen/internal/graph"
)

func (a *app) headsCmd() *cobra.Command {
	var verbose, resolve bool
	cmd := &cobra.Command{
		Use:   "heads",
		Short: "Print the heads of the history",
		Long: `heads prints the revisions that no revision revises. With several heads,
` + "`autogen merge heads`" + ` joins them. --resolve-dependencies leaves out the
heads that another revision depends on.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, dir, err := a.project()
			if err != nil {
				return err
			}
			ids := dir.Graph.Heads()
			if resolve {
				ids = dir.Graph.RealHeads()
			}
			for _, id := range ids {
				n := dir.Graph.Node(id)
				if verbose {
					fmt.Fprint(a.stdout, entry(n, dir.Files[id], false))
					continue
				}
				fmt.Fprintln(a.stdout, line{branches: true}.format(n))
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "show each revision in full")
	cmd.Flags().BoolVar(&resolve, "resolve-dependencies", false, "leave out heads that other revisions depend on")
	return cmd
}

func (a *app) historyCmd() *cobra.Command {
	var verbose, indicate bool
	var rng string
	cmd := &cobra.Command{
		Use:   "history",
		Short: "List the revisions, newest first",
		Long: `history lists the revisions from the heads down to base, each as
"parents -> id, message". -r START:END limits the list to a range (either
end may be empty, or "current" for where the database is); -i marks the
revisions the database is at.`,
		Example: `  autogen history
  autogen history -r 1975:head -v
  autogen history -r current: -i`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cfg, dir, err := a.project()
			if err != nil {
				return err
			}
			lower, upper := "", ""
			if rng != "" {
				var ok bool
				lower, upper, ok = strings.Cut(rng, ":")
				if !ok {
					return fmt.Errorf("history -r takes START:END, START: or :END, not %q", rng)
				}
			}
			current := map[string]bool{}
			if indicate || lower == "current" || upper == "current" {
				r, db, target, err := a.runner(ctx, cfg, dir)
				if err != nil {
					return err
				}
				heads, err := r.Current(ctx)
				db.Close()
				if err != nil {
					return fmt.Errorf("%s: %s", target, target.Scrub(err.Error()))
				}
				for _, h := range heads {
					current[h] = true
				}
				at := "base"
				if len(heads) > 0 {
					at = strings.Join(heads, ",")
				}
				if lower == "current" {
					lower = at
				}
				if upper == "current" {
					upper = at
				}
				if !indicate {
					current = nil
				}
			}
			nodes, err := span(dir.Graph, lower, upper)
			if err != nil {
				return err
			}
			for _, n := range nodes {
				if verbose {
					fmt.Fprintln(a.stdout, entry(n, dir.Files[n.ID], current[n.ID]))
					continue
				}
				fmt.Fprintln(a.stdout, line{parents: true, branches: true, tree: true, doc: true, current: current}.format(n))
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "show each revision in full")
	cmd.Flags().BoolVarP(&indicate, "indicate-current", "i", false, "mark the revisions the database is at (connects to it)")
	cmd.Flags().StringVarP(&rng, "rev-range", "r", "", "START:END, START: or :END")
	return cmd
}

// span lists a history range; a bound naming several revisions (the
// database at several heads) is taken one at a time.
func span(g *graph.Graph, lower, upper string) ([]*graph.Node, error) {
	if strings.Contains(upper, ",") {
		var out []*graph.Node
		seen := map[*graph.Node]bool{}
		for _, u := range strings.Split(upper, ",") {
			ns, err := g.Span(lower, u)
			if err != nil {
				return nil, err
			}
			for _, n := range ns {
				if !seen[n] {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
		return out, nil
	}
	if strings.Contains(lower, ",") {
		return g.Span("", upper)
	}
	return g.Span(lower, upper)
}

func (a *app) branchesCmd() *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "branches",
		Short: "Print the branch points of the history",
		Long:  `branches prints each revision that several revisions revise, and those revisions.`,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, dir, err := a.project()
			if err != nil {
				return err
			}
			nodes, err := dir.Graph.Span("", "")
			if err != nil {
				return err
			}
			for _, n := range nodes {
				if !n.IsBranchPoint() {
					continue
				}
				if verbose {
					fmt.Fprint(a.stdout, entry(n, dir.Files[n.ID], false))
				} else {
					fmt.Fprintln(a.stdout, line{branches: true, tree: true}.format(n))
				}
				for _, c := range n.Children() {
					child := dir.Graph.Node(c)
					fmt.Fprintf(a.stdout, "%s -> %s\n", strings.Repeat(" ", len(n.ID)), line{branches: true, doc: verbose}.format(child))
				}
				fmt.Fprintln(a.stdout)
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "show each branch point in full")
	return cmd
}

func (a *app) showCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "show REV",
		Short: "Show a revision in full",
		Long:  `show prints the revisions REV names (an id, a prefix, head, heads, <label>@head, or current for where the database is).`,
		Args:  exactArgs(1, "show needs a revision, e.g. `autogen show head`"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cfg, dir, err := a.project()
			if err != nil {
				return err
			}
			var nodes []*graph.Node
			if args[0] == "current" {
				r, db, target, err := a.runner(ctx, cfg, dir)
				if err != nil {
					return err
				}
				heads, err := r.Current(ctx)
				db.Close()
				if err != nil {
					return fmt.Errorf("%s: %s", target, target.Scrub(err.Error()))
				}
				nodes, err = dir.Graph.ResolveAll(heads)
				if err != nil {
					return err
				}
			} else if nodes, err = dir.Graph.Resolve(args[0]); err != nil {
				return err
			}
			if len(nodes) == 0 {
				return fmt.Errorf("%q names no revision", args[0])
			}
			for i, n := range nodes {
				if i > 0 {
					fmt.Fprintln(a.stdout)
				}
				fmt.Fprint(a.stdout, entry(n, dir.Files[n.ID], false))
			}
			return nil
		},
	}
}
