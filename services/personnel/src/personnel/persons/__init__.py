"""Person records: the official (approved) profile, its versions and its dated status events."""
