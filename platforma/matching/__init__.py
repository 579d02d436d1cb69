"""Matching: problems ↔ organisations ↔ specialists ↔ similar problems (decision record 0006)."""
