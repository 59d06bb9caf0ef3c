"""Ad-hoc lists: an officer picks columns and filters over the read model of people, previews, saves the
definition for a unit and exports it to Excel (issue 14.6)."""
