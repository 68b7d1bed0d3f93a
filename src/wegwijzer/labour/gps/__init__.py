"""The labour-market GPS's pure part: change texts and growth paths as data with sources (content.py), which
occupations lie within reach of another (reach.py), and the five-point tension scale (tension.py). No Django."""
