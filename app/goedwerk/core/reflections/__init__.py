"""Reflections, value sorts and harvest exports."""
