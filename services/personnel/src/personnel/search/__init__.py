"""Search over approved records: folded names (pg_trgm), identity numbers and filters, scoped in SQL."""
