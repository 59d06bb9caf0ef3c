"""Transfer's copy of the reference catalogs is common.catalogs, seeded on first start from seed_data/
(the holiday calendar, the leaving forms and the employment statuses) and kept by org's events."""
