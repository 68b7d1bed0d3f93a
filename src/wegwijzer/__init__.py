"""Wegwijzer: a GPS for the labour market for the people who learn least."""
