"""Stage 5c, quality: indicator rows -> flags on figures that cannot be right as stated.

A rate over 100 %, a negative count, more disputes resolved than handled, more
lawsuits lost than fought: the report may say so (or the extraction may have
misread it), and a reader must see that before quoting the figure. Nothing is
dropped; each flag names the figure, the check and what is wrong. The checks
are data in schema/checks.yml.
"""


def _flag(row, check, compared=None):
    """The flag of `row` by `check`; `compared`: the row it was found to exceed (a part's whole), whose
    figure a reader checks too."""
    return {"indicator": row["indicator"], "value": row["value"], "figure": row["figure"],
            "figure_start": row["figure_start"], "figure_end": row["figure_end"],
            "compared_start": compared["figure_start"] if compared else None,
            "check": check["check"], "message": check["message"]}


def check_figures(rows, checks):
    """[flag] for the indicator rows of one report, in text order."""
    flags = []
    for row in rows:
        for check in checks["bounds"]:
            if check.get("unit", row["unit"]) != row["unit"]:
                continue
            if row["value"] < check.get("minimum", row["value"]) or row["value"] > check.get("maximum", row["value"]):
                flags.append(_flag(row, check))
    largest = {}
    for row in rows:
        if row["indicator"] not in largest or row["value"] > largest[row["indicator"]]["value"]:
            largest[row["indicator"]] = row
    for check in checks["parts"]:
        part, whole = largest.get(check["part"]), largest.get(check["whole"])
        # a whole stated as at least (299余起) may be as large as any part: it contradicts none
        if part and whole and whole["qualifier"] != "at_least" and part["value"] > whole["value"]:
            flags.append({**_flag(part, check, whole), "message": f"{check['message']}（{part['value']} > {whole['value']}）"})
    return sorted(flags, key=lambda f: (f["figure_start"], f["check"]))
