"""The catalog (SQLite), its migrations and its backups; private to the core."""
