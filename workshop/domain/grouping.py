"""Offline grouping suggestions: which loose notes seem to be about the same thing.

Notes on one theme often share no word ("stavgång", "vattengympa"), so each note is compared in three ways,
each a TF-IDF vector: word stems (Snowball, Swedish or English, both stop-word lists; a Swedish compound also
counts by its parts when both occur elsewhere in the workshop), letter sequences inside words (3 and 4
letters, which catch shared compound parts without a dictionary), and themes from a small curated
vocabulary (resources/grouping/themes.json, see theme_words). Ideas are then joined bottom-up by average
similarity over each note's nearest neighbours until no two groups are similar enough. The weights and the
threshold were chosen on two hand-grouped sets (tests/data), checked by tuning on one and scoring the other.
The result is only a proposal: the facilitator accepts or rejects each group.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import snowballstemmer

from workshop.domain import theme_words
from workshop.domain.stop_words import ENGLISH, STOP_WORDS, SWEDISH
from workshop.domain.theme_words import ThemeWords

WORD = re.compile(r"[^\W\d_]+")
MIN_PART = 4  # shortest compound part worth counting; shorter ones match by accident ("bil" in "bildning")
PART_WEIGHT = 0.6  # a compound's parts count a little less than a word written out
DEFAULT_THRESHOLD = 0.30  # of 3.0, the likeness of two notes alike in words, letters and themes
NEIGHBOURS = 12  # similarity links kept per note (a k-nearest-neighbour graph)
GRAM_SIZES = (3, 4)  # 5-letter sequences added nothing on the labelled sets and cost a third more time
COMMON_SHARE, COMMON_FLOOR = 0.04, 60
THEME = "§"  # marks a theme among the terms of a vector (a word never holds this letter)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Weights:
    """How much each kind of likeness counts: shared words, shared letter sequences, shared themes."""

    words: float = 1.0
    grams: float = 1.0
    themes: float = 1.0


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class Proposal:
    """A group the facilitator may accept: its notes, a suggested title and the terms behind it."""

    idea_ids: tuple[str, ...]
    title: str
    terms: tuple[str, ...]


class _Stems:
    """Stems words once each (the same words recur on every note) and remembers how they were written."""

    def __init__(self, language: str) -> None:
        self.stemmer = snowballstemmer.stemmer("english" if language == "en" else "swedish")
        self.cache: dict[str, str] = {}
        self.written: dict[str, Counter[str]] = defaultdict(Counter)

    def __call__(self, word: str) -> str:
        stem = self.cache.get(word)
        if stem is None:
            stem = self.stemmer.stemWord(word)
            self.cache[word] = stem
        self.written[stem][word] += 1
        return stem

    def display(self, stem: str) -> str:
        words = self.written.get(stem)
        return words.most_common(1)[0][0] if words else stem


def words_of(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if len(w) > 1 and w not in STOP_WORDS]


def _compound_parts(word: str, known: set[str] | Counter[str], stems: _Stems) -> list[str]:
    """The stems of a compound's two parts, if both parts are words this workshop also uses."""
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        heads = [head, head[:-1]] if head.endswith("s") and len(head) > MIN_PART else [head]
        tail_stem = stems.stemmer.stemWord(tail)
        if tail_stem not in known and tail not in known:
            continue
        for candidate in heads:
            head_stem = stems.stemmer.stemWord(candidate)
            if head_stem in known or candidate in known:
                return [head_stem, tail_stem]
    return []


def _tf_idf(bags: Sequence[dict[str, float]], scale: float) -> list[dict[str, float]]:
    """Sublinear TF-IDF of each bag, L2-normalised and then scaled (the scale weighs one kind of feature)."""
    document_frequency: Counter[str] = Counter()
    for bag in bags:
        document_frequency.update(bag.keys())
    n = len(bags)
    out: list[dict[str, float]] = []
    for bag in bags:
        weights = {
            term: (1.0 + math.log(tf)) * (math.log((1 + n) / (1 + document_frequency[term])) + 1.0)
            for term, tf in bag.items()
            if tf > 0
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out.append({term: scale * w / norm for term, w in weights.items()})
    return out


def _word_bags(tokenised: Sequence[Sequence[tuple[str, str]]], stems: _Stems) -> list[dict[str, float]]:
    """Stems of each note, Swedish compounds also counted by parts that the workshop uses elsewhere."""
    distinct = {stem for doc in tokenised for _, stem in doc}
    # A part is "known" if it is a word of its own here, or begins two different words ("promenad…").
    known: Counter[str] = Counter({stem: 2 for stem in distinct})
    for stem in distinct:
        for end in range(MIN_PART + 1, len(stem)):
            known[stem[:end]] += 1
    known = Counter({part: c for part, c in known.items() if c >= 2})
    parts_cache: dict[str, list[str]] = {}
    bags: list[dict[str, float]] = []
    for doc in tokenised:
        bag: dict[str, float] = defaultdict(float)
        for word, stem in doc:
            bag[stem] += 1.0
            if len(word) >= 2 * MIN_PART:
                parts = parts_cache.get(word)
                if parts is None:
                    parts = parts_cache[word] = _compound_parts(word, known, stems)
                for part in parts:
                    if part != stem:
                        bag[part] += PART_WEIGHT
        bags.append(bag)
    return bags


def _gram_bags(tokenised: Sequence[Sequence[tuple[str, str]]]) -> list[dict[str, float]]:
    """Letter sequences inside words: "gympa" in "vattengympa" and "seniorgympa", without a dictionary."""
    cache: dict[str, list[str]] = {}
    bags: list[dict[str, float]] = []
    for doc in tokenised:
        bag: dict[str, float] = defaultdict(float)
        for word, _ in doc:
            grams = cache.get(word)
            if grams is None:
                padded = f"<{word}>"
                grams = cache[word] = [
                    padded[i : i + size] for size in GRAM_SIZES for i in range(len(padded) - size + 1)
                ]
            for gram in grams:
                bag[gram] += 1.0
        bags.append(bag)
    return bags


def _theme_bags(tokenised: Sequence[Sequence[tuple[str, str]]], themes: ThemeWords) -> list[dict[str, float]]:
    bags: list[dict[str, float]] = []
    for doc in tokenised:
        bag: dict[str, float] = defaultdict(float)
        for theme in themes.of_words(word for word, _ in doc):
            bag[theme] += 1.0
        bags.append(bag)
    return bags


def vectors(
    texts: Sequence[str],
    language: str = "sv",
    weights: Weights = DEFAULT_WEIGHTS,
    themes: ThemeWords | None = None,
) -> tuple[list[dict[str, float]], _Stems]:
    """One vector per text: word stems, letter sequences and themes, each kind TF-IDF'd and weighed.

    The cosine of two such vectors is the weighted sum of the three kinds' cosines, so a pair of notes
    that shares only a theme ("stavgång", "vattengympa") is still a little alike.
    """
    stems = _Stems(language)
    tokenised = [[(w, stems(w)) for w in words_of(text)] for text in texts]
    kinds: list[tuple[str, list[dict[str, float]]]] = [
        ("", _tf_idf(_word_bags(tokenised, stems), math.sqrt(weights.words)))
    ]
    if weights.grams > 0:
        kinds.append(("#", _tf_idf(_gram_bags(tokenised), math.sqrt(weights.grams))))
    if weights.themes > 0:
        lexicon = themes if themes is not None else theme_words.shipped()
        kinds.append((THEME, _tf_idf(_theme_bags(tokenised, lexicon), math.sqrt(weights.themes))))
    out: list[dict[str, float]] = []
    for index in range(len(texts)):
        vec: dict[str, float] = {}
        for prefix, block in kinds:
            for term, weight in block[index].items():
                vec[prefix + term] = weight
        out.append(vec)
    return out, stems


def similarities(vecs: Sequence[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Cosine similarity of every pair sharing a term, found through an inverted index (sparse).

    A term that very many notes share (a common ending, a broad theme on a big wall) says little about
    which two belong together, yet costs work by the square of its notes: such terms are left out once
    they are in more than COMMON_SHARE of the notes (and more than COMMON_FLOOR of them, so that a small
    workshop keeps every term).
    """
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, vec in enumerate(vecs):
        for term, weight in vec.items():
            postings[term].append((index, weight))
    common = max(COMMON_FLOOR, COMMON_SHARE * len(vecs))
    sims: dict[tuple[int, int], float] = defaultdict(float)
    for posting in postings.values():
        if len(posting) > common:
            continue
        for i, (a, wa) in enumerate(posting):
            for b, wb in posting[i + 1 :]:
                sims[(a, b)] += wa * wb
    return sims


def nearest_only(sims: dict[tuple[int, int], float], keep: int = NEIGHBOURS) -> dict[tuple[int, int], float]:
    """Keep each note's *keep* most similar neighbours: the groups barely change, the work drops by far."""
    per_note: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    for (a, b), sim in sims.items():
        per_note[a].append((sim, a, b))
        per_note[b].append((sim, a, b))
    kept: dict[tuple[int, int], float] = {}
    for entries in per_note.values():
        for sim, a, b in heapq.nlargest(keep, entries):
            kept[(a, b)] = sim
    return kept


def agglomerate(
    n: int, sims: dict[tuple[int, int], float], threshold: float, progress: Progress | None = None
) -> list[list[int]]:
    """Average-linkage clustering over a sparse similarity graph; pairs not listed have similarity 0."""
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), sim in sims.items():
        links[a][b] = sim
        links[b][a] = sim
    heap = [(-sim, a, b) for (a, b), sim in sims.items() if sim >= threshold]
    heapq.heapify(heap)
    next_id = n
    merges = 0
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or links[a].get(b) != -negative:
            continue  # stale entry: one side was merged since
        size_a, size_b = len(members[a]), len(members[b])
        merged = next_id
        next_id += 1
        members[merged] = members.pop(a) + members.pop(b)
        neighbours = (set(links[a]) | set(links[b])) - {a, b}
        for other in neighbours:
            sim = (size_a * links[a].get(other, 0.0) + size_b * links[b].get(other, 0.0)) / (size_a + size_b)
            links[other].pop(a, None)
            links[other].pop(b, None)
            links[merged][other] = sim
            links[other][merged] = sim
            if sim >= threshold:
                heapq.heappush(heap, (-sim, merged, other) if merged < other else (-sim, other, merged))
        del links[a], links[b]
        merges += 1
        if progress is not None and merges % 50 == 0:
            progress(merges, n)
    return sorted((sorted(group) for group in members.values()), key=lambda g: (-len(g), g[0]))


def _title(
    group: Sequence[int],
    vecs: Sequence[dict[str, float]],
    stems: _Stems,
    themes: ThemeWords,
    language: str,
    with_words: bool = True,
) -> tuple[str, tuple[str, ...]]:
    """A title from what the notes share: a theme most of them have, then their heaviest shared words
    (left out when the notes are in another language than the workshop: the theme alone then)."""
    weight: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for index in group:
        weight.update(vecs[index])
        spread.update(vecs[index].keys())
    words = [t for t, _ in weight.most_common() if t[0] not in (THEME, "#")]
    shared = [t for t in words if spread[t] > 1] or words[:1]
    terms = tuple(stems.display(term) for term in shared[:3])
    theme = next((t for t, _ in weight.most_common() if t[0] == THEME and spread[t] * 2 > len(group)), None)
    if theme is not None:
        name = themes.name(theme[1:], language)
        return f"{name}: {', '.join(terms[:2])}" if terms and with_words else name, terms
    return ", ".join(terms).capitalize(), terms


def notes_language(texts: Sequence[str], fallback: str) -> str:
    """The language the notes are written in, told by their grammar words and Swedish letters.

    A workshop held in English may get its notes in Swedish (or the reverse): stems then follow the notes,
    and a title names the theme in the workshop's language only, not half in each.
    """
    swedish = english = 0
    for text in texts:
        words = WORD.findall(text.lower())
        swedish += sum(1 for w in words if w in SWEDISH) + sum(1 for w in words if set(w) & set("åäö"))
        english += sum(1 for w in words if w in ENGLISH)
    if swedish > 1.5 * english:
        return "sv"
    if english > 1.5 * swedish:
        return "en"
    return fallback


def suggest_groups(
    ideas: Sequence[tuple[str, str]],
    language: str = "sv",
    threshold: float = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    themes: ThemeWords | None = None,
) -> list[Proposal]:
    """Proposed groups (two notes or more) for (idea id, text) pairs, biggest first."""
    lexicon = themes if themes is not None else theme_words.shipped()
    written = notes_language([text for _, text in ideas], language)
    vecs, stems = vectors([text for _, text in ideas], written, weights, lexicon)
    if progress is not None:
        progress(0, len(ideas))
    sims = similarities(vecs)
    groups = agglomerate(len(ideas), nearest_only(sims), threshold, progress)
    proposals: list[Proposal] = []
    for group in groups:
        if len(group) >= 2:
            title, terms = _title(group, vecs, stems, lexicon, language, with_words=written == language)
            proposals.append(Proposal(tuple(ideas[i][0] for i in group), title, terms))
    if progress is not None:
        progress(len(ideas), len(ideas))
    return proposals
