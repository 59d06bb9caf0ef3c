"""Change requests: every new record or change is a draft until submitted and approved by a leader."""
