"""Programme: the regional programme and budget (instrument 4, block V)."""
