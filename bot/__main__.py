"""`python -m bot` is the same as `rasd`."""

import sys

from bot.cli import main

sys.exit(main())
