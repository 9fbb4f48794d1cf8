package graph

// AbsoluteUpgradeTarget turns an upgrade destination that may be relative
// to the current revisions ("+1", "label@+2") into one that is not, so
// that a runner that commits revision by revision can plan the rest again
// from wherever the database is after each commit.
func (g *Graph) AbsoluteUpgradeTarget(current []string, target string) (string, error) {
	if relative.FindStringSubmatch(target) == nil {
		return target, nil
	}
	targets, err := g.parseUpgradeTarget(current, target)
	if err != nil {
		return "", err
	}
	if len(targets) == 0 {
		return "base", nil
	}
	return targets[0].ID, nil
}

// AbsoluteDowngradeTarget does for a downgrade destination ("-1",
// "label@-1", "ae10-2") what AbsoluteUpgradeTarget does for an upgrade.
func (g *Graph) AbsoluteDowngradeTarget(current []string, target string) (string, error) {
	if relative.FindStringSubmatch(target) == nil {
		return target, nil
	}
	label, dest, undoDest, err := g.parseDowngradeTarget(current, target)
	if err != nil {
		return "", err
	}
	if undoDest {
		// "<merge>-1" keeps meaning "undo the merge" from anywhere.
		return joinLabel(label, dest.ID+"-1"), nil
	}
	return joinLabel(label, posName(dest)), nil
}
