#!/usr/bin/env python3
"""Derives the compact ESCO file the product embeds (crates/domain/data/esco-occupations.tsv)
from ESCO v1.1.1 as kept in ../shared/data/esco (see its README: licence and columns).

One line per occupation, tab-separated:
    id  isco  broader  en  nb  sv  da
- id: the occupation's UUID (its URI is http://data.europa.eu/esco/occupation/<id>);
- isco: its ISCO-08 unit group (4 digits);
- broader: the UUID of the broader occupation, or empty when it hangs below its ISCO group;
- en, nb, sv, da: the preferred label first, then the alternative labels, joined by "|"
  (empty when ESCO has no label in that language).
A second file, esco-isco-groups.tsv, holds the ISCO-08 groups: code, then the English label.

Run from the repository root: scripts/esco-compact.py ../shared/data/esco
"""

import csv
import sys
from collections import defaultdict
from pathlib import Path

OCCUPATION = "http://data.europa.eu/esco/occupation/"
LANGUAGES = ["nb", "sv", "da"]


def clean(label: str) -> str:
    return " ".join(label.split())


def main(source: Path, target: Path) -> None:
    occupations = list(csv.DictReader(open(source / "occupations_en.csv", encoding="utf-8")))
    broader = {}
    for row in csv.DictReader(open(source / "broaderRelationsOccPillar.csv", encoding="utf-8")):
        if row["conceptType"] == "Occupation" and row["broaderType"] == "Occupation":
            broader[row["conceptUri"]] = row["broaderUri"]
    labels = defaultdict(lambda: defaultdict(lambda: ([], [])))
    for row in csv.DictReader(open(source / "labels_nordic.tsv", encoding="utf-8"), delimiter="\t"):
        preferred, alternative = labels[row["concept_uri"]][row["language"]]
        (preferred if row["kind"] == "preferred" else alternative).append(clean(row["label"]))

    def joined(preferred, alternative):
        seen, out = set(), []
        for label in preferred + alternative:
            if label and label.lower() not in seen:
                seen.add(label.lower())
                out.append(label)
        return "|".join(out)

    lines = []
    for o in sorted(occupations, key=lambda o: (o["iscoGroup"], o["preferredLabel"])):
        uri = o["conceptUri"]
        assert uri.startswith(OCCUPATION), uri
        alts = [clean(a) for a in o["altLabels"].split("\n")]
        row = [
            uri[len(OCCUPATION):],
            o["iscoGroup"],
            broader.get(uri, "")[len(OCCUPATION):] if uri in broader else "",
            joined([clean(o["preferredLabel"])], alts),
        ]
        for language in LANGUAGES:
            preferred, alternative = labels[uri][language]
            row.append(joined(preferred, alternative))
        assert all("\t" not in field for field in row), row
        lines.append("\t".join(row))
    (target / "esco-occupations.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    groups = []
    for g in csv.DictReader(open(source / "ISCOGroups_en.csv", encoding="utf-8")):
        groups.append((g["code"], clean(g["preferredLabel"])))
    groups.sort()
    (target / "esco-isco-groups.tsv").write_text(
        "".join(f"{code}\t{label}\n" for code, label in groups), encoding="utf-8"
    )
    print(f"{len(lines)} occupations, {len(groups)} ISCO groups written to {target}")


EXECUTIVE = ("112", "121", "122", "1321", "1324", "133", "134")


def descriptions(source, target):
    """The English descriptions of the executive occupations, for `interim eval`'s ranking by
    title alone (a mandate's situation text is its occupation's description)."""
    rows = []
    for o in csv.DictReader(open(source / "occupations_en.csv", encoding="utf-8")):
        if o["iscoGroup"].startswith(EXECUTIVE):
            rows.append((o["conceptUri"][len(OCCUPATION):], " ".join(o["description"].split())))
    rows.sort()
    header = (
        "# ESCO v1.1.1 (European Commission; reuse authorised with acknowledgement, Decision 2011/833/EU):\n"
        "# the English description of each occupation of ISCO-08 groups 112, 121, 122, 1321, 1324, 133 and 134.\n"
    )
    (target / "esco-executive-descriptions.tsv").write_text(
        header + "".join(f"{uid}\t{text}\n" for uid, text in rows), encoding="utf-8"
    )
    print(f"{len(rows)} descriptions written to {target}")


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/esco")
    main(source, Path("crates/domain/data"))
    descriptions(source, Path("crates/interim/data/eval"))
