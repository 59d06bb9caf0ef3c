"""Reporting's read model: every approved state of every person and every dated status, from personnel's
events, kept whole so that a report can be asked for any reference date (valid time)."""
