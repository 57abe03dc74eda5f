from workshop.app import main

raise SystemExit(main())
