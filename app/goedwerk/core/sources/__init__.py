"""Where the library comes from: the list of sources and the user's own library."""
