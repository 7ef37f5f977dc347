"""Linking: which stored reports describe the same incident, and each incident's toll over time.

    features.py   what the linker reads of a report (when, where, what, who, which words)
    matching.py   whether two reports describe one event: a score, its reasons, a threshold
    clusters.py   incidents as groups of reports, respecting reviewers' merges and splits
    reconcile.py  an incident's toll from its reports' statements, and conflicts to review
    history.py    the toll after each report, in publication order

The store (tally.store.incidents) applies these when a report is saved.
"""
