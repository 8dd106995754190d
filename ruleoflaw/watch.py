"""`build.py watch`: a build process that keeps running and builds again when reports/ changes.

A build in the same process does the work of what changed: the worker pool, jieba's dictionary,
the gazetteer and the knowledge stay loaded, and pipeline.WarmState keeps the reports' summaries
and the corpus pages of the last build. Files are watched with watchdog, the watcher of
`mkdocs serve`, through the operating system's notifications rather than by polling.
"""
import threading

from watchdog.events import EVENT_TYPE_CLOSED_NO_WRITE, EVENT_TYPE_OPENED, FileSystemEventHandler
from watchdog.observers import Observer

# Reading a file is no change (a build reads every report).
READS = {EVENT_TYPE_OPENED, EVENT_TYPE_CLOSED_NO_WRITE}


class _Changed(FileSystemEventHandler):
    def __init__(self):
        self.event = threading.Event()

    def on_any_event(self, event):
        if event.event_type not in READS:
            self.event.set()


def watch(folder, rebuild, settle=0.1):
    """Call rebuild() now, and again after files under `folder` change, once no change has come for
    `settle` seconds (saving a file in an editor, or copying a folder of reports, is many changes),
    until rebuild raises (or Ctrl-C). Changes are watched from before the first build: none made
    while it runs is missed."""
    changed = _Changed()
    observer = Observer()
    observer.schedule(changed, str(folder), recursive=True)
    observer.start()
    try:
        rebuild()
        while True:
            if not changed.event.wait(timeout=0.5):
                continue
            while changed.event.is_set():
                changed.event.clear()
                changed.event.wait(settle)
            rebuild()
    finally:
        observer.stop()
        observer.join()
