"""Subcommands of the `rasd` CLI: one module each, registered in `bot.app.cli`."""
