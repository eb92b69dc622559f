"""Placeholder: the report commands are registered by their issue."""


def register(sub, common):
    return None
