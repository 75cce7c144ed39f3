"""res_desktop: the regional coordinator's workstation for the Regional Export Standard."""

__version__ = "0.1.0"
