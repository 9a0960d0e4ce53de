"""`python -m bot` is the same as `rasd`."""

import sys

try:
    from bot.app.entry import main
except KeyboardInterrupt:  # Ctrl-C in the first milliseconds, before main() guards it
    sys.exit(130)

sys.exit(main())
