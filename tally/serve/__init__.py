"""tally's server: a JSON API, exports, Atom feeds and pages over a tally database.

    from tally.serve import create_app
    app = create_app("sqlite:///tally.db")

`tally serve` runs it with uvicorn; docs/web.md describes the pages, the API and access.
"""

from tally.serve.app import create_app

__all__ = ["create_app"]
