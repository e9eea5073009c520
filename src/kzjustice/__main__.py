"""`python -m kzjustice`: the same as the `kzjustice` command."""

from kzjustice.cli import main

raise SystemExit(main())
