"""Actors: who did what with whom in one sentence: the subject of a visit (not its hosts, not who invited),
the subject of an expected action, one pair per counterpart of a two-party act, the counterparts of the
sentence before ("The leaders congratulated him"). In: a sentence's references. Out: entity ids in order.
"""

import itertools
import re
from dataclasses import dataclass, field

from flows.events import lexicon
from flows.events.codes import event_code
from flows.events.context import VERB_FINAL, DocumentContext, Ref, sentence_language, unique
from models.documents import Sentence
from models.events import ActorRole, EventReport


@dataclass
class Narration:
    """The last person a narrative (unquoted) sentence named first: who a first-person statement is by."""

    subject: str | None = None
    previous_actors: list[str] = field(default_factory=list)
    split_agent: str | None = None
    """Who the sentence before did a two-party act with several counterparts with ("talked with A, B, C")."""
    split_counterparts: list[str] = field(default_factory=list)
    """Those counterparts, in the order named."""
    last_meeting: list[str] = field(default_factory=list)
    """Who met in the last meeting the document reported: the parties of what was done during the visit
    ("Сапар аясында келісімге қол жеткізілді") where the document's principal persons are fewer."""


def expected_actors(
    context: DocumentContext, sentence: Sentence, match: re.Match[str], language: str
) -> list[str]:
    """Who an expectation is of, when the sentence names them as the subject of the expected action: in the
    genitive just before it in Kazakh, Tatar and Turkish ("... Путиннің қатысатынына сенім білдірді"), between
    the expectation and the action in Russian and English ("выразил уверенность, что Путин посетит ...")."""
    action = lexicon.cue("intended_action", language)
    genitive = lexicon.genitive(language)
    refs = context.persons.get(sentence.index, [])
    text = context.document.text
    if action is None:
        return []
    for cue in action.finditer(sentence.text):
        if match.start() <= cue.start() < match.end():
            continue
        cue_start = sentence.start + cue.start()
        if language in VERB_FINAL and cue.start() < match.start() and genitive:
            subjects = []
            for ref in refs:
                if ref.end > cue_start:
                    continue
                tail = re.match(r"[\w'’]*", text[ref.end : cue_start])
                word_end = ref.end + (tail.end() if tail else 0)
                words = text[ref.start : word_end].split()
                if words and genitive.fullmatch(words[-1]) and len(text[word_end:cue_start].split()) <= 2:
                    subjects.append(ref.entity_id)
            if subjects:
                return subjects[-1:]
        elif language not in VERB_FINAL and cue.start() >= match.end():
            between = [
                r.entity_id for r in refs if r.start >= sentence.start + match.end() and r.end <= cue_start
            ]
            if between:
                return unique(between)
    return []


GENITIVE_REACH = 15
"""How many words a genitive subject may stand before the noun it is the subject of (a nominalised clause
of a verb-final language holds its objects and places between: "X'in ... bölgesine yaptığı ziyaret")."""


def genitive_subject(
    context: DocumentContext, refs: list[Ref], trigger_start: int, language: str
) -> list[str]:
    """The subject of a nominalised act is in the genitive ("Minnikhanov'un Karaganda bölgesine yaptığı
    ziyaret", "Мишустиннің Астанаға сапары", "Putin's visit"): the person named nearest before the trigger,
    within a few words and no clause break, when what the written name adds to its base is a genitive ending
    ("Minnikhanovun", not "Altun")."""
    endings = lexicon.case_ending("genitive", language)
    before = [r for r in refs if r.end <= trigger_start]
    if endings is None or not before:
        return []
    text = context.document.text
    ref = before[-1]
    tail = re.match(r"[\w'’]*", text[ref.end : trigger_start])
    between = text[ref.end + (tail.end() if tail else 0) : trigger_start]
    if re.search(r"[.;:!?,]", between) or len(between.split()) > GENITIVE_REACH:
        return []
    return [ref.entity_id] if endings.fullmatch(ref.ending + (tail.group() if tail else "")) else []


def told_subjects(context: DocumentContext, refs: list[Ref], language: str) -> list[str]:
    """The persons a sentence names in the genitive ("Путиннің", "Putin's", "Ресей президентінің"): whose act
    or whose aide, never one who tells."""
    return _inflected(context, refs, lexicon.case_ending("genitive", language))


def participle_subject(
    context: DocumentContext, refs: list[Ref], trigger_end: int, language: str
) -> list[str]:
    """The person named right after the participle that closes the trigger's clause, in Kazakh, Tatar and
    Turkish: who did the act ("bir çalışma ziyareti için Kazakistan'da bulunan Tataristan Cumhurbaşkanı Rustam
    Minnikhanov ile görüştü": Minnikhanov's visit, though he is met "ile")."""
    participle = lexicon.cue("participle", language)
    after = [r for r in refs if r.start >= trigger_end]
    if participle is None or not after:
        return []
    text = context.document.text
    between = text[trigger_end : after[0].start]
    # A trigger may end with the participle itself ("Astana'da bulunan Erdoğan"), where no one stands before
    # it ("Тоқаев Астанада болған кезде Путинмен ..." is Tokayev's).
    named_before = any(r.end <= trigger_end for r in refs)
    own = [] if named_before else text[max(0, trigger_end - 40) : trigger_end].split()[-1:]
    words = between.split()
    if re.search(r"[.;:!?,]", between) or len(words) > GENITIVE_REACH:
        return []
    opened = [i for i, w in enumerate(own + words, start=-len(own)) if participle.fullmatch(w)]
    return [after[0].entity_id] if opened and len(words) - opened[-1] - 1 <= QUALIFIER_REACH else []


def of_subject(context: DocumentContext, refs: list[Ref], trigger_end: int, language: str) -> list[str]:
    """The person a noun trigger is "of", named right after it in English ("the visit of Russian President
    Putin"): whose act it is."""
    marker = lexicon.cue("of_subject", language)
    after = [r for r in refs if r.start >= trigger_end]
    if marker is None or not after:
        return []
    between = context.document.text[trigger_end : after[0].start]
    return [after[0].entity_id] if marker.fullmatch(between.strip() + " ") else []


def listed_travellers(
    context: DocumentContext, refs: list[Ref], acting: list[str], trigger_end: int, language: str
) -> list[str]:
    """The travellers a Kazakh, Tatar or Turkish sentence lists after its visit's trigger, where no one acting
    stands before it ("... килүчеләр арасында A, B, C бар иде": among those who came were A, B and C): each is
    a traveller of their own (see `detect`); none for any other sentence."""
    if language not in VERB_FINAL:
        return []
    told = set(told_subjects(context, refs, language))
    before = [
        r.entity_id
        for r in refs
        if r.end <= trigger_end and r.entity_id in acting and r.entity_id not in told
    ]
    after = unique([r.entity_id for r in refs if r.start >= trigger_end and r.entity_id in acting])
    return after if len(after) > 1 and not before else []


def listed_guests(
    context: DocumentContext, sentence: Sentence, refs: list[Ref], acting: list[str], language: str
) -> list[str]:
    """The travellers of a visit its sentence names after a word for its guests, hosts and guests together
    ("X, Y и высокие гости церемонии, в числе которых A и B, посетили музей"): those named after the word,
    not the hosts named before it; none for a sentence without the word."""
    guests = lexicon.cue("guests", language)
    found = guests.search(sentence.text) if guests else None
    if found is None:
        return []
    at = sentence.start + found.start()
    hosts = {r.entity_id for r in refs if r.end <= at}
    return unique(
        [r.entity_id for r in refs if r.start >= at and r.entity_id in acting and r.entity_id not in hosts]
    )


def coordinated_countries(context: DocumentContext, sentence: Sentence, language: str) -> bool:
    """Whether a sentence names two countries joined by a conjunction ("Uzbekistan and Kazakhstan signed",
    "Қазақстан мен Өзбекстан"): parties of a two-party act that names no person, whose leaders did it."""
    conjunction = lexicon.discourse("conjunctions", language)
    text = context.document.text
    if conjunction is None:
        return False
    chains: list[list[Ref]] = []
    for ref in context.places.get(sentence.index, []):
        gap = text[chains[-1][-1].end : ref.start].strip() if chains else ""
        # a comma or a conjunction between them, not a case ending ("Özbekistan'dan Kazakistan'a")
        if gap == "," or (gap and conjunction.fullmatch(gap.strip(" ,"))):
            chains[-1].append(ref)
        else:
            chains.append([ref])
    # Two of them: a pair; a list of many ("the heads of government of A, B, C and D") is a session of many.
    return any(
        len(chain) == 2
        and chain[0].entity_id != chain[1].entity_id
        and all(
            r.entity_id in context.broad_places and r.entity_id not in context.unknown_places for r in chain
        )
        for chain in chains
    )


def coordinated_pair(context: DocumentContext, sentence: Sentence) -> list[str]:
    """The last two persons the text up to the sentence names joined by a conjunction ("Kassym-Jomart
    Tokayev and Shavkat Mirziyoyev", "Тоқаев пен Мирзиёев"): whom "the two leaders" are, whoever else the
    article names more often (the spokesman who comments on their meeting)."""
    text = context.document.text
    pair: list[str] = []
    for before in context.sentences:
        if before.index > sentence.index:
            break
        conjunction = lexicon.discourse("conjunctions", sentence_language(before, context.document))
        refs = context.persons.get(before.index, [])
        for left, right in itertools.pairwise(refs):
            gap = text[left.end : right.start].strip(" ,")
            if conjunction and conjunction.fullmatch(gap) and left.entity_id != right.entity_id:
                pair = [left.entity_id, right.entity_id]
    return pair


QUALIFIER_REACH = 3
"""How many words of a title may stand between a genitive person and the person whose title it qualifies."""


def _roles(
    context: DocumentContext, sentence: Sentence, refs: list[Ref], language: str
) -> list[tuple[str, str]]:
    """The role of each person a sentence names, in order: `acting`, or not, being named as whose invitation
    the act follows ("по приглашению президента X", "X-тің шақыруымен", "X'in daveti üzerine"), by whose
    words it is told ("по словам X", "X-тің айтуынша", "X'e göre") or as the agent of a passive ("was
    welcomed by X", "X tarafından karşılandı"): `told` (the marker is written before the name in Russian
    and English, after it in Kazakh, Tatar and Turkish); as a companion ("с Эрдоганом", "Тоқаевпен"):
    `companion`; as whose aide the next person is: `qualifier`."""
    invitation = lexicon.discourse("invitation", language)
    according = lexicon.discourse("according_to", language)
    passive_agent = lexicon.cue("passive_agent", language)
    with_before = lexicon.comitative_before(language)
    with_after = lexicon.discourse("comitative_after", language)
    with_ending = lexicon.case_ending("comitative", language)
    text = context.document.text
    genitive = lexicon.case_ending("genitive", language) if language in VERB_FINAL else None
    genitive_word = lexicon.genitive(language)
    roles: list[tuple[str, str]] = []
    previous_end = sentence.start
    for i, ref in enumerate(refs):
        tail = re.match(r"[\w'’]*", text[ref.end : sentence.end])
        word_end = ref.end + (tail.end() if tail else 0)
        following = refs[i + 1] if i + 1 < len(refs) else None
        # A genitive that qualifies the next person's title ("мемлекет басшысының баспасөз хатшысы Дмитрий
        # Песков", "Erdoğan'ın danışmanı İbrahim Kalın") names whose aide they are, not one who acts.
        added = tail.group() if tail else ""
        # An office phrase's ref ends inside its last word ("мемлекет басшы|сының"): that whole word is read.
        in_genitive = bool(genitive and genitive.fullmatch(ref.ending + added)) or bool(
            added and genitive_word and genitive_word.fullmatch(text[ref.start : word_end].split()[-1])
        )
        if (
            genitive
            and following
            and in_genitive
            and following.start >= word_end
            and not re.search(r"[.,;:!?]", text[word_end : following.start])
            and len(text[word_end : following.start].split()) <= QUALIFIER_REACH
        ):
            previous_end = ref.end
            roles.append((ref.entity_id, "qualifier"))
            continue
        after = text[word_end : word_end + 40].lstrip(" ,")
        before = text[max(previous_end, ref.start - 60) : ref.start]
        markers = [m for m in (invitation, according, passive_agent) if m is not None]
        if language in VERB_FINAL:
            invited_by = any(m.match(after) for m in markers)
        else:
            invited_by = any(m.search(before) for m in markers)
        # A companion ("переговоры с Эрдоганом", "Erdoğan ile", "Тоқаевпен") is not who acts.
        companion = (
            bool(with_before and with_before.search(before))
            or bool(with_after and with_after.match(after))
            or bool(with_ending and with_ending.fullmatch(ref.ending + (tail.group() if tail else "")))
        )
        previous_end = ref.end
        roles.append((ref.entity_id, "told" if invited_by else "companion" if companion else "acting"))
    return roles


def addressed(context: DocumentContext, refs: list[Ref], language: str) -> list[str]:
    """The persons a sentence names with a dative ending of its language (`addressee`: "Тоқаевқа"): whom
    something is told or given to."""
    return _inflected(context, refs, lexicon.cue("addressee", language))


def _inflected(context: DocumentContext, refs: list[Ref], endings: re.Pattern[str] | None) -> list[str]:
    """The persons whose written form, with the rest of its word, ends as `endings` says (none where the
    language has no such endings)."""
    if endings is None:
        return []
    text = context.document.text
    found = []
    for ref in refs:
        tail = re.match(r"[\w'’]*", text[ref.end : ref.end + 40])
        if endings.fullmatch(ref.ending + (tail.group() if tail else "")):
            found.append(ref.entity_id)
    return found


def subjects(context: DocumentContext, sentence: Sentence, refs: list[Ref], language: str) -> list[str]:
    """The persons a sentence names as acting (`_roles`), in order."""
    return unique([entity for entity, role in _roles(context, sentence, refs, language) if role == "acting"])


def companions(context: DocumentContext, sentence: Sentence, refs: list[Ref], language: str) -> list[str]:
    """The persons a sentence names as companions of its act ("Нұртілеумен кездесуі", "с Эрдоганом")."""
    return unique(
        [entity for entity, role in _roles(context, sentence, refs, language) if role == "companion"]
    )


def per_counterpart(report: EventReport, narration: Narration) -> list[EventReport]:
    """A two-party act with several counterparts, one report per counterpart: the agent with each other one
    ("talked by telephone with A, with B and with C"); the counterparts of the sentence before, each with the
    one they act on, when the report names only that one ("The leaders congratulated him")."""
    if not event_code(report.type).per_counterpart or len(report.actors) <= 2:
        return [report]
    ids = [a.entity_id for a in report.actors]
    if ids[-1] == narration.split_agent and ids[:-1] == narration.split_counterparts:
        pairs = [(other, ids[-1]) for other in ids[:-1]]
    else:
        pairs = [(ids[0], other) for other in ids[1:]]
    return [
        report.model_copy(
            update={
                "actors": [
                    ActorRole(entity_id=agent, role="agent"),
                    ActorRole(entity_id=recipient, role="recipient"),
                ]
            }
        )
        for agent, recipient in pairs
    ]
