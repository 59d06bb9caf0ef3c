"""Batch decisions: one decision (number, date, signer, issuer, scan) applied to many records at once."""
