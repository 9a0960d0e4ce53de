"""`python -m bot` is the same as `rasd`."""

import sys

from bot.app.cli import main

sys.exit(main())
