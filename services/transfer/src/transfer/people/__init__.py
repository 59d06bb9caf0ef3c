"""Transfer's view of who works where: a replica of personnel's approved records (id, unit, status, name)."""
