"""Test support shared by every service's tests: the pytest plugin and its fixtures."""
