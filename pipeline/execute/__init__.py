"""Where the work of an import runs: ``pool`` (local worker processes with time
and memory limits) or ``dask`` (a Dask cluster); both return ``TaskResult``s."""
