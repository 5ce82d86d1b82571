"""The frozen app's entry point: the same as the ``daftari`` command."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
