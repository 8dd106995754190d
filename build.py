#!/usr/bin/env python3
"""Command-line entry: `python build.py --help`. The code is in ruleoflaw/."""
from ruleoflaw.cli import main

if __name__ == "__main__":
    main()
