"""Mentions of countries, places, organisations and people, resolved per article.

One pass over a parsed document: the gazetteer matchers find known surface forms, spaCy's
NER adds people it has never heard of, and a left-to-right walk resolves what depends on
context:

* a ministry takes its country from an adjacent country word ("Polish MFA", "Ministry of
  Defence of Belarus", "Poland's MoD") or else from the last ministry of that type mentioned
  ("the Belarusian MoD ... MoD Spokesman X" -> X is of the Belarusian ministry);
* a role word next to a country word ("the Belarusian leader", "Poland's president") becomes
  the office holder on the article's date (role_holders.tsv);
* an unknown person takes country and affiliation from their title and apposition
  ("MoD Spokesman Uladzimir Makarau", "Pawel Fleischer, an expert at the Polish Institute");
  a later bare surname ("Fleischer stressed") is the same person.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.extraction.backrefs import (
    adjacent_country,
    ministries_of_ministers,
    resolve_anaphor,
    share_a_plural_title,
)
from pipeline.extraction.dates import dateline
from pipeline.extraction.gazetteer import Gazetteer, load_gazetteer, matchers, title_matcher
from pipeline.extraction.mention import (
    ACTOR_KINDS,
    OFFICIAL_WORDS,
    DocMentions,
    Mention,
    is_official,
)
from pipeline.types import fold

__all__ = ["ACTOR_KINDS", "OFFICIAL_WORDS", "DocMentions", "Mention", "find_mentions"]

DATELINE_SPAN = 12
ANAPHORIC_TYPE = "any"
"""Ministry type of a bare head noun ("the ministry"), resolved by :func:`backrefs.resolve_anaphor`."""
NAME_DEPS = frozenset({"compound", "flat", "nmod"})


def _capitalised(span: Span) -> bool:
    """Proper names carry a capital somewhere ("US" not "us", "iSrael" still counts)."""
    return any(c.isupper() for t in span for c in t.text)


def find_mentions(doc: Doc, published: dt.date | None) -> DocMentions:
    """Match, filter and resolve every mention of the document, in reading order."""
    gaz = load_gazetteer()
    lower, exact = matchers()
    spans: list[Span] = []
    for matcher in (lower, exact):
        for match_id, start, end in matcher(doc):
            label = gaz.labels[match_id]
            entry = gaz.entries[label]
            span = Span(doc, start, end, label=label)
            if entry.kind in ("country", "capital", "place", "person", "org", "media") \
                    and not _capitalised(span):
                continue
            if entry.kind == "capital" and end < len(doc) \
                    and fold(doc[end].lower_) in gaz.instrument_words:
                continue  # "the Ottawa Convention", "the Minsk agreements": a name
            spans.append(span)
    covered = {i for span in spans for i in range(span.start, span.end)}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not any(i in covered for i in range(ent.start, ent.end)):
            spans.append(Span(doc, ent.start, ent.end, label="person:?"))
            covered.update(range(ent.start, ent.end))
    spans.extend(_titled_names(doc, covered))
    spans.extend(_introduced_names(doc, covered, gaz))
    spans.extend(_repeated_surnames(doc, spans, covered))
    spans = filter_spans(spans)
    line = dateline(doc[:40].text, published)  # (a dateline opens the text)
    spans.extend(_organisations(doc, spans, line[0] if line is not None else 0))
    mentions: list[Mention] = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        if span.label_ == "person:?":
            mentions.append(Mention(span.start, span.end, "person", None, None, span.text))
            continue
        if span.label_ == "org:?":
            mentions.append(Mention(span.start, span.end, "org", None, _org_name(span),
                                    span.text, aliases=[span.text]))
            continue
        entry = gaz.entries[span.label_]
        mention = Mention(span.start, span.end, entry.kind, entry.country, None, span.text,
                          neighbour=entry.neighbour)
        if entry.kind in ("person", "org"):
            mention.name, mention.title = entry.key, entry.title
        elif entry.kind in ("ministry", "role"):
            mention.name = None
            mention.title = entry.key  # ministry type or role name until resolved
        mentions.append(mention)
    _org_countries(doc, mentions, gaz)
    _resolve(doc, mentions, gaz, published)
    _share_aliases(mentions)
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    return DocMentions(mentions, by_token)


def _titled_names(doc: Doc, covered: set[int]) -> list[Span]:
    """Names the NER missed but a capitalised title announces ("Spokesman Uladzimir Makarau")."""
    found: list[Span] = []
    for _match_id, start, end in title_matcher()(doc):
        name_start = start + 1
        if any(i in covered for i in range(name_start, end)):
            continue
        if end - name_start >= 2 or doc[name_start].dep_ in ("nsubj", "pobj"):
            found.append(Span(doc, name_start, end, label="person:?"))
            covered.update(range(name_start, end))
    return found


def _introduced_names(doc: Doc, covered: set[int], gaz: Gazetteer) -> list[Span]:
    """"Igor Malyk, a deputy head of the General Staff's ... department, said": a name the
    NER missed that an appositive title introduces (first name and surname, capitalised)."""
    found: list[Span] = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN" \
                or not token.is_title or token.i in covered:
            continue
        if not any(c.dep_ == "appos" and fold(c.lemma_) in gaz.titles for c in token.children):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == token.i and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].is_title and start - 1 not in covered:
            start -= 1
        if start < token.i:
            found.append(Span(doc, start, token.i + 1, label="person:?"))
            covered.update(range(start, token.i + 1))
    return found


def _repeated_surnames(doc: Doc, spans: list[Span], covered: set[int]) -> list[Span]:
    """"It is the first time Myasnikovich has visited": a bare surname of a person the text
    already named is that person, even where the NER did not tag it.  (Found by searching
    the text for the few surnames, not by walking every token: this runs on every article.)"""
    first_named: dict[str, int] = {}
    for span in spans:
        if span.label_.startswith("person") and len(span) > 1:
            surname = span[-1].text
            first_named[surname] = min(first_named.get(surname, span.end), span.end)
    found: list[Span] = []
    text = doc.text if first_named else ""  # (doc.text is rebuilt on every access)
    for surname, named_end in first_named.items():
        for match in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
            hit = doc.char_span(match.start(), match.end())
            if hit is None or len(hit) != 1 or hit.start < named_end:
                continue
            token = hit[0]
            if token.i in covered or token.pos_ != "PROPN" or not token.is_title:
                continue
            found.append(Span(doc, token.i, token.i + 1, label="person:?"))
            covered.add(token.i)
    return found


def _organisations(doc: Doc, spans: list[Span], text_start: int = 0) -> list[Span]:
    """NER organisations unknown to the gazetteer (their country words stay inside them);
    none in a dateline before ``text_start`` ("MINSK/WARSAW, Nov 3 -" names no speaker)."""
    taken = {i for s in spans if not s.label_.startswith(("country:", "capital:"))
             for i in range(s.start, s.end)}
    countries = {i for s in spans if s.label_.startswith(("country:", "capital:"))
                 for i in range(s.start, s.end)}
    return [Span(doc, ent.start, ent.end, label="org:?") for ent in doc.ents
            if ent.label_ == "ORG" and ent.start_char >= text_start
            and not any(i in taken for i in range(ent.start, ent.end))
            and any(t.i not in countries and t.pos_ != "DET" for t in ent)]


def _org_name(span: Span) -> str:
    words = [t for t in span if t.pos_ != "DET"]
    while words and words[0].ent_type_ in ("NORP", "GPE") and len(words) > 2:
        words = words[1:]
    return " ".join(t.text for t in words)


def _resolve(doc: Doc, mentions: list[Mention], gaz: Gazetteer,
             published: dt.date | None) -> None:
    """Context resolution in reading order (ministries, roles, unknown people)."""
    index = {i: m for m in mentions for i in range(m.start, m.end)}
    last_ministry: dict[str, Mention] = {}
    organisations: list[Mention] = []
    people_by_surname: dict[str, Mention] = {}
    bare_roles: list[tuple[Mention, str]] = []
    for mention in mentions:
        if mention.kind == "ministry" and mention.title == ANAPHORIC_TYPE:
            resolve_anaphor(doc, mention, index, organisations)
            if mention.country is not None:
                organisations.append(mention)
            continue
        if mention.kind == "org" and mention.country is not None:
            organisations.append(mention)
        if mention.kind == "ministry":
            mtype = mention.title or ""
            country = adjacent_country(doc, mention, index) or _seat(doc, mention, index) \
                or _owner(doc, mention, mentions)
            if country is None and mtype in last_ministry:
                country = last_ministry[mtype].country
            mention.country = country
            mention.name = gaz.ministry_name(country, mtype)
            mention.aliases = [mention.surface]
            mention.title = None
            if country is not None:
                last_ministry[mtype] = mention
                organisations.append(mention)
        elif mention.kind == "org" and mention.title:
            last_ministry[mention.title] = mention
            mention.title = None
        elif mention.kind == "role":
            country = adjacent_country(doc, mention, index)
            role = mention.title or ""
            mention.title = None
            following = index.get(mention.end)
            if following is not None and following.kind == "person":
                continue  # a title in front of a name: not an actor
            if country is None:
                bare_roles.append((mention, role))
                continue
            holder = gaz.holder(country, role, published)
            mention.country = country
            if holder is not None:
                person = gaz.persons[holder]
                mention.name, mention.title = holder, person.title
                mention.aliases = [_strip_det(doc, mention)]
    for mention in mentions:
        if mention.kind == "person":
            _resolve_person(doc, mention, index, gaz, people_by_surname)
    _last_named_holders(doc, mentions, bare_roles, gaz, published)
    ministries_of_ministers(doc, mentions, gaz)
    share_a_plural_title(doc, mentions, index)
    countries = {m.name: m.country for m in mentions if m.kind == "person" and m.country}
    for mention in mentions:  # later mentions of a person placed by the rule above
        if mention.kind == "person" and mention.country is None and mention.name in countries:
            mention.country = countries[mention.name]
    home = _dateline_country(doc, mentions)
    if home is not None:
        for mention in mentions:
            if mention.kind == "person" and mention.country is None \
                    and is_official(mention.title):
                mention.country = home  # "WARSAW (PAP) - Deputy Foreign Minister X said"


def _last_named_holders(doc: Doc, mentions: list[Mention], bare: list[tuple[Mention, str]],
                        gaz: Gazetteer, published: dt.date | None) -> None:
    """"The President stressed": a role the text names with "the" and no country refers
    back to the last person named before it who held that role on the article's date."""
    for mention, role in bare:
        if mention.start == 0 or doc[mention.start - 1].lower_ != "the":
            continue
        holder = next((m for m in reversed(mentions) if m.end <= mention.start
                       and m.kind in ("person", "role") and m.name and m.country
                       and gaz.holder(m.country, role, published) == m.name), None)
        if holder is not None:
            mention.country, mention.name, mention.title = \
                holder.country, holder.name, holder.title
            mention.aliases = [_strip_det(doc, mention)]


def _dateline_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """Country of a dateline ("WARSAW (PAP) -", "MINSK, March 12 (Reuters) -"): a capital
    or place opening the text and followed shortly by a dash.  An official the text names
    without a country ("Deputy Foreign Minister X") is of the dateline's country."""
    opening = next((m for m in mentions if m.start < 3), None)
    if opening is None or opening.kind not in ("capital", "place") or opening.country is None:
        return None
    window = doc[opening.end:opening.end + DATELINE_SPAN]
    return opening.country if any(t.text in ("-", "—", "–") for t in window) else None


def _share_aliases(mentions: list[Mention]) -> None:
    """Every mention of an actor lists all surface forms the article used for it."""
    seen: dict[str, list[str]] = {}
    for mention in mentions:
        if mention.name is not None:
            forms = seen.setdefault(mention.name, [])
            forms.extend(a for a in (mention.aliases or [mention.surface]) if a not in forms)
    for mention in mentions:
        if mention.name is not None:
            mention.aliases = seen[mention.name]


def _org_countries(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """An unknown organisation is of the country its name contains ("Polish Institute") or
    that stands right next to it ("the Polish Senate")."""
    lower, exact = matchers()
    index = {i: m for m in mentions for i in range(m.start, m.end)}
    for mention in mentions:
        if mention.kind != "org" or mention.country is not None \
                or f"org:{mention.name}" in gaz.entries \
                or fold(doc[mention.end - 1].lower_) in gaz.instrument_words:
            continue  # (a listed body without a country is international: "Vienna Document";
            # so is an instrument named after a city: "the Ottawa Convention")
        for match_id, start, _end in lower(doc[mention.start:mention.end]):
            entry = gaz.entries[gaz.labels[match_id]]
            if entry.kind in ("country", "capital") and doc[start].is_title:
                mention.country = entry.country
                break
        else:  # "the Polish Senate", "Poland's Senate", "the Senate of Poland"
            country = adjacent_country(doc, mention, index)
            if country is not None and not _part_of_another_body(doc, mention):
                mention.country = country


OWNER_WINDOW = 40  # tokens back from "its ministry" to the state it names


def _seat(doc: Doc, mention: Mention, index: dict[int, Mention]) -> str | None:
    """"The foreign ministry in Warsaw": a ministry is of the capital it sits in (not so
    an embassy, which sits in the other country's capital)."""
    after = mention.end
    if after + 1 < len(doc) and doc[after].lower_ == "in":
        seat = index.get(after + 1)
        if seat is not None and seat.kind == "capital" and seat.start == after + 1:
            return seat.country
    return None


def _owner(doc: Doc, mention: Mention, mentions: list[Mention]) -> str | None:
    """"Minsk's first reaction was loud. Its foreign ministry ...": "its" before a ministry
    is the state named last (within a sentence or two), not the ministry of that type the
    article named before."""
    if mention.start == 0 or doc[mention.start - 1].lower_ not in ("its", "their"):
        return None
    states = [m for m in mentions if m.kind in ("country", "capital") and m.country
              and m.end <= mention.start - 1 and mention.start - m.end <= OWNER_WINDOW]
    return states[-1].country if states else None


def _part_of_another_body(doc: Doc, mention: Mention) -> bool:
    """"the Foreign Affairs Department of Poland's MoD": the country word after "of" owns
    the next body, which is the affiliation; the department itself stays without one."""
    after = mention.end
    return after + 2 < len(doc) and doc[after].lower_ == "of" and doc[after + 2].tag_ == "POS"


def _strip_det(doc: Doc, mention: Mention) -> str:
    start = mention.start
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound", "poss", "case") \
            and doc[start - 1].head.i >= mention.start:
        start -= 1
    return doc[start:mention.end].text


def _resolve_person(doc: Doc, mention: Mention, index: dict[int, Mention], gaz: Gazetteer,
                    people_by_surname: dict[str, Mention]) -> None:
    """Canonical name, title, affiliation and country of a person mention."""
    span = doc[mention.start:mention.end]
    name_tokens = [t for t in span if t.lower_ not in gaz.titles]
    if not name_tokens:
        return
    surname = fold(name_tokens[-1].text)
    if mention.name is None:
        known = gaz.surname_index.get(surname)
        if known is not None:
            entry = gaz.persons[known]
            mention.name, mention.country, mention.title = known, entry.country, entry.title
        elif surname in people_by_surname:
            earlier = people_by_surname[surname]
            for attr in ("name", "country", "title", "organization", "organization_country"):
                setattr(mention, attr, getattr(earlier, attr))
        else:
            mention.name = " ".join(t.text for t in name_tokens)
    mention.aliases = [" ".join(t.text for t in name_tokens)]
    title, organisation, country = _title_and_affiliation(doc, mention, index, gaz)
    if title:
        mention.title = title
    if organisation is not None and mention.organization is None:
        mention.organization = organisation.name
        mention.organization_country = organisation.country
    if mention.country is None:
        mention.country = country or _principal_country(doc, mention, people_by_surname)
    people_by_surname.setdefault(surname, mention)


def _principal_country(doc: Doc, mention: Mention, people: dict[str, Mention]) -> str | None:
    """"Minister Henryk Kowalczyk and his deputy Małgorzata Golińska": a person introduced
    as someone's deputy, spokesman or adviser ("his"/"her" before the title) serves the
    person named last before, and is of that person's country."""
    before = doc[max(0, mention.start - 4):mention.start]
    if not any(t.lower_ in ("his", "her") and t.dep_ == "poss" for t in before):
        return None
    earlier = [p for p in people.values() if p.end <= mention.start and p.country]
    return max(earlier, key=lambda p: p.end).country if earlier else None


LEADS = frozenset({"lead", "head", "command", "chair"})
"""Verbs of holding an office: what they take names the holder's body ("X heads the ...")."""


def _title_and_affiliation(doc: Doc, mention: Mention, index: dict[int, Mention],
                           gaz: Gazetteer) -> tuple[str | None, Mention | None, str | None]:
    """Title words before the name or in an apposition, and the body/country they name."""
    head = doc[mention.end - 1]
    while head.head.i in range(mention.start, mention.end) and head.head.i != head.i:
        head = head.head
    pieces: list[Token] = []
    left = mention.start - 1
    while left >= 0:
        token, inside = doc[left], index.get(left)
        if inside is not None and inside.kind in ("ministry", "org", "country", "capital"):
            pieces[:0] = list(doc[inside.start:left + 1])
            left = inside.start - 1
        elif token.pos_ != "DET" and not token.is_punct and token.ent_type_ != "DATE" and (
                (token.is_title and token.lower_ in gaz.titles)
                or (left < token.head.i < mention.end
                    and token.dep_ in ("compound", "amod", "nmod", "poss", "case"))):
            pieces.insert(0, token)
            left -= 1
        else:
            break
    title = " ".join(t.text for t in pieces) or None
    region: list[Token] = list(pieces)
    appositions = 0
    for child in head.children:
        # an apposition stands by the name, no verb or colon between (not a list the parser
        # hangs on it further on: "Revenko ... accusing it of militarisation: a budget, ...")
        if (child.dep_ == "appos" and not any(t.pos_ in ("VERB", "AUX") or t.text == ":"
                                              for t in doc[mention.end:child.left_edge.i])) \
                or (child.dep_ == "prep" and child.lower_ in ("of", "at", "from")):
            region.extend(child.subtree)
            if child.dep_ == "appos" and appositions == 0:
                appositions += 1
                title = _clean_title(doc[child.left_edge.i:child.right_edge.i + 1].text)
    posting = _posting_title(head, index)
    if posting is not None:
        # "Belarus's chargé d'affaires in Warsaw, Chasnouski": the parser hangs the name on
        # the posting place, but it names the title's holder; the title's own country word
        # decides (a diplomat posted in Warsaw is, by definition, not of Poland)
        noun, prep = posting
        own = [t for t in noun.subtree if t.i not in {p.i for p in prep.subtree}
               and not mention.start <= t.i < mention.end]
        if any(t.i in index and index[t.i].kind in ("country", "ministry", "org") for t in own):
            region.extend(own)
            title = _clean_title(" ".join(t.text for t in own if t.i <= noun.i and t.dep_ not in (
                "poss", "case", "det") and t.i not in index)) or title
        else:
            region.extend(t for t in head.head.subtree
                          if t.i < mention.start or t.i >= mention.end)
    elif head.dep_ == "appos" and head.head.i not in range(mention.start, mention.end):
        region.extend(t for t in head.head.subtree if t.i < mention.start or t.i >= mention.end)
    verb = head.head
    if head.dep_ == "nsubj" and (verb.lemma_ in LEADS or any(
            t.lower_ == "charge" for t in verb.children if t.dep_ == "prep"
            for t in t.subtree)):
        region.extend(t for t in verb.subtree if t.i > head.i)
    region.extend(t for c in head.children if c.dep_ == "relcl" and c.lemma_ in LEADS
                  for t in c.subtree if t.i > c.i)  # "X, who heads the ministry's department"
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lower_ == "led":
        noun = head.head.head.head
        region.extend(t for t in noun.subtree if t.i < head.head.head.i)
    found = [index[t.i] for t in region if t.i in index and index[t.i] is not mention]
    orgs = [m for m in found if m.kind in ("ministry", "org")]
    if not orgs:  # "welcomed at the Polish Senate by its marshal, X": the body "its" names
        orgs = [m for t in region if t.dep_ == "poss" and t.lower_ in ("its", "their")
                for m in _last_body(index, t.i)]
    countries = [m.country for m in found if m.kind in ("country", "capital") and m.country]
    # "head of the Brest border group", "mayor of Grodno": the town of the office, last
    countries += [m.country for m in found if m.kind == "place" and m.country]
    organisation = next((m for m in orgs if m.country), orgs[0] if orgs else None)
    country = organisation.country if organisation and organisation.country else (
        countries[0] if countries else None)
    return title, organisation, country


def _last_body(index: dict[int, Mention], before: int) -> list[Mention]:
    """The organisation or ministry with a country named last before token ``before``."""
    bodies = [m for m in index.values() if m.end <= before and m.kind in ("org", "ministry")
              and m.country]
    return [max(bodies, key=lambda m: m.end)] if bodies else []


def _posting_title(head: Token, index: dict[int, Mention]) -> tuple[Token, Token] | None:
    """(title noun, locative preposition) when a name is in apposition to the place of a
    posting ("the ambassador in Minsk, X"), else ``None``."""
    place = head.head
    if head.dep_ != "appos" or place.dep_ != "pobj" or place.i not in index \
            or index[place.i].kind not in ("capital", "place", "country"):
        return None
    prep = place.head
    if prep.lower_ not in ("in", "at", "to") or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return prep.head, prep


def _clean_title(text: str) -> str:
    words = text.strip(" ,").split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)
