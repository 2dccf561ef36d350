"""Generate a synthetic corpus of General Assembly resolutions in UN style that cite each other.

Every document has a masthead with its own symbol (``A/RES/<session>/<n>``), an adoption
date, a title, preambular paragraphs that recall earlier resolutions of the corpus (and a
few Security Council resolutions, reports and treaties, with footnotes), operative
paragraphs, and filler prose to reach the target size.  Deterministic for a given seed.

    python bench/gen_corpus.py OUT_DIR --docs 10000 --size-kb 30
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

ORDINALS = [
    "",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
]
TENS = {4: "Forty", 5: "Fifty", 6: "Sixty", 7: "Seventy"}
TOPICS = [
    "Improving the coordination of efforts against trafficking in persons",
    "Strengthening the United Nations crime prevention and criminal justice programme",
    "International cooperation against the world drug problem",
    "Countering the use of information and communications technologies for criminal purposes",
    "Preventing and combating corrupt practices and the transfer of proceeds of corruption",
    "Violence against women migrant workers",
    "Rights of the child",
    "Protection of migrants",
    "Follow-up to the Fourth World Conference on Women",
    "Oceans and the law of the sea",
]
PREAMBLE_VERBS = [
    "Recalling",
    "Recalling also",
    "Reaffirming",
    "Bearing in mind",
    "Taking note of",
    "Welcoming",
    "Noting with appreciation",
    "Recalling further",
]
OPERATIVE_VERBS = [
    "Welcomes",
    "Requests",
    "Urges",
    "Decides",
    "Calls upon",
    "Invites",
    "Encourages",
    "Takes note with appreciation of",
    "Reaffirms",
    "Emphasizes",
]
WORDS = [
    "States",
    "Members",
    "international",
    "cooperation",
    "criminal",
    "justice",
    "prevention",
    "victims",
    "protection",
    "assistance",
    "national",
    "regional",
    "capacity-building",
    "technical",
    "measures",
    "effective",
    "comprehensive",
    "implementation",
    "development",
    "sustainable",
    "human",
    "rights",
    "framework",
    "strategies",
    "policies",
    "programmes",
    "resources",
    "coordination",
    "exchange",
    "information",
    "institutions",
    "legislation",
    "judicial",
    "enforcement",
    "training",
    "vulnerable",
    "women",
    "children",
    "migrants",
    "organized",
    "crime",
    "trafficking",
    "persons",
    "smuggling",
    "corruption",
]


def session_name(session: int) -> str:
    tens, ones = divmod(session, 10)
    if ones == 0:
        return {4: "Fortieth", 5: "Fiftieth", 6: "Sixtieth", 7: "Seventieth"}[tens]
    return f"{TENS[tens]}-{ORDINALS[ones].lower()}"


def adoption(session: int, n: int) -> date:
    return date(1945 + session, 12, 1) + timedelta(days=n % 20)


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def filler(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        out.append(rng.choice(WORDS))
    return " ".join(out)


def document(i: int, ids: list[tuple[int, int]], rng: random.Random, size: int) -> str:
    session, n = ids[i]
    adopted = adoption(session, n)
    lines = [
        "United Nations ",
        f"A/RES/{session}/{n}",
        " ",
        "General Assembly ",
        "Distr.: General ",
        f"{long_date(adopted + timedelta(days=30))} ",
        " ",
        f"{session_name(session)} session ",
        f"Agenda item {rng.randint(10, 140)} ",
        " ",
        " Resolution adopted by the General Assembly ",
        f"on {long_date(adopted)} ",
        " ",
        f"[on the report of the Third Committee (A/{session}/{rng.randint(400, 480)})] ",
        " ",
        f" {session}/{n}. {TOPICS[i % len(TOPICS)]} ",
        " ",
        "The General Assembly, ",
        " ",
    ]
    footnotes: list[str] = []
    earlier = [j for j in range(max(0, i - 2500), i)]
    cited = sorted(rng.sample(earlier, min(len(earlier), rng.randint(8, 20)))) if earlier else []
    for k in range(0, len(cited), 3):
        group = cited[k : k + 3]
        refs = [f"{ids[j][0]}/{ids[j][1]} of {long_date(adoption(*ids[j]))}" for j in group]
        listed = refs[0] if len(refs) == 1 else ", ".join(refs[:-1]) + " and " + refs[-1]
        word = "resolution" if len(refs) == 1 else "resolutions"
        lines += [f"{rng.choice(PREAMBLE_VERBS)} its {word} {listed}, {filler(rng, 25)}, ", " "]
    if rng.random() < 0.5:
        sc = rng.randint(1200, 2600)
        lines += [f"Recalling Security Council resolution {sc} ({1990 + sc % 30}), {filler(rng, 20)}, ", " "]
    footnotes.append("United Nations, Treaty Series, vol. 2225, No. 39574.")
    lines += [
        f"Reaffirming the United Nations Convention against Transnational Organized Crime,"
        f"{len(footnotes)} {filler(rng, 20)}, ",
        " ",
    ]
    body_size = sum(len(x) + 1 for x in lines)
    para = 1
    while body_size < size:
        verb = rng.choice(OPERATIVE_VERBS)
        text = f"{para}. {verb} {filler(rng, rng.randint(40, 120))};"
        if rng.random() < 0.1 and cited:
            j = rng.choice(cited)
            ref = f"{ids[j][0]}/{ids[j][1]}"
            text = f"{para}. {verb} the implementation of its resolution {ref}, {filler(rng, 30)};"
        if rng.random() < 0.05:
            footnotes.append(f"A/{session}/{rng.randint(100, 399)}.")
            text = f"{para}. Takes note of the report of the Secretary-General;{len(footnotes)}"
        lines += [text, " "]
        body_size += len(text) + 2
        para += 1
    lines += ["__________________ ", " "]
    lines += [f"{k} {f}" for k, f in enumerate(footnotes, 1)]
    return "\n".join(lines) + "\n"


def generate(out: Path, docs: int, size_kb: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    per_session = max(1, -(-docs // 40))
    ids = [(40 + i // per_session, 100 + i % per_session) for i in range(docs)]
    paths = []
    for i in range(docs):
        session, n = ids[i]
        path = out / f"session-{session}" / f"A_RES_{session}_{n}.txt"
        paths.append(path)
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(document(i, ids, rng, size_kb * 1000), encoding="utf-8")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--size-kb", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.out, args.docs, args.size_kb, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
