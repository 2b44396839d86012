"""Development tools, run from a checkout and never installed: ``bench``
(``make bench``) and ``synthetic`` (notices with known facts, for bulk-import
benchmarks).  They sit on top: they import the package, nothing imports them."""
