"""`python -m prosopograph.cli`: the same command line as the `prosopograph` script."""

from . import main

main()
