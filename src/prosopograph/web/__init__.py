"""web: the local workbench, a read-only page over one knowledge base (`prosopograph serve`)."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
