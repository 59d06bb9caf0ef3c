"""The personnel service."""
