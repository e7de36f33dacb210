"""Sharing between facilitators in the window: library sources and bundles."""
