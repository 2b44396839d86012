"""The document's header: ``fields`` finds type, number, issuer, place and date,
title and recipients; ``names`` reads organ names, ``signature`` the signature
block, ``news`` the headers of news articles."""

from vanban.extractors.header.fields import VERSION, find_header

__all__ = ["VERSION", "find_header"]
