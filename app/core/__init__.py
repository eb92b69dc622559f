"""core layer of pbgdpl."""
