"""``python -m bot`` is the same as the ``summitbot`` command."""

from bot.cli import main

raise SystemExit(main())
