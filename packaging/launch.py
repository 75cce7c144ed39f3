"""PyInstaller's entry point: the same as `python -m res_desktop`."""

from res_desktop.cli import main

raise SystemExit(main())
