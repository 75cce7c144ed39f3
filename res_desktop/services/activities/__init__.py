"""Activities: activities of instruments 10-15."""
