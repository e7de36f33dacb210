"""Mijn verhalen: writing and editing own stories in the window."""
