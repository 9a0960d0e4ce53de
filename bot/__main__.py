"""`python -m bot` is the same as `rasd`."""

import sys

from bot.app.entry import main

sys.exit(main())
