"""Excel import of whole units: template, upload, preview, confirmation, background application."""
