"""Bundles (``.goedwerk`` zip files): library items and packs that travel between facilitators."""
