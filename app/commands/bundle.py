"""Placeholder: the bundle commands are registered by their issue."""


def register(sub, common):
    return None
