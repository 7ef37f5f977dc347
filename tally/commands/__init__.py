"""The `tally` commands, one module per task; tally/cli.py gathers them into one group."""
