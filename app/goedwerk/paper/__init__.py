"""Paper: PDF and printing with QtGui, no widgets; the CLI prints through it."""
