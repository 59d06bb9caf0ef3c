"""Search over approved records: names by word prefixes (the grammar in terms.py), identity numbers and
filters, scoped in SQL (the plans: repository.py)."""
