"""Measure ``summitbot kb import``'s quote finder against hand-labelled articles.

    python -m bench.import_eval                      # bench/articles (the measurement set)
    python -m bench.import_eval --dir tests/fixtures/articles   # the development fixtures

Reports, per language: precision and recall of (quote, speaker) pairs, recall of direct quotes
(text found, whoever the speaker), speaker accuracy on the direct quotes found, and the same
pair scores for paraphrases; then whether the seed article reproduces the curated quotes of
``knowledge/quotes.yaml``. A quote's text matches a label when they are equal after the verbatim
check's normalisation (whitespace, quote marks) and without trailing ``,``/``.`` (the knowledge
base leaves out the comma a quotation keeps before its attribution). A speaker matches when
every token of the label's name is a token of the found name, in any Russian case.

The label convention (round 7): a label's ``speaker`` is the *person* whose words they are;
words that are no person's — an unnamed source («— сказал представитель компании»), an
organisation's or a document's statement («— говорится в заявлении посольства») — are labelled
``speaker: null``. A speaker label in lower case («неназванный собеседник агентства …», the
convention of the first writers) is a description, not a name, and means the same as null. The
importer agrees: ``kb import`` drafts quotes under people only; an organisation's words are
found (``cue == ORGANISATION_CUE``) and listed for the curator, never drafted as a quote. So a
null label counts as found with the right speaker when the importer files it under no person
(unattributed, or under an organisation), and as found with a wrong speaker when it files it
under a person; either way it is in quote recall and speaker accuracy, and pair precision is
over the quotations the finder attributed. A label that names the organisation (the round-5
writer's convention) is still compared by name, so both spellings of "no person" score alike.
Headline quotations (``Analysis.headline``: the title's quotations, given the speaker the body
gives the same words) are found quotations like the body's.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.attribution import ORGANISATION_CUE, names_match, normalise
from bot.importer import extract, read_article

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "bench" / "articles"
KNOWLEDGE = ROOT / "knowledge"
SEED = "bastille-observers-2025"


def key(text: str) -> str:
    return normalise(text).rstrip(",. ")


def same_speaker(found: str | None, label: str) -> bool:
    return found is not None and names_match(label, [found]) and names_match(found, [label])


@dataclass
class Tally:
    labelled: int = 0
    found: int = 0
    text_hits: int = 0  # found quotes whose text is a labelled quote
    pair_hits: int = 0  # ... and whose speaker is right
    para_labelled: int = 0
    para_found: int = 0
    para_hits: int = 0
    null_right: int = 0  # null labels left unattributed (in pair_hits, not in found)

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def no_person(label: str | None) -> bool:
    """A label that names no person: null, or a description in lower case."""
    return label is None or not label[:1].isupper()


def score(
    found: list[tuple[str, str | None, bool]], labels: list[tuple[str, str | None]]
) -> tuple[int, int, int]:
    """(text hits, pair hits, no-person labels left unattributed), each label matched at most
    once; ``found`` is (text, speaker, an organisation's words). A no-person label no
    attributed quotation matches was left unattributed: a text and a pair hit."""
    labels = [(text, None if no_person(speaker) else speaker) for text, speaker in labels]
    free = list(labels)
    text_hits = pair_hits = 0
    for text, speaker, organisation in found:
        k = key(text)
        match = next((lb for lb in free if key(lb[0]) == k), None)
        if match is None:
            continue
        free.remove(match)
        text_hits += 1
        if match[1] is None:
            pair_hits += speaker is None or organisation
        else:
            pair_hits += same_speaker(speaker, match[1])
    nulls = sum(1 for lb in free if lb[1] is None)
    return text_hits + nulls, pair_hits + nulls, nulls


def evaluate_article(md: Path, labels: dict[str, Any], show: bool) -> Tally:
    article = read_article(md)
    analysis = extract(article.body, labels.get("language"), article.title)
    found = [
        (q.text, q.speaker, q.cue == ORGANISATION_CUE)
        for q in [*analysis.headline, *analysis.quotations]
    ]
    gold = [(q["text"], q["speaker"]) for q in labels.get("quotes") or []]
    t = Tally(labelled=len(gold), found=len(found))
    t.text_hits, t.pair_hits, t.null_right = score(found, gold)
    pfound = [(p.text, p.speaker, False) for p in analysis.paraphrases]
    pgold = [(p["text"], p["speaker"]) for p in labels.get("paraphrases") or []]
    # A null paraphrase label is not in paraphrase recall (nothing to find); a paraphrase
    # drafted under anyone for it is a wrong one.
    t.para_labelled = sum(1 for p in pgold if not no_person(p[1]))
    t.para_found = len(pfound)
    _, para_hits, para_nulls = score(pfound, pgold)
    t.para_hits = para_hits - para_nulls
    if show:
        gold_keys = {key(g[0]): None if no_person(g[1]) else g[1] for g in gold}
        for text, speaker, organisation in found:
            if key(text) not in gold_keys:
                print(f"  {md.name}: extra quote {text[:60]!r} ({speaker})")
                continue
            want = gold_keys[key(text)]
            if want is None and speaker is not None and not organisation:
                print(f"  {md.name}: unnamed source's quote filed under {speaker!r} {text[:50]!r}")
            elif want is not None and not same_speaker(speaker, want):
                print(f"  {md.name}: wrong speaker {speaker!r} (label {want!r}) {text[:50]!r}")
        found_keys = {key(f[0]) for f in found}
        for text, speaker in gold:
            if not no_person(speaker) and key(text) not in found_keys:
                print(f"  {md.name}: missed quote {text[:60]!r} ({speaker})")
    return t


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    -"


def report(tallies: dict[str, Tally]) -> list[str]:
    lines = [
        "| language | labelled quotes | found | pair precision | pair recall | quote recall "
        "| speaker accuracy | paraphrase precision | paraphrase recall |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = Tally()
    for lang in sorted(tallies):
        total.add(tallies[lang])
    for lang, t in [*sorted(tallies.items()), ("all", total)]:
        lines.append(
            f"| {lang} | {t.labelled} | {t.found} | {pct(t.pair_hits - t.null_right, t.found)} "
            f"| {pct(t.pair_hits, t.labelled)} | {pct(t.text_hits, t.labelled)} "
            f"| {pct(t.pair_hits, t.text_hits)} | {pct(t.para_hits, t.para_found)} "
            f"| {pct(t.para_hits, t.para_labelled)} |"
        )
    return lines


def seed_check() -> list[str]:
    """The seed article must give back the curated quotes (verbatim and paraphrase) and their
    speakers."""
    docs = [yaml.safe_load(p.read_text("utf-8")) for p in sorted(KNOWLEDGE.glob("*.yaml"))]
    people = {p["id"]: p for d in docs for p in d.get("people") or []}
    quotes = [q for d in docs for q in d.get("quotes") or [] if q["source"] == SEED]
    text = (KNOWLEDGE / "texts" / f"{SEED}.md").read_text("utf-8")
    analysis = extract(text, "en")
    found = {key(q.text): q.speaker for q in analysis.quotations}
    found.update({key(p.text): p.speaker for p in analysis.paraphrases})
    lines = []
    ok = 0
    for q in quotes:
        speaker = found.get(key(q["text"]))
        hit = speaker is not None and same_speaker(speaker, people[q["speaker"]]["name"])
        ok += hit
        lines.append(f"- {q['id']} ({q['kind']}): {'reproduced' if hit else 'NOT reproduced'}")
    extra = len(analysis.quotations) - sum(1 for q in quotes if q["kind"] == "verbatim")
    lines.insert(0, f"Seed article: {ok}/{len(quotes)} curated quotes reproduced; extra: {extra}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ARTICLES)
    ap.add_argument("--show", action="store_true", help="list every miss and wrong speaker")
    args = ap.parse_args(argv)
    tallies: dict[str, Tally] = defaultdict(Tally)
    for labels_path in sorted(args.dir.glob("*.yaml")):
        labels = yaml.safe_load(labels_path.read_text("utf-8"))
        md = labels_path.with_suffix(".md")
        if not md.exists():
            continue
        tallies[labels.get("language", "en")].add(evaluate_article(md, labels, args.show))
    print(f"Articles: {args.dir}")
    print("\n".join(report(tallies)))
    print()
    print("\n".join(seed_check()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
