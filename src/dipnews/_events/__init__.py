"""Private helpers of :mod:`dipnews.events` (lexicon, segmentation, syntax)."""
