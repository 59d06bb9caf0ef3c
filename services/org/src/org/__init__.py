"""The org service."""
