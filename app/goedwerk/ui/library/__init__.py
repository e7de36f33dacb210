"""Browsing the library: search with facets, the values deck, the question bank, saved lists."""
