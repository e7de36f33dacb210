"""The PySide6 desktop window. Widgets get their services through constructors; see main.py."""
