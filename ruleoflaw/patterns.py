"""Regular-expression helpers the stages share."""
import re
from functools import lru_cache

# The control characters no page, YAML front matter or XML can hold (the Ctrl-Z an old DOS file ends with, an escape,
# the C1 character &#129; resolves to; U+FFFE and U+FFFF), as the body of a character class: all but those that break
# a line (tab, line feed, vertical tab, form feed, carriage return, next line), which each stage treats as it must.
CONTROL_CHARACTERS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff"
# … and with the vertical tab and form feed, what no one-line value (a title, a name) can hold
ONE_LINE_CONTROLS = CONTROL_CHARACTERS + "\x0b\x0c"

# Quotes and brackets, opening and closing: a list's joiner (、) inside them joins no items of the list
# (完成“双随机、一公开”国家任务412个 is one item).
OPENERS, CLOSERS = "“‘「（(《", "”’」）)》"


def alternation(words):
    """One alternation of `words`, each escaped, longest first, so that a longer word wins where a shorter one
    is its start (行政复议 before 行政)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def openings(words):
    """A character class's body of the characters `words` open with: said first in a pattern of them ((?=[…])), it lets
    the regex engine skip to those characters rather than try the pattern at every one."""
    return re.escape("".join(sorted({word[0] for word in words})))


@lru_cache(maxsize=512)
def _finder(words):
    return re.compile(alternation(words)) if words else None


def may_match(text, needs):
    """Whether a pattern whose every match holds one of the words `needs` may match in `text`: not where `text` holds
    none of them, so that a costly pattern is not run there (no `needs`: it may match anywhere)."""
    return not needs or holds_any(text, needs)


# {id(words): (words, finder)} for the word lists of loaded knowledge, which are asked about thousands of times a
# report: found by identity, not by hashing the words again (the list is kept, so that its id is not reused)
_FINDERS_BY_IDENTITY = {}
_KEPT_BY_IDENTITY = 4096   # far more than the lists of loaded knowledge; a list made for one call only comes and goes


def holds_any(text, words):
    """Whether `text` holds one of `words` (literal strings), as `any(word in text for word in words)`: one search in
    C, where a test in Python per word costs a step for each of a vocabulary's hundred words."""
    kept = _FINDERS_BY_IDENTITY.get(id(words))
    if kept is None or kept[0] is not words:
        if len(_FINDERS_BY_IDENTITY) >= _KEPT_BY_IDENTITY:
            _FINDERS_BY_IDENTITY.clear()
        kept = _FINDERS_BY_IDENTITY[id(words)] = (words, _finder(tuple(words)))
    finder = kept[1]
    return finder is not None and finder.search(text) is not None
