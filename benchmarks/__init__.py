"""Speed and memory figures, each printed beside a bare baseline measured in the same run.

`python -m benchmarks` runs them all and prints one table.
"""
