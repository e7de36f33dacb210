"""Session packs: the list of packs, the builder with its agenda, and export and printing."""
