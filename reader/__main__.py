"""`python -m reader` runs the `reader` command."""

from reader.cli import main

main()
