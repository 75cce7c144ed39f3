"""Checklist: the instruments' checklists, evidence and the plan-schedule."""
