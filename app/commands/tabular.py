def register(sub, common):
    """Placeholder until the tabular import/export commands land."""
