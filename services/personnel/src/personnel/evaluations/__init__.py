"""Annual evaluation rounds (R-40..R-43): see README.md."""
