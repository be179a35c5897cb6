"""``python -m socialcheck``."""

from .cli import main

main()
