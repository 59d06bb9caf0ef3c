"""Printed forms of the official profile (2C-BNV/2008 and the TT 06/2023 unified résumé) as PDF, and the
person list as Excel."""
