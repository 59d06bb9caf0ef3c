"""The figures the home page charts from the read model (issue 14.7)."""
