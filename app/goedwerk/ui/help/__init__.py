"""Help: the first-run welcome ("Zo begin je"), About Goed Werk, and their menu entries."""
