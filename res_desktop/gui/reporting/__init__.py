"""Reporting: quarterly and annual reports, their archive and the dashboard."""
