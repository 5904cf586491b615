"""User-facing errors: one line, naming the file (and line) and what is wrong."""

from __future__ import annotations


class BriefingsError(Exception):
    """Base class for errors reported to the user as a single line, no traceback."""


class SourceError(BriefingsError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


class TaggingError(BriefingsError):
    """The tagger failed on one article (a bug, not the input's fault): the article is
    reported and left out, the rest of the batch goes on."""

    def __init__(self, path: str, error: Exception | str):
        self.path = str(path)
        self.reason = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        super().__init__(f"{self.path}: tagging failed ({self.reason}); left out")

    def __reduce__(self):  # sent back from a worker process (``--jobs 2``) as it came
        return (TaggingError, (self.path, self.reason))
