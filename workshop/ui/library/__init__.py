"""The workshop library: the first thing a facilitator sees."""
