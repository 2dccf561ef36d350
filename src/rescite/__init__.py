"""rescite."""
