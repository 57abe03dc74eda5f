"""One module per schema migration, named mNNN_what."""
