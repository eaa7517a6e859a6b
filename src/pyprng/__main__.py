"""``python -m pyprng`` runs the ``pyprng`` command."""

import sys

from .cli import main

sys.exit(main())
