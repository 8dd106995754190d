"""The two kinds of failure the build reports to users.

Problems in a source document are `ReportError`s: the build names the file and
the problem, skips that report and goes on. Problems in the domain knowledge
under schema/ are `KnowledgeError`s: nothing can be built with a broken
vocabulary, so the build stops before it writes anything.
"""


class ReportError(Exception):
    """A source report that cannot be read or understood."""

    def __init__(self, path, problem):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


class KnowledgeError(Exception):
    """A YAML file under schema/ that does not say what the build needs."""

    def __init__(self, path, problem):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem
