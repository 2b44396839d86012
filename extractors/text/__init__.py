"""Text utilities below everything else: folding (keys without diacritics,
spelling variants), literal search, Vietnamese syllable scoring."""
