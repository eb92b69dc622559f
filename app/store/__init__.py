"""store layer of pbgdpl."""
