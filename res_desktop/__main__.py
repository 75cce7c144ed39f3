from res_desktop.cli import main

raise SystemExit(main())
