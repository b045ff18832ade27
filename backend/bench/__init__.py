"""Benchmarks of the served app: `python -m bench` (full, several minutes) or `python -m bench --smoke`.

See bench/run.py for what is measured; bench/soak.py is a separate soak test.
"""
