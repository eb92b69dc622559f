"""gui layer of pbgdpl."""
