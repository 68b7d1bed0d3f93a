"""Full-text search of the catalogue with facets, one backend per database vendor (backends.py)."""
