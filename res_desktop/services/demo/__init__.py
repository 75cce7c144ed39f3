"""Demo: the demo region."""
