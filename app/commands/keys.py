"""Placeholder: the keys commands are registered by their issue."""


def register(sub, common):
    return None
