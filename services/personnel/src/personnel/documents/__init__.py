"""Scanned documents of a dossier: content-checked uploads to S3, versions kept, signed downloads."""
