from vanban.pipeline.cli.commands import cli

cli(prog_name="vanban")
