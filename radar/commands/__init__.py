"""One module per CLI command; each exposes ``command`` and wraps a plain function."""
