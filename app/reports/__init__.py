"""reports layer of pbgdpl."""
