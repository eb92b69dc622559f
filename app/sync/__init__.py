"""sync layer of pbgdpl."""
