"""Council: the Export Council (instrument 5)."""
