"""Shared pieces of the window: workers, notice bar, resources, actions, settings."""
