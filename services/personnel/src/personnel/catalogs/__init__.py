"""Personnel's copy of the reference catalogs is common.catalogs (seeded from seed_data/ on first start,
kept by org's events); this package holds the CSV files and what only personnel reads from them."""
