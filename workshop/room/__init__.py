"""The room of phones: an aiohttp server, a client of the services like the console (no Qt here)."""
