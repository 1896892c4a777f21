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
  ("MoD Spokesman Uladzimir Makarau", "Pawel Fleischer, an expert at the Polish Institute";
  :mod:`affiliation`); a later bare surname ("Fleischer stressed") is the same person;
* names the NER misses are found around the words that announce them (:mod:`missed_names`);
* an official still without a country is of the scene a paragraph opened ("In Minsk,
  officials ..."), else of the dateline's country.
"""

from __future__ import annotations

import calendar
import datetime as dt
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.extraction.affiliation import (
    nationality_before,
    principal_country,
    title_and_affiliation,
)
from pipeline.extraction.backrefs import (
    adjacent_country,
    ministries_of_ministers,
    proper_name_head,
    resolve_anaphor,
    seat_country,
    share_a_plural_title,
)
from pipeline.extraction.dates import DATELINE_TOKENS, dateline
from pipeline.extraction.gazetteer import (
    Gazetteer,
    first_initial,
    load_gazetteer,
    matchers,
)
from pipeline.extraction.mention import (
    ACTOR_KINDS,
    OFFICIAL_WORDS,
    Dateline,
    DocMentions,
    Mention,
    doc_sentences,
    is_official,
)
from pipeline.extraction.missed_names import (
    introduced_names,
    local_bodies,
    repeated_surnames,
    spelled_as,
    spelled_names,
    titled_names,
)
from pipeline.extraction.org_countries import org_countries
from pipeline.types import fold

__all__ = ["ACTOR_KINDS", "OFFICIAL_WORDS", "DocMentions", "Mention", "find_mentions"]

DATELINE_SPAN = 12
ANAPHORIC_TYPE = "any"
"""Ministry type of a bare head noun ("the ministry"), resolved by :func:`backrefs.resolve_anaphor`."""
NAME_DEPS = frozenset({"compound", "flat", "nmod"})


def _same_kind_of_body(earlier: Mention, later: Mention) -> bool:
    """Whether a body named without its state may be the one of that type named before:
    a proper "Border Guard" is not "Belarus's border service" (the State Border Committee,
    another kind of body), though "the ministry" may be any ministry named before."""
    if not (later.surface or "")[:1].isupper() or "guard" not in (later.surface or "").lower():
        return True
    return "guard" in (earlier.surface or "").lower()


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
            if entry.kind == "country" and doc[end - 1].ent_type_ == "MONEY" \
                    and doc[end - 1].head.ent_type_ == "MONEY":
                continue  # "20 million US dollars", "a billion Belarusian roubles": a sum
                # of money in a country's currency, not that country
            if entry.kind == "person" and end - start == 1 and start > 0 \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == start \
                    and _another_bearer(doc[start - 1], entry.key, gaz):
                # "Oksana Poczobut", his mother: a person of her own
                spans.append(Span(doc, start - 1, end, label="person:?"))
                continue
            spans.append(span)
    covered = {i for span in spans for i in range(span.start, span.end)}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not any(i in covered for i in range(ent.start, ent.end)) \
                and not all(fold(t.lower_) in gaz.titles for t in ent):  # ("MEP" alone)
            spans.append(Span(doc, ent.start, ent.end, label="person:?"))
            covered.update(range(ent.start, ent.end))
    spans.extend(titled_names(doc, covered, gaz))
    spans.extend(introduced_names(doc, covered, gaz))
    spans.extend(repeated_surnames(doc, spans, covered))
    spans.extend(spelled_names(doc, covered))
    spans = filter_spans(spans)
    line = dateline(doc[:DATELINE_TOKENS].text, published)  # (a dateline opens the text)
    text_start = line[0] if line is not None else 0
    # "DUBICZE CERKIEWNE, Poland, May 29 -": the parser may take the town for a person
    spans = [s for s in spans if s.label_ != "person:?" or s.start_char >= text_start]
    spans.extend(_organisations(doc, spans, gaz, text_start))
    spans.extend(local_bodies(doc, spans))
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
                          neighbour=entry.neighbour, frontier=entry.frontier)
        if entry.kind in ("person", "org"):
            mention.name, mention.title = entry.key, entry.title
        elif entry.kind in ("ministry", "role"):
            mention.name = None
            mention.title = entry.key  # ministry type or role name until resolved
        mentions.append(mention)
    org_countries(doc, mentions, gaz)
    _resolve(doc, mentions, gaz, published)
    _share_aliases(mentions)
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    filed = None if line is None else Dateline(line[0], line[1], next(
        (m.country for m in mentions if m.kind in ("capital", "place") and m.country
         and doc[m.start].idx < line[0]), None), line[2], next(
        (m.country for m in mentions if m.kind in ("capital", "place", "country")
         and m.country and doc[m.start].idx < line[0]), None))
    return DocMentions(mentions, by_token, filed)


def _organisations(doc: Doc, spans: list[Span], gaz: Gazetteer,
                   text_start: int = 0) -> list[Span]:
    """NER organisations unknown to the gazetteer (their country words stay inside them);
    none in a dateline before ``text_start`` ("MINSK/WARSAW, Nov 3 -" names no speaker)."""
    taken = {i for s in spans if not s.label_.startswith(("country:", "capital:"))
             for i in range(s.start, s.end)}
    countries = {i for s in spans if s.label_.startswith(("country:", "capital:"))
                 for i in range(s.start, s.end)}
    towns = {i for s in spans if s.label_.startswith("place:") for i in range(s.start, s.end)}
    bare = {i for s in spans if s.label_ == f"ministry:{ANAPHORIC_TYPE}"
            for i in range(s.start, s.end)}  # ("Committee" alone may mean a known one)
    found = []
    for ent in doc.ents:
        # "the Oshmyany District Executive Committee": a town's own body (the town is no
        # actor, the body is)
        local = fold(ent[-1].lower_) in gaz.institution_words and ent[-1].i not in towns \
            and any(t.i in towns for t in ent)
        if ent.label_ == "ORG" and ent.start_char >= text_start \
                and not any(i in taken and not (local and (i in towns or i in bare))
                            for i in range(ent.start, ent.end)) \
                and any(t.i not in countries and t.pos_ != "DET" for t in ent) \
                and ent.root.lemma_.lower() not in PEOPLE_NOUNS \
                and not (ent.end < len(doc) and doc[ent.end].is_title
                         and doc[ent.end].lower_ in gaz.titles):
            # ("State Secretary of the Security Council Volfovich": the NER takes the title's
            # first word for a body)
            end = ent.end  # "The Prosecutor General's Office": the tagger may stop at "'s"
            if ent[-1].tag_ == "POS" and end < len(doc) and doc[end].is_title \
                    and doc[end].pos_ in ("PROPN", "NOUN") and end not in countries:
                end += 1
            end = next((t.i for t in doc[ent.start + 1:end] if t.text == "("
                        and not any(u.text == ")" for u in doc[t.i:end])), end)
            # ("The Belarusian Social and Cultural Society (BTSK": the tagger takes the
            # opening bracket of the acronym and the acronym, not the closing one)
            found.append(Span(doc, ent.start, end, label="org:?"))
    return found


PEOPLE_NOUNS = frozenset({"citizen", "resident", "national", "people", "inhabitant",
                          "holder", "pensioner", "voter", "worker", "student", "tourist"})
"""Heads of phrases the tagger sometimes calls organisations ("Citizens of Poland have been
able to enter"): a group of people is no body that speaks, so "it added" cannot mean it."""


def _as_written(words: list[Token]) -> str:
    """Name words as the text spells them: the tokenizer splits "Schmidt-Rodziewicz" into
    three tokens, and joining them with spaces gave a surname no gold or gazetteer knows."""
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text


def _org_name(span: Span) -> str:
    words = [t for t in span if t.pos_ != "DET"]
    while words and words[0].ent_type_ in ("NORP", "GPE") and len(words) > 2:
        words = words[1:]
    return _as_written(words) if words else ""


def _resolve(doc: Doc, mentions: list[Mention], gaz: Gazetteer,
             published: dt.date | None) -> None:
    """Context resolution in reading order (ministries, roles, unknown people)."""
    index = {i: m for m in mentions for i in range(m.start, m.end)}
    last_ministry: dict[str, Mention] = {}
    organisations: list[Mention] = []
    people_by_surname: dict[str, Mention] = {}
    bare_roles: list[tuple[Mention, str]] = []
    titled: list[tuple[Mention, Mention]] = []  # a role and the person named beside it
    for mention in mentions:
        if mention.kind == "ministry" and mention.title == ANAPHORIC_TYPE:
            resolve_anaphor(doc, mention, index, organisations)
            if mention.country is not None:
                organisations.append(mention)
            continue
        if mention.kind == "org" and mention.end - mention.start == 1 \
                and proper_name_head(doc, mention) and not any(
                    getattr(index.get(i), "kind", None) in ("country", "capital")
                    for i in range(mention.end + 1, min(mention.end + 4, len(doc)))):
            mention.kind, mention.name, mention.country = "unresolved", None, None
            continue  # ("the Senate of Maria Curie-Skłodowska University": its own senate;
            # not "the Sejm of the Republic of Poland")
        if mention.kind == "org" and mention.end - mention.start == 1 and mention.country \
                and (owner := adjacent_country(doc, mention, index)) not in (None,
                                                                             mention.country):
            # ("Rwanda's Senate": a one-word body's name is another state's body there)
            mention.country = owner
            mention.name = f"{doc[mention.start].text} of {gaz.country_names.get(owner, owner)}"
        if mention.kind == "org" and mention.country is not None:
            organisations.append(mention)
        if mention.kind == "ministry":
            mtype = mention.title or ""
            # ("the Polish embassy in Minsk": an embassy sits in its host's capital, so the
            # seat names the host, never the owner)
            host = seat_country(doc, mention, index, states=True) if mtype == EMBASSY else None
            country = adjacent_country(doc, mention, index) or (
                None if mtype == EMBASSY else seat_country(doc, mention, index)) \
                or _owner(doc, mention, mentions)
            if country is None and mtype in last_ministry \
                    and last_ministry[mtype].country != host \
                    and _same_kind_of_body(last_ministry[mtype], mention):
                country = last_ministry[mtype].country
            mention.country = country
            mention.name = embassy_name(gaz, country, host) if mtype == EMBASSY \
                else gaz.ministry_name(country, mtype)
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
            named = index.get(mention.end + 1) if mention.end < len(doc) \
                and doc[mention.end].text == "," else None
            if named is not None and named.kind == "person":
                titled.append((mention, named))  # "Poland's defence minister, Błaszczak,"
            elif holder is not None:
                person = gaz.persons[holder]
                mention.name, mention.title = holder, person.title
                mention.aliases = [_strip_det(doc, mention)]
    for mention in mentions:
        if mention.kind == "person":
            _resolve_person(doc, mention, index, gaz, people_by_surname)
    for role_mention, named_person in titled:  # the text names the holder, not the gazetteer
        role_mention.name, role_mention.title = named_person.name, named_person.title
        role_mention.aliases = [_strip_det(doc, role_mention)]
    _last_named_holders(doc, mentions, bare_roles, gaz, published)
    ministries_of_ministers(doc, mentions, gaz)
    share_a_plural_title(doc, mentions, index)
    countries = {m.name: m.country for m in mentions if m.kind == "person" and m.country}
    for mention in mentions:  # later mentions of a person placed by the rule above
        if mention.kind == "person" and mention.country is None and mention.name in countries:
            mention.country = countries[mention.name]
    # "WARSAW (PAP) - Deputy Foreign Minister X said"; a paragraph opening "In Minsk,
    # officials ..." moves the scene to the other capital
    unplaced = [m for m in mentions if m.kind == "person" and m.country is None
                and is_official(m.title)]
    if unplaced:
        home, scenes = _dateline_country(doc, mentions), _scenes(doc, index)
        for mention in unplaced:
            mention.country = next((country for start, country in reversed(scenes)
                                    if start < mention.start), home)


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


def _scenes(doc: Doc, index: dict[int, Mention]) -> list[tuple[int, str]]:
    """(first token, country) of each paragraph that opens "In <capital or place>,"
    ("In Minsk, officials kept up their accusations ..."): the scene the story moves to."""
    scenes: list[tuple[int, str]] = []
    for sentence in doc_sentences(doc):
        first = sentence.start
        opens = first == 0 or "\n" in doc[first - 1].text + doc[first - 1].whitespace_
        place = index.get(first + 1) if first + 1 < len(doc) else None
        if opens and doc[first].lower_ == "in" and place is not None \
                and place.kind in ("capital", "place") and place.country:
            scenes.append((first, place.country))
    return scenes


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


EMBASSY = "embassy"


def embassy_name(gaz: Gazetteer, owner: str | None, host: str | None) -> str:
    """"Embassy of Poland in Belarus": a state keeps an embassy in many states, and the
    timeline's actors must not fold its mission in Minsk into its mission in London."""
    name = gaz.ministry_name(owner, EMBASSY)
    if owner is None or host is None or host == owner:
        return name
    return f"{name} in {gaz.country_names.get(host, host)}"


OWNER_WINDOW = 40  # tokens back from "its ministry" to the state it names


def _owner(doc: Doc, mention: Mention, mentions: list[Mention]) -> str | None:
    """"Minsk's first reaction was loud. Its foreign ministry ...": "its" before a ministry
    is the state named last (within a sentence or two), not the ministry of that type the
    article named before."""
    if mention.start == 0 or doc[mention.start - 1].lower_ not in ("its", "their"):
        return None
    states = [m for m in mentions if m.kind in ("country", "capital") and m.country
              and m.end <= mention.start - 1 and mention.start - m.end <= OWNER_WINDOW]
    return states[-1].country if states else None


def _strip_det(doc: Doc, mention: Mention) -> str:
    start = mention.start
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound", "poss", "case") \
            and doc[start - 1].head.i >= mention.start:
        start -= 1
    return doc[start:mention.end].text


CALENDAR_WORDS = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name)
                           if name)
"""Day and month names the parser may glue to a surname ("On Monday Sikorski said")."""


SPELLING_LIKENESS = 0.6
"""How alike two folded surnames must be to be spellings of one name ("Cimanouska" and
"Tsimanouskaya" 0.78, "Pinczuk" and "Pinchuk" 0.86; unrelated names stay under 0.5)."""


def _named_before(doc: Doc, mention: Mention, name_tokens: list[Token],
                  people_by_surname: dict[str, Mention]) -> Mention | None:
    """The person named earlier that a name not in the gazetteer is: one with its surname
    and a first name that fits, or one whose name the text says it spells another way."""
    earlier = people_by_surname.get(fold(name_tokens[-1].text))
    if earlier is not None and _same_bearer(name_tokens, earlier):
        return earlier
    return _spelled_from(doc, mention, people_by_surname)


def _spelled_from(doc: Doc, mention: Mention,
                  people_by_surname: dict[str, Mention]) -> Mention | None:
    """"Krystsina Tsimanouskaya ... Cimanouska, as the Polish press spells her name,": a
    name the text calls another spelling is the person named before whose surname it is
    most like."""
    if not spelled_as(doc, mention.end):
        return None
    surname = fold(doc[mention.end - 1].text)
    scored = [(SequenceMatcher(None, surname, known).ratio(), earlier)
              for known, earlier in people_by_surname.items() if earlier.end <= mention.start]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= SPELLING_LIKENESS else None


def _another_bearer(first: Token, canonical: str, gaz: Gazetteer) -> bool:
    """Whether a capitalised first name before a known surname names someone else who
    bears it: a first name whose initial none of the person's forms has ("Oksana
    Poczobut" is the journalist's mother).  A title ("Minister") is no first name."""
    initials = gaz.first_initials.get(canonical)
    if not initials or not first.is_title or fold(first.lemma_) in gaz.titles \
            or first.lower_ in CALENDAR_WORDS or first.ent_type_ in ("DATE", "TIME"):
        return False
    return first_initial(first.text) not in initials


def _same_bearer(name_tokens: list[Token], earlier: Mention) -> bool:
    """Whether a name may be the person the text named before with the same surname: a
    bare surname always, a full name when its first name has the earlier one's initial
    ("Viktor Lukashenko" after "Alexander Lukashenko" is his son)."""
    if len(name_tokens) < 2 or earlier.name is None or len(earlier.name.split()) < 2:
        return True
    return first_initial(name_tokens[0].text) == first_initial(earlier.name.split()[0])


def _resolve_person(doc: Doc, mention: Mention, index: dict[int, Mention], gaz: Gazetteer,
                    people_by_surname: dict[str, Mention]) -> None:
    """Canonical name, title, affiliation and country of a person mention."""
    span = doc[mention.start:mention.end]
    name_tokens = [t for t in span if t.lower_ not in gaz.titles]
    if not name_tokens:
        return
    written = _as_written(name_tokens)
    surname = fold(name_tokens[-1].text)
    if mention.name is None:
        known = gaz.surname_index.get(surname)
        if known is not None and len(name_tokens) > 1 \
                and _another_bearer(name_tokens[0], known, gaz):
            known = None
        if known is not None:
            entry = gaz.persons[known]
            mention.name, mention.country, mention.title = known, entry.country, entry.title
        elif (earlier := _named_before(doc, mention, name_tokens, people_by_surname)) is not None:
            for attr in ("name", "country", "title", "organization", "organization_country"):
                setattr(mention, attr, getattr(earlier, attr))
        else:
            mention.name = written
    mention.aliases = [written]
    title, organisation, country = title_and_affiliation(doc, mention, index, gaz)
    if title:
        mention.title = title
    if organisation is not None and mention.organization is None:
        mention.organization = organisation.name
        mention.organization_country = organisation.country
    if mention.country is None:
        mention.country = country or principal_country(doc, mention, people_by_surname) \
            or nationality_before(doc, mention, index)
    people_by_surname.setdefault(surname, mention)
