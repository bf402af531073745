"""Private parts of :mod:`dipnews.officials`: the title table and the compiled grammar."""
