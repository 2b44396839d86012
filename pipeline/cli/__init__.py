"""The ``vanban`` command line: ``commands`` (click), ``output`` (tables, JSON,
CSV), ``progress`` (the import's progress line)."""
