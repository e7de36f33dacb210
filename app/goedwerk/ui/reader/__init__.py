"""Reading one item, with links to related items and browser-like history."""
