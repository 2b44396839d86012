from vanban.pipeline.cli import cli

cli(prog_name="vanban")
