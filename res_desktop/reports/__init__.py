"""PDF reports, reportlab only: ``quarterly.build_quarterly``, ``build_annual``, ``build_report``.

Input is ``data.ReportData``; sections are ``(data, styles) -> list[Flowable]`` callables.
"""
