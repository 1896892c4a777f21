"""``python -m pipeline`` is the same as the ``dyad`` command."""

from pipeline.cli import main

main()
