"""The person's 3×4 photo: a scanned document of type ANH_3X4 (so replacing it keeps every version,
like any document), checked as a portrait photo, shown on the profile and printed on the forms."""
