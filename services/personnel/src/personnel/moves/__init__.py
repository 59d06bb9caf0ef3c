"""The moves transfer decides, applied to the record (see service.py)."""
