"""``sphinx-cv new`` and ``import``: a CV project written from records."""
