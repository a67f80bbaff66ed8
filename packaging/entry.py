"""The bundle's entry point: `station ...` runs the command line, `station gui` the window."""

import multiprocessing
import sys

from station.cli import main

if __name__ == "__main__":
    # A frozen program that starts worker processes must let them run here first.
    multiprocessing.freeze_support()
    sys.exit(main())
