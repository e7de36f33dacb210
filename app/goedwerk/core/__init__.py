"""The Qt-free core of Goed Werk: content, catalog, search and pack logic.

Nothing in this package may import PySide6; the command line and the window are two faces of it.
"""
