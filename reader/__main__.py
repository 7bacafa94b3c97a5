"""`python -m reader` runs the `reader` command."""

from reader.cli import main

if __name__ == "__main__":  # not when a spawned worker process imports this module again
    main()
