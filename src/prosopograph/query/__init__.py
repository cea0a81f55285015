"""query: questions put to the store, answered with plain dataclasses that carry citations."""
