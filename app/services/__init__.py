"""services layer of pbgdpl."""
