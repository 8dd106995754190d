"""Regular-expression helpers the stages share."""
import re


def alternation(words):
    """One alternation of `words`, each escaped, longest first, so that a longer word wins where a shorter one
    is its start (行政复议 before 行政)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))
