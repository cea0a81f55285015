"""export: the timeline (and later the network) in formats other tools open."""
