"""Session packs: operations, pack files, labels and printable HTML."""
