package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/autogen-go/autogen/internal/script"
)

type revisionFlags struct {
	message      string
	revID        string
	heads        []string
	splice       bool
	branchLabels []string
	dependsOn    []string
}

func (a *app) revisionCmd() *cobra.Command {
	var f revisionFlags
	var auto bool
	var rf renameFlags
	cmd := &cobra.Command{
		Use:   "revision -m MESSAGE",
		Short: "Create a new revision file",
		Long: `revision writes a new, empty revision file into migrations/versions whose
parent is the current head, and prints its path. Fill in its Upgrade and
Downgrade functions, then run ` + "`autogen upgrade head`" + `.

With several heads, --head says which one the new revision revises (or
merge the heads first). --head with a revision that is not a head needs
--splice, and starts a new branch from it; --head base starts a new base.

With --autogenerate, the revision is a draft of the changes between the
database (which must be at the head) and the models listed in autogen.yaml:
an upgrade and its exact inverse, with a comment on every operation that
risks data or takes a long lock. Read it and edit it before applying it.
With no difference, it prints "No changes detected" and writes nothing. A
dropped and an added column (or table) of the same shape are a drop and an
add unless you say they are a rename: --rename-column users.name=full_name,
--rename-table old=new, or y at the question asked on a terminal.`,
		Example: `  autogen revision -m "add accounts" --autogenerate
  autogen revision -m "rename" --autogenerate --rename-column users.name=full_name
  autogen revision -m "add accounts"
  autogen revision -m "audit tables" --head base --branch-label audit
  autogen revision -m "fix" --head 3f2a --splice`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if auto {
				return a.autogenerate(cmd.Context(), f, &rf)
			}
			if len(rf.tables)+len(rf.columns) > 0 {
				return fmt.Errorf("--rename-table and --rename-column go with --autogenerate")
			}
			_, dir, err := a.project()
			if err != nil {
				return err
			}
			var heads []string
			if len(f.heads) > 0 {
				heads = f.heads
			}
			h, err := dir.Header(script.NewRevision{
				ID: f.revID, Message: f.message, Heads: heads, Splice: f.splice,
				BranchLabels: f.branchLabels, DependsOn: f.dependsOn, Created: time.Now(),
			})
			if err != nil {
				return err
			}
			path, err := dir.Write(h, nil, nil)
			if err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, display(path))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.message, "message", "m", "", "what the revision does, in a line")
	fl.StringVar(&f.revID, "rev-id", "", "the revision id (default: 12 random hex digits)")
	fl.StringSliceVar(&f.heads, "head", nil, "the revision(s) the new one revises (default: head; base for a new base)")
	fl.BoolVar(&f.splice, "splice", false, "allow --head to name a revision that is not a head")
	fl.StringSliceVar(&f.branchLabels, "branch-label", nil, "a branch label for the new revision")
	fl.StringSliceVar(&f.dependsOn, "depends-on", nil, "a revision (or label) of another branch this one depends on")
	fl.BoolVar(&auto, "autogenerate", false, "draft the changes between the database and the models")
	rf.add(cmd)
	_ = cmd.MarkFlagRequired("message")
	return cmd
}

func (a *app) mergeCmd() *cobra.Command {
	var f revisionFlags
	cmd := &cobra.Command{
		Use:   "merge -m MESSAGE heads|REV...",
		Short: "Create a revision that merges several heads into one",
		Long: `merge writes an empty revision whose parents are the given revisions
("heads": all current heads), so that the history has one head again.`,
		Example: `  autogen merge -m "merge accounts and billing" heads
  autogen merge -m "merge" 3f2a 7c1d`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, dir, err := a.project()
			if err != nil {
				return err
			}
			h, err := dir.Header(script.NewRevision{
				ID: f.revID, Message: f.message, Heads: args, Splice: f.splice, Merge: true,
				BranchLabels: f.branchLabels, Created: time.Now(),
			})
			if err != nil {
				return err
			}
			path, err := dir.Write(h, nil, nil)
			if err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, display(path))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.message, "message", "m", "", "what the merge is, in a line")
	fl.StringVar(&f.revID, "rev-id", "", "the revision id (default: 12 random hex digits)")
	fl.BoolVar(&f.splice, "splice", false, "allow merging revisions that are not heads")
	fl.StringSliceVar(&f.branchLabels, "branch-label", nil, "a branch label for the merge revision")
	_ = cmd.MarkFlagRequired("message")
	return cmd
}
