"""The local copy of the reference catalogs (fed by org.catalog_item.changed.v1, seeded from CSV)."""
