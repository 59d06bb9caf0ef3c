"""What falls due: the open obligations of a unit's subtree, soonest first (the dashboard's list)."""
