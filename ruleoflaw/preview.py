"""A static server for a built site: `build.py serve`, the browser tests and the benchmark
all look at the site as GitHub Pages would serve it, files only."""
import contextlib
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        """No request log (it would fill pytest's and the benchmark's output)."""


@contextlib.contextmanager
def serving(folder, host="127.0.0.1", port=0, quiet=True):
    """Serve `folder` on host:port (port 0: any free one) in a background thread; yields its
    address (http://host:port/) and stops the server when the block ends."""
    handler = functools.partial(_QuietHandler if quiet else SimpleHTTPRequestHandler, directory=str(folder))
    server = ThreadingHTTPServer((host, port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
