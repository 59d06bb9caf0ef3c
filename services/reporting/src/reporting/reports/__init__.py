"""The statutory reports: column-definition files (forms/*.yaml), the engine that counts them over the
read model on a reference date, their Excel layout and the drill-down to the people counted."""
