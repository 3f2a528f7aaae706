"""Page layouts and their callbacks (the modules in pages/ only register them)."""
