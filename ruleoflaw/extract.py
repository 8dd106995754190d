"""Stage 5, extract: normalised text + structure -> quantities and indicators.

Two steps, each its own module: `quantities` finds every figure the text
states; `indicators` names the ones the vocabulary knows.
"""
from .indicators import name_indicators
from .quantities import find_quantities


def extract(text, structure, knowledge):
    """{quantities, indicators} of one report."""
    quantities = find_quantities(text, knowledge["quantities"])
    indicators = name_indicators(text, quantities, structure, knowledge["rules"], knowledge["indicators"])
    return {"quantities": quantities, "indicators": indicators}
