"""The shared pattern helpers say what the plain Python they stand for says."""
import re

from hypothesis import given, strategies as st

from ruleoflaw.patterns import alternation, holds_any, may_match

# Han characters, the marks around them, and the characters a regular expression reads as its own
CHARACTERS = st.sampled_from(list("行政复议案件共计年以来、，。()（）[]*+?.^$|\\") + ["\n", " "])
WORDS = st.lists(st.text(CHARACTERS, max_size=4), max_size=6)


@given(text=st.text(CHARACTERS, max_size=30), words=WORDS)
def test_holds_any_is_any_word_in_the_text(text, words):
    assert holds_any(text, words) == any(word in text for word in words)


def test_holds_any_answers_as_any_for_more_lists_than_it_keeps_compiled():
    """A list's compiled alternation is found by the list's identity, and only so many are kept: each of many lists,
    some asked about again after the rest have pushed them out, gets the answer `any` gives."""
    lists = [(number, [f"案件{number}件", f"复议{number}次"]) for number in range(6000)]
    answers = []
    for number, words in [*lists, *lists[::97]]:
        text = f"办理案件{number}件" if number % 2 else f"办理复议{number + 1}次"
        answers.append(holds_any(text, words))
        assert answers[-1] == any(word in text for word in words)
    assert True in answers and False in answers


def test_holds_any_finds_nothing_in_no_words():
    assert not holds_any("行政复议", [])


def test_alternation_prefers_the_longer_word():
    assert re.match(alternation(["行政", "行政复议"]), "行政复议案件").group() == "行政复议"


def test_a_pattern_that_needs_words_may_match_only_where_one_stands():
    assert may_match("(记者 张三 摄)", ("供图", "摄"))
    assert not may_match("全年办理行政复议案件12件", ("供图", "摄"))
    assert may_match("全年办理行政复议案件12件", ())   # no words needed: it may match anywhere
