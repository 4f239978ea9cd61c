"""The concurrent package (pydive): concurrent.futures only."""
