"""The CV's plain-Python core: dates, durations, ordering, aggregation, validation.

Nothing in this package imports docutils or Sphinx, so every rule here is tested
with plain values, and the Sphinx layer only adapts it.
"""
