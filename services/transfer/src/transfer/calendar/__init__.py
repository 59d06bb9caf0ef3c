"""The state agencies' working-day calendar over HTTP, for any signed-in account and other e-government
systems (the data: common.workdays and the catalog copy's holiday calendar, kept by org's events)."""
