"""Team: the management team (instrument 3)."""
