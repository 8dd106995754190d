"""Work on loaded knowledge is done once per knowledge object, never served for another object."""
from ruleoflaw.memo import once_per_object


def counting(calls):
    @once_per_object
    def summed(numbers, extra):
        calls.append(1)
        return sum(numbers) + sum(extra)
    return summed


def test_the_same_objects_are_worked_on_once():
    calls = []
    summed = counting(calls)
    numbers, extra = [1, 2], [3]
    assert [summed(numbers, extra) for _ in range(3)] == [6, 6, 6]
    assert len(calls) == 1


def test_other_objects_of_equal_content_or_at_a_freed_id_are_worked_on_anew():
    calls = []
    summed = counting(calls)
    assert summed([1, 2], [3]) == 6
    assert summed([1, 2], [3]) == 6   # new lists, perhaps at the ids the first ones freed
    assert summed([5], [3]) == 8      # a freed id reused by other content gives that content's result
    assert len(calls) == 3


def test_the_latest_objects_stay_cached_after_many_others():
    calls = []
    summed = counting(calls)
    kept = [([number], []) for number in range(50)]
    assert [summed(*arguments) for arguments in kept] == list(range(50))
    assert summed(*kept[-1]) == 49 and len(calls) == 50
