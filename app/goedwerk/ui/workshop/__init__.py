"""Run a session pack live: the presenter view, the audience view and the block timer.

The main window calls ``open_workshop(parent, workspace, pack)``.
"""

from goedwerk.ui.workshop.launch import open_workshop

__all__ = ["open_workshop"]
