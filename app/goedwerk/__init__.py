"""Goed Werk: an offline desktop knowledge base for Good Work conversations."""

from __future__ import annotations

__version__ = "0.1.0"
