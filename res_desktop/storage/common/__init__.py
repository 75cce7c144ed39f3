"""Common: shared by several subsystems."""
