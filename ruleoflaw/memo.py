"""Work done once per loaded knowledge, which the stages receive as plain dicts and lists."""
from functools import wraps

_KEPT = 8  # results kept per function: a few knowledge sets at once (the shipped one, a test's copy)


def once_per_object(function):
    """`function`, whose arguments are loaded knowledge (dicts and lists, which cannot be hashed), computed once for
    the same argument objects: cached by their identities, and checked against them, as a freed object's id may be
    reused. Loaded knowledge is never changed in place, so the same objects always give the same result."""
    cache = {}

    @wraps(function)
    def cached(*arguments):
        key = tuple(map(id, arguments))
        hit = cache.get(key)
        if hit is None or any(kept is not given for kept, given in zip(hit[0], arguments)):
            if len(cache) >= _KEPT:
                cache.clear()
            hit = cache[key] = (arguments, function(*arguments))
        return hit[1]
    return cached
