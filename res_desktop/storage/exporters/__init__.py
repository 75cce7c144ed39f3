"""Exporters: the exporter registry and its analysis (instrument 9)."""
