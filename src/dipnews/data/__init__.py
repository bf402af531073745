"""Data tables of dipnews (JSON files read through :mod:`importlib.resources`)."""
