"""Benchmark scripts: run them from the repository root, never as timed tests."""
