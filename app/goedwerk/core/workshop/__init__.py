"""A live workshop run: the session clock and saved runs."""
