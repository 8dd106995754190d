"""How the per-report work is mapped over the reports: in this process, over a pool of
processes on this machine, or over a Dask cluster when the corpus outgrows one machine.

Every engine maps the same top-level function over the same list and returns the results
in the order of the list, so their outputs are identical. A task gets plain data (paths,
ids, the schema folder) and loads the knowledge itself, once per worker process: the
gazetteer is never shipped with each task. With Dask the workers must see the project
folder at the same path (one machine, or a shared disk).
"""
import contextlib
import ctypes
import os
import signal
from concurrent.futures import ProcessPoolExecutor

ENGINES = ("processes", "serial", "dask")
PR_SET_PDEATHSIG = 1  # prctl option: the signal a child gets when its parent dies


def end_with_parent(parent):
    """In a child process of `parent` (a pool worker, mkdocs): be ended when build.py ends, even
    by SIGKILL (Linux). A forked worker shares the build's lock (output.exclusive_build): one
    that outlived a killed build would hold it, and the next build would wait forever. The signal
    comes when the thread that started the child ends, so workers are started from the main thread.
    A parent killed between the fork and this call sends no signal: the child has been handed on to
    another parent by then, and ends itself."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)


def default_jobs():
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class Mapper:
    """map(function, items) -> results in order, by the chosen engine; close() when done."""

    def __init__(self, engine="processes", jobs=None, scheduler=None):
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
        if engine == "dask" and not scheduler:
            raise ValueError("the dask engine needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        self.engine, self.jobs, self.scheduler = engine, jobs or default_jobs(), scheduler
        self._pool = self._client = None

    def map(self, function, items):
        """The results of function(item) in the order of `items`; with the process pool, an
        iterator that yields each as soon as it and those before it are done."""
        items = list(items)
        if not items:
            return []
        if self.engine == "serial" or (self.engine == "processes" and (self.jobs == 1 or len(items) == 1)):
            return [function(item) for item in items]
        if self.engine == "processes":
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=end_with_parent,
                                                 initargs=(os.getpid(),))
            # chunks of a few reports: fewer round trips, still balanced across workers
            return self._pool.map(function, items, chunksize=max(1, len(items) // (self.jobs * 8)))
        return self._dask_map(function, items)

    def _dask_map(self, function, items):
        try:
            import dask.bag
            from distributed import Client
        except ImportError as error:
            raise RuntimeError("the dask engine needs the optional extra: pip install -e '.[dask]'") from error
        if self._client is None:
            self._client = Client(self.scheduler, set_as_default=False)
        bag = dask.bag.from_sequence(items, npartitions=max(1, min(len(items), 4 * self.jobs)))
        return bag.map(function).compute(scheduler=self._client.get)

    def close(self):
        if self._pool is not None:
            self._pool.shutdown()
        if self._client is not None:
            self._client.close()
        self._pool = self._client = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
