"""Telegram layer: thin python-telegram-bot handlers that call bot/ and send its answers."""
