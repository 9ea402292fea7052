#!/usr/bin/env python3
"""Verify the quote-attribution test set in this directory and (optionally)
refresh the statistics block of README.md.

    python3 verify_labels.py                 # check only, exit 1 on any error
    python3 verify_labels.py --write-readme  # check, then rewrite the STATS block

Checks per article NN-slug.md / NN-slug.yaml:
  * schema keys present; language en|ru; source matches file name
  * first line is a title; 150-450 words
  * every person's full name occurs verbatim in the article; every speaker is listed in people
  * every quote text occurs verbatim in the article (a quote split over paragraphs is
    matched after joining the parts with a single space)
  * two-way matching between labels and the quoted spans found by a quote-mark scanner:
      - every top-level quoted span is either a labelled quote, a not_quote, or an
        interrupted quote whose labelled pieces are its prefix and suffix
      - every nested quoted span (inside another quote) is listed in not_quotes
      - every labelled quote / not_quote corresponds to a scanned span
  * every paraphrase text occurs verbatim in the article and is not inside quote marks
  * every quote / paraphrase item carries a "# style:" comment (used for the statistics)
"""
import collections, glob, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = {"en": {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019"},
         "ru": {"\u00ab": "\u00bb", "\u201e": "\u201c", '"': '"'}}
MARK_NAMES = {"\u201c": "English curly \u201c\u2026\u201d", '"': 'straight "\u2026"',
              "\u2018": "single \u2018\u2026\u2019 (nested)", "\u00ab": "guillemets \u00ab\u2026\u00bb",
              "\u201e": "German-style \u201e\u2026\u201c"}
WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")

def scan(text, lang):
    """Return quoted spans: dicts with text, depth, opener, multi (bool)."""
    pairs = PAIRS[lang]
    spans, errors = [], []
    pending = None  # (opener, text so far) of a top-level quote left open at paragraph end
    for para in re.split(r"\n\s*\n", text.strip()):
        stack = []
        cont_start = None
        if pending is not None:
            if not para.startswith(pending[0]):
                errors.append(f"unterminated quote before paragraph: {para[:40]!r}")
                pending = None
            else:
                cont_start = 0
        for i, ch in enumerate(para):
            if stack and ch == pairs[stack[-1][0]]:
                op, st = stack.pop()
                s = para[st + 1:i]
                multi = False
                if not stack and st == cont_start and pending is not None:
                    s = pending[1] + " " + s
                    multi, pending = True, None
                spans.append({"text": s, "depth": len(stack), "opener": op, "multi": multi})
            elif ch in pairs:
                stack.append((ch, i))
        if stack:
            if len(stack) > 1:
                errors.append(f"nested quote left open at paragraph end: {para[:40]!r}")
            op, st = stack[0]
            s = para[st + 1:].rstrip()
            if st == cont_start and pending is not None:
                s = pending[1] + " " + s
            pending = (op, s)
        elif pending is not None and cont_start is not None:
            pass
    if pending is not None:
        errors.append("quote left open at end of article")
    return spans, errors

def style_comments(yaml_text):
    tags = {"quotes": [], "paraphrases": []}
    sec = None
    for line in yaml_text.splitlines():
        m = re.match(r"^(quotes|paraphrases|not_quotes|people):", line)
        if m:
            sec = m.group(1)
        m = re.search(r"#\s*style:\s*(.+)$", line)
        if m and sec in tags:
            tags[sec].append([t.strip() for t in m.group(1).split(",") if t.strip()])
    return tags

def check_article(md_path, yaml_path):
    errs = []
    article = open(md_path, encoding="utf-8").read()
    ytext = open(yaml_path, encoding="utf-8").read()
    lab = yaml.safe_load(ytext)
    base = os.path.basename(md_path)
    for k in ("source", "language", "people", "quotes", "paraphrases", "not_quotes"):
        if k not in lab:
            errs.append(f"missing key {k}")
    if lab.get("source") != base:
        errs.append(f"source {lab.get('source')!r} != {base!r}")
    lang = lab.get("language")
    if lang not in PAIRS:
        errs.append(f"bad language {lang!r}")
        return errs, lab, {}
    first = article.splitlines()[0]
    if not first.startswith("# ") or len(first) < 10:
        errs.append("first line is not a title")
    nwords = len(WORD.findall(article))
    if not 150 <= nwords <= 450:
        errs.append(f"word count {nwords} outside 150-450")

    names = []
    for p in lab["people"] or []:
        if set(p) != {"name", "role", "organization", "country"}:
            errs.append(f"person keys {sorted(p)}")
        names.append(p["name"])
        if p["name"] not in article:
            errs.append(f"person name not in article: {p['name']}")
    if len(set(names)) != len(names):
        errs.append("duplicate person")

    quotes = lab["quotes"] or []
    paras = lab["paraphrases"] or []
    nots = lab["not_quotes"] or []
    opens = "".join(PAIRS[lang])
    joined = re.sub(r"\n\s*\n[" + re.escape(opens) + "]", " ", article)
    for q in quotes:
        if set(q) != {"text", "speaker"}:
            errs.append(f"quote keys {sorted(q)}")
        if q["speaker"] not in names:
            errs.append(f"speaker not in people: {q['speaker']}")
        if q["text"] not in article and q["text"] not in joined:
            errs.append(f"quote text not found: {q['text'][:60]!r}")
    for p in paras:
        if p["speaker"] not in names:
            errs.append(f"paraphrase speaker not in people: {p['speaker']}")
        if p["text"] not in article:
            errs.append(f"paraphrase text not found: {p['text'][:60]!r}")
    for n in nots:
        if n not in article:
            errs.append(f"not_quote not found: {n!r}")

    spans, serr = scan(article, lang)
    errs += serr
    qtexts = [q["text"] for q in quotes]
    used_q, used_n = set(), set()
    span_info = {}
    for sp in spans:
        t = sp["text"]
        if sp["depth"] > 0:
            if t in nots:
                used_n.add(t)
            else:
                errs.append(f"nested quoted span not in not_quotes: {t!r}")
            continue
        if t in qtexts:
            used_q.add(t); span_info[t] = sp
        elif t in nots:
            used_n.add(t)
        else:
            pre = [x for x in qtexts if t.startswith(x) and x != t]
            suf = [x for x in qtexts if t.endswith(x) and x != t]
            if pre and suf and "\u2014" in t:   # interrupted quote: «A, — said X. — B»
                for x in pre[:1] + suf[:1]:
                    used_q.add(x); span_info[x] = dict(sp, interrupted=True)
            else:
                errs.append(f"unlabelled quoted span: {t[:70]!r}")
    for t in qtexts:
        if t not in used_q:
            errs.append(f"labelled quote has no matching quoted span: {t[:60]!r}")
    for n in nots:
        if n not in used_n:
            errs.append(f"not_quote has no matching quoted span: {n!r}")
    top = [sp["text"] for sp in spans if sp["depth"] == 0]
    for p in paras:
        if any(p["text"] in t for t in top):
            errs.append(f"paraphrase lies inside quote marks: {p['text'][:50]!r}")

    tags = style_comments(ytext)
    if len(tags["quotes"]) != len(quotes) or len(tags["paraphrases"]) != len(paras):
        errs.append("every quote/paraphrase needs a '# style:' comment")
    info = {"words": nwords, "tags": tags, "span_info": span_info, "spans": spans}
    return errs, lab, info

def main():
    mds = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.md")))
    total_errs = 0
    S = collections.defaultdict(collections.Counter)
    qstyle = {"en": collections.Counter(), "ru": collections.Counter()}
    pstyle = {"en": collections.Counter(), "ru": collections.Counter()}
    marks = {"en": collections.Counter(), "ru": collections.Counter()}
    rows = []
    speakers = {"en": set(), "ru": set()}
    for md in mds:
        y = md[:-3] + ".yaml"
        if not os.path.exists(y):
            print(f"FAIL {os.path.basename(md)}: no labels file"); total_errs += 1; continue
        errs, lab, info = check_article(md, y)
        name = os.path.basename(md)
        if errs:
            total_errs += len(errs)
            for e in errs:
                print(f"FAIL {name}: {e}")
        else:
            print(f"ok   {name}")
        if not info:
            continue
        lang = lab["language"]
        c = S[lang]
        c["articles"] += 1; c["words"] += info["words"]
        c["quotes"] += len(lab["quotes"]); c["paraphrases"] += len(lab["paraphrases"])
        c["not_quotes"] += len(lab["not_quotes"]); c["people"] += len(lab["people"])
        c["multi_paragraph_quotes"] += sum(1 for q in lab["quotes"] if info["span_info"].get(q["text"], {}).get("multi"))
        for q in lab["quotes"]:
            speakers[lang].add(q["speaker"])
            sp = info["span_info"].get(q["text"])
            if sp:
                marks[lang][MARK_NAMES[sp["opener"]]] += 1
        for n in lab["not_quotes"]:
            for sp in info["spans"]:
                if sp["text"] == n:
                    marks[lang]["(not_quotes) " + MARK_NAMES[sp["opener"]]] += 1
                    break
        for t in info["tags"]["quotes"]:
            qstyle[lang].update(t)
        for t in info["tags"]["paraphrases"]:
            pstyle[lang].update(t)
        rows.append((name, lang, info["words"], len(lab["quotes"]), len(lab["paraphrases"]),
                     len(lab["not_quotes"]), len(lab["people"])))
    tot = collections.Counter()
    for lang in S:
        tot.update(S[lang])
    print()
    print(f"articles: {tot['articles']} (en {S['en']['articles']}, ru {S['ru']['articles']})")
    print(f"quotes: {tot['quotes']} (en {S['en']['quotes']}, ru {S['ru']['quotes']})")
    print(f"paraphrases: {tot['paraphrases']} (en {S['en']['paraphrases']}, ru {S['ru']['paraphrases']})")
    print(f"not_quotes: {tot['not_quotes']} (en {S['en']['not_quotes']}, ru {S['ru']['not_quotes']})")
    print(f"errors: {total_errs}")

    if "--write-readme" in sys.argv:
        L = []
        L.append("| | en | ru | total |\n|---|---:|---:|---:|")
        for k in ("articles", "words", "people", "quotes", "multi_paragraph_quotes", "paraphrases", "not_quotes"):
            L.append(f"| {k} | {S['en'][k]} | {S['ru'][k]} | {tot[k]} |")
        L.append(f"| distinct quoted speakers | {len(speakers['en'])} | {len(speakers['ru'])} | {len(speakers['en'] | speakers['ru'])} |")
        L.append("\n**Per article**\n\n| file | lang | words | quotes | paraphrases | not_quotes | people |\n|---|---|---:|---:|---:|---:|---:|")
        for r in rows:
            L.append("| " + " | ".join(str(x) for x in r) + " |")
        def table(title, d, note=" (an item can carry several tags)"):
            keys = sorted(set(d["en"]) | set(d["ru"]), key=lambda k: (-(d["en"][k] + d["ru"][k]), k))
            out = [f"\n**{title}**{note}\n\n| tag | en | ru | total |\n|---|---:|---:|---:|"]
            for k in keys:
                out.append(f"| `{k}` | {d['en'][k]} | {d['ru'][k]} | {d['en'][k] + d['ru'][k]} |")
            return out
        L += table("Direct quotes by attribution style", qstyle)
        L += table("Paraphrases by attribution style", pstyle)
        L += table("Quote marks of labelled quotes and not_quotes (outermost mark, detected by the scanner)", marks, note="")
        block = "\n".join(L)
        rp = os.path.join(HERE, "README.md")
        txt = open(rp, encoding="utf-8").read()
        txt = re.sub(r"(<!-- STATS -->\n).*?(<!-- /STATS -->)", lambda m: m.group(1) + block + "\n" + m.group(2), txt, flags=re.S)
        open(rp, "w", encoding="utf-8").write(txt)
        print("README.md statistics refreshed")
    sys.exit(1 if total_errs else 0)

if __name__ == "__main__":
    main()
