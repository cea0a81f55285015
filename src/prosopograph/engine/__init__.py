"""engine: where sources are prepared — local worker processes (default) or a cluster."""
