"""Multi-step requests: a chain of registered skills' steps, each exact and explained (see parser.py)."""
