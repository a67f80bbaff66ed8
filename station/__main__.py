"""`python -m station` runs the command line."""

import sys

from station.cli import main

sys.exit(main())
