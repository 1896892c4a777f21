"""An indexed matcher for spaCy's attribute ruler: the same matches in a fraction of the time.

WHY: the model's ``attribute_ruler`` (tag -> part of speech and morphology, plus a few
exceptions) runs spaCy's general ``Matcher`` with all its 179 rules at every token.  On
news text that was 12 % of the whole parse, more than the dependency parser.  Nearly every
rule tests one token for equality of its tag, lower-case form, dependency label or
whitespace, so the rules can be looked up by those values and only the few candidates
checked.  The ruler's own ``set_annotations`` still applies the matches, in the order it
would have applied them, so the annotation is identical:
``tests/test_nlp_attributes.py`` compares the matches and every token's tag, part of
speech, morphology, lemma and dependency with the stock pipeline on real articles.

Rules using anything else (operators, other attributes) make :func:`install` leave the
stock matcher in place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH")
"""Token attributes a rule may test; anything else keeps the stock matcher."""

Match = tuple[int, int, int, int]
"""(rule number, match id, start, end): what ``AttributeRuler.match`` returns, sorted."""


@dataclass(frozen=True)
class _Test:
    """One attribute test of one token: equality, set membership or a regular expression."""

    attribute: str
    op: str  # "eq", "in", "not_in", "regex"
    value: Any

    def passes(self, value: object) -> bool:
        if self.op == "eq":
            return bool(value == self.value)
        if self.op == "in":
            return value in self.value
        if self.op == "not_in":
            return value not in self.value
        return isinstance(value, str) and self.value.search(value) is not None

    def allowed(self) -> frozenset[Any] | None:
        """The values that pass, when they can be listed (for the index)."""
        if self.op == "eq":
            return frozenset([self.value])
        if self.op == "in":
            return frozenset(self.value)
        return None


@dataclass
class _Rule:
    number: int
    match_id: int
    tokens: list[list[_Test]]
    certain: bool = False


@dataclass
class RuleIndex:
    """Rules filed under the values their first token must have."""

    buckets: dict[Hashable, list[_Rule]] = field(default_factory=lambda: defaultdict(list))
    always: list[_Rule] = field(default_factory=list)
    uses_orth: bool = False
    seen: dict[tuple[str, str, str, bool], list[_Rule]] = field(default_factory=dict)

    def file(self, rule: _Rule) -> None:
        self.uses_orth |= any(t.attribute == "ORTH" for tests in rule.tokens for t in tests)
        tests = {test.attribute: test.allowed() for test in rule.tokens[0]}
        keyed: tuple[str, ...]
        tags, lowers = tests.get("TAG"), tests.get("LOWER")
        deps, spaces = tests.get("DEP"), tests.get("IS_SPACE")
        if tags is not None and lowers is not None:
            keys: list[Hashable] = [("tl", t, w) for t in tags for w in lowers]
            keyed = ("TAG", "LOWER")
        elif tags is not None:
            keys, keyed = [("t", t) for t in tags], ("TAG",)
        elif lowers is not None:
            keys, keyed = [("l", w) for w in lowers], ("LOWER",)
        elif deps is not None:
            keys, keyed = [("d", d) for d in deps], ("DEP",)
        elif spaces is not None:
            keys, keyed = [("s", bool(s)) for s in spaces], ("IS_SPACE",)
        else:
            self.always.append(rule)
            return
        # a one-token rule testing only what its bucket is keyed on needs no further check
        rule.certain = len(rule.tokens) == 1 and all(
            t.attribute in keyed and t.op in ("eq", "in") for t in rule.tokens[0]
        )
        for key in keys:
            self.buckets[key].append(rule)

    def candidates(self, tag: str, lower: str, dep: str, space: bool) -> list[_Rule]:
        """The rules a token with these values may start (remembered: words repeat)."""
        key = (tag, lower, dep, space)
        found = self.seen.get(key)
        if found is None:
            buckets = self.buckets
            empty: list[_Rule] = []
            found = (
                buckets.get(("tl", tag, lower), empty)
                + buckets.get(("t", tag), empty)
                + buckets.get(("l", lower), empty)
                + buckets.get(("d", dep), empty)
                + buckets.get(("s", space), empty)
                + self.always
            )
            if len(self.seen) > 200_000:
                self.seen.clear()
            self.seen[key] = found
        return found

    def match(self, doc: Doc) -> list[Match]:
        """What the stock ``AttributeRuler.match`` returns for ``doc``, sorted the same way."""
        values: dict[str, list[Any]] = {
            "TAG": [t.tag_ for t in doc],
            "LOWER": [t.lower_ for t in doc],
            "DEP": [t.dep_ for t in doc],
            "IS_SPACE": [t.is_space for t in doc],
        }
        if self.uses_orth:
            values["ORTH"] = [t.orth_ for t in doc]
        found: set[Match] = set()
        n_tokens = len(doc)
        for i, (tag, lower, dep, space) in enumerate(
            zip(values["TAG"], values["LOWER"], values["DEP"], values["IS_SPACE"], strict=True)
        ):
            for rule in self.candidates(tag, lower, dep, space):
                end = i + len(rule.tokens)
                if rule.certain:
                    found.add((rule.number, rule.match_id, i, end))
                elif end <= n_tokens and all(
                    test.passes(values[test.attribute][i + offset])
                    for offset, token_tests in enumerate(rule.tokens)
                    for test in token_tests
                ):
                    found.add((rule.number, rule.match_id, i, end))
        return sorted(found)


def _compile_token(spec: dict[str, Any]) -> list[_Test] | None:
    tests: list[_Test] = []
    for attribute, value in spec.items():
        if attribute not in _ATTRIBUTES:
            return None
        if isinstance(value, dict):
            if len(value) != 1:
                return None
            ((op, operand),) = value.items()
            if op == "IN" or op == "NOT_IN":
                tests.append(_Test(attribute, op.lower(), frozenset(operand)))
            elif op == "REGEX":
                tests.append(_Test(attribute, "regex", re.compile(operand)))
            else:
                return None
        elif isinstance(value, (str, bool)):
            tests.append(_Test(attribute, "eq", value))
        else:
            return None
    return tests


def build_index(ruler: AttributeRuler) -> RuleIndex | None:
    """The index of the ruler's rules, or None when a rule uses something we do not index."""
    index = RuleIndex()
    strings = ruler.vocab.strings
    for number in range(len(ruler.attrs)):
        key = str(number)
        for pattern in ruler.matcher.get(key)[1]:
            tokens = [_compile_token(spec) for spec in pattern]
            if not tokens or any(t is None for t in tokens):
                return None
            index.file(_Rule(number, strings[key], [t for t in tokens if t is not None]))
    return index


def install(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the indexed matcher; False if it kept its own."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    index = build_index(ruler)
    if index is None:
        return False
    # AttributeRuler.__call__ calls self.match(doc); an instance attribute takes precedence
    ruler.match = index.match  # type: ignore[method-assign]
    return True
