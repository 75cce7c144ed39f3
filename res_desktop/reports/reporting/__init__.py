"""Reporting: what the reports add on top of each subsystem's section (summary, plan, KPIs)."""
