"""Files in, documents out.  ``files`` walks and hashes, ``steps`` plans,
prepares and writes one file, ``run`` orchestrates an import (local workers or
Dask), ``extract`` gives one file's contract without a store."""

from vanban.pipeline.ingest.extract import extract_file
from vanban.pipeline.ingest.files import sha256_of, walk
from vanban.pipeline.ingest.run import IngestOptions, IngestSummary, ingest
from vanban.pipeline.ingest.steps import OUTCOMES, Failure, FileOutcome, prepare, prepare_to_store

__all__ = [
    "OUTCOMES",
    "Failure",
    "FileOutcome",
    "IngestOptions",
    "IngestSummary",
    "extract_file",
    "ingest",
    "prepare",
    "prepare_to_store",
    "sha256_of",
    "walk",
]
