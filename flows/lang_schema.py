"""The schema of a language pack: one model per file of `flows/data/lang/<code>/`, all `extra="forbid"`.

In: nothing (the models are applied by `flows.lang_pack`). Out: `LanguagePack` and a section model per file:
language.yaml (`LanguageFile`), documents.yaml (`DocumentWords`), figures.yaml (`FigureWords`), events.yaml
(`EventWords`), dates.yaml (`DateWords`), titles.yaml (`TitleWords`), names.yaml (`NameWords`), cleaning.yaml
(`CleaningWords`), places.yaml (`PlaceWords`). Patterns are regular expressions (Python syntax) matched
case-insensitively at a word start unless a field says otherwise.
"""

from pydantic import BaseModel, ConfigDict


class _Section(BaseModel):
    """A file of a pack: versioned, nothing but the fields it declares."""

    model_config = ConfigDict(extra="forbid")
    version: int
    """The file's format version (1)."""


class LanguageFile(_Section):
    """Schema of `lang/<code>/language.yaml`: what the language is and how its words are written."""

    handled: bool
    """Whether the pipeline reads texts in the language; false for a language only names are written in
    (an Azerbaijani name in the gazetteer): an article in it is rejected by name."""
    alphabet: str
    """The language's lower-case letters: a sentence holding letters its detected language lacks and its
    document's language has is in the document's language (a short Kazakh title read as Russian)."""
    conjunctions: list[str] = []
    """Whole words (lower case) that join two names of a list ("и", "және", "ve"): the second name is read
    like the first."""


class Attribution(BaseModel):
    """How a text names its source; each pattern is a regular expression with a named group `outlet`."""

    model_config = ConfigDict(extra="forbid")
    relay: list[str]
    """Phrases naming the outlet that publishes the text ("сообщает X", "деп хабарлайды X", "X reports")."""
    cited: list[str]
    """Phrases naming the source the outlet relays ("со ссылкой на X", "X'a atıfta bulunan"): that source is
    the outlet when it is a news outlet."""
    header: list[str]
    """Phrases naming the outlet only where the header stands ("Медиаресурс «X»"): in running text the
    same words name other papers (an interview given to a newspaper)."""


class DocumentWords(_Section):
    """Schema of `lang/<code>/documents.yaml`: how a news text names its outlet and its publication day."""

    attribution: Attribution
    """The phrases that name the text's outlet or source."""
    official_sources: list[str]
    """Words of a government body's press service: a source named so is not a news outlet."""
    date_labels: list[str]
    """Labels before a date line ("Опубликовано:", "Güncelleme:"), dropped before the date is read."""
    months: list[str]
    """Twelve month stems, January first, matched case-insensitively at a word start."""
    weekdays: list[str]
    """Seven weekday names, Monday first."""
    year_words: list[str]
    """Words after a year number ("2016 елның", "2024 г."), to be skipped."""
    outlet_suffixes: list[str] = []
    """Case endings the language glues to an outlet's name, longest first."""
    news_agencies: list[str] = []
    """Names of news agencies that are also names of places ("Синьхуа", "Xinhua", "Anadolu"): named as a
    text's source they are the outlet, not a place."""


class NumberWord(BaseModel):
    """A number written as a word: its stem (a regular expression at a word start) and its value."""

    model_config = ConfigDict(extra="forbid")
    value: float
    """The number ("полтора" 1.5)."""
    pattern: str
    """Its stem, a regular expression matched at a word start."""


class FigureWords(_Section):
    """Schema of `lang/<code>/figures.yaml`: numbers in words and what makes a number no figure."""

    numbers: list[NumberWord]
    """Cardinal numbers as whole words ("two", "екі", "трёх"); "one" is left out: it is mostly no count."""
    compounds: list[NumberWord]
    """A number's stem glued to a unit's stem ("двух" in "двухдневный")."""
    compound_units: dict[str, str]
    """Unit code -> the unit stems a compound ends with ("дневн" -> days)."""
    ordinals: list[str]
    """What follows a digit to make it a rank ("2-ші", "5th", "12. Zirvesi"): the number is no figure."""
    half_year: list[str]
    """Phrases naming a half-year, each on its own; a group `second` matches when it is the second half."""
    range_joiners: list[str]
    """What stands between the two ends of a range ("2-3", "two or three"): the figure is the upper end."""
    not_figures: list[str]
    """Words after a number that make it no figure: a page counter, an article's age ("5 минут назад")."""
    references: list[str]
    """Nouns that after a number in words name the parties of a relation ("двух стран", "the two leaders"),
    not a count."""
    magnitudes: dict[int, list[str]] = {}
    """Factor (one of magnitudes.yaml's) -> the language's magnitude words ("млрд", "milyar"); every
    language's are tried in every text."""
    qualifiers: dict[str, list[str]] = {}
    """Qualifier (about, more_than, less_than, up_to) -> the words for it before the number ("около")."""
    qualifiers_after: dict[str, list[str]] = {}
    """Qualifier -> the words for it after the number (kk "мыңнан астам", tr "binden fazla")."""
    units: dict[str, list[str]] = {}
    """Unit code (one of units.yaml's) -> the language's words for it ("доллар", "пайыз"); every
    language's are tried in every text."""
    units_before_number: dict[str, list[str]] = {}
    """Unit code -> the language's words for it written before the number ("yüzde 8")."""
    described_by: list[str] = []
    """Words that describe the noun a number counts, not the noun ("казахстанских" in "100 казахстанских
    компаний", "түрік", "Turkish"): the counted noun is the word after them."""
    multipliers: dict[float, list[str]] = {}
    """Number of times -> the words that state it with no number ("вдвое", "twofold", "doubled"): a figure
    of `times`."""


class TriggerEntry(BaseModel):
    """One event trigger: a pattern (its inflection follows) and what an event it names is."""

    model_config = ConfigDict(extra="forbid")
    type: str
    """The event type (event_codes.yaml)."""
    pattern: str
    """The trigger, matched at a word start; whatever letters follow are the word's inflection."""
    person: str = "third"
    """Who the actor is when the sentence names none: third (named in the sentence), first (the speaker of
    the quotation or statement), second (the person the speaker addresses), guest (the one a host hosts: named
    after the host), invitee (the one who accepts an invitation: the inviter is named after them)."""
    frame: bool = False
    """A noun phrase that refers to the occasion the document reports ("at the meeting"): its actors are the
    document's principal persons, and dates or places in the same sentence belong to something else."""
    requires: str | None = None
    """A cue set (`cues`) that must also occur in the sentence: an announcement is only an event when it
    announces a decision or something to come, an expectation only when it is of an action."""
    quoted: bool = False
    """The trigger may stand in quoted speech (first- and second-person expectations and visits)."""
    attended: bool = False
    """Taking part in a session, summit or forum of many: one named participant makes the event."""
    call: bool = False
    """A telephone conversation: in a document reporting one, the frame triggers of meet refer to the call."""
    at_place: bool = False
    """The trigger opens with the name of a place ("Қазанда болды"): only an event when a place mention
    starts within it."""


class DiscourseWords(BaseModel):
    """How quotations, speakers and references are written: word patterns, matched as whole words."""

    model_config = ConfigDict(extra="forbid")
    quote_openers: list[str] = []
    """What a line of quoted speech opens with (plain text, not patterns)."""
    speech_verbs: list[str] = []
    """Words that attribute the quotation before them to a speaker ("..., – деді Президент")."""
    second_person: list[str] = []
    """Second-person forms: in quoted speech, the person the speaker addresses."""
    pronouns: list[str] = []
    """Third-person pronouns that refer back to the previous sentence's actor ("его встретил ...")."""
    parties: list[str] = []
    """Words for "the sides", "the interlocutors": the document's principal persons."""
    genitive: list[str] = []
    """Genitive endings (plain text): the subject of a nominalised clause ("Путиннің қатысатынына")."""
    recap: list[str] = []
    """Words that open a reminder of earlier background ("Напомним, ..."): its dates say nothing of when the
    article was written."""
    role_complement: list[str] = []
    """After an office's title, these make it the role someone is appointed to ("министр ретінде")."""
    plural_actors: list[str] = []
    """A plural subject that names no one ("The leaders congratulated him")."""
    comitative_before: list[str] = []
    """Prepositions before a name that make it a companion of the act ("переговоры с Эрдоганом")."""
    comitative_after: list[str] = []
    """Postpositions after a name that make it a companion of the act ("Тоқаевпен бірге")."""
    comitative: list[str] = []
    """Comitative case endings (plain text: "мен", "пен")."""
    invitation: list[str] = []
    """Beside a name, these make it the person at whose invitation the act is done ("по приглашению X")."""
    according_to: list[str] = []
    """Beside a name, these make it the person by whose words the sentence tells the act, not one who does it
    ("по словам Лаврова", "Лавровтың айтуынша")."""
    conjunctions: list[str] = []
    """Between two places, these coordinate them ("Ресей мен Францияға"): a visit to each."""
    named_after: list[str] = []
    """Before a name, these make it part of a facility's name ("аэропорт имени ...")."""


class EventWords(_Section):
    """Schema of `lang/<code>/events.yaml`: the words that report events and say how."""

    triggers: list[TriggerEntry]
    """The event triggers, in the order they are tried."""
    cues: dict[str, list[str]] = {}
    """Cue sets named by a trigger's `requires` (future_content, intended_action, target_figure,
    group_counterpart)."""
    status: dict[str, list[str]] = {}
    """Status -> words of a sentence that give its event that status (planned)."""
    future_forms: list[str] = []
    """Future and intention forms of the trigger verbs, matched as whole words: the event is planned."""
    discourse: DiscourseWords = DiscourseWords()
    """How quotations, speakers and references are written."""


class DateWords(_Section):
    """Schema of `lang/<code>/dates.yaml`: the words of dates, matched at a word start."""

    months: list[str] = []
    """Twelve patterns, January first; the rest of the word is its inflection."""
    ambiguous_months: list[int] = []
    """Months whose name is also another word (kk "қазан" = Kazan): read as months only beside a day number,
    a year or a month word."""
    month_word: str | None = None
    """A word that follows a month and says it is one ("қазан айында")."""
    year_word: str | None = None
    """A word that follows a year number ("2020 жылдың")."""
    day_word: str | None = None
    """A word after a day number ("31 қаңтар күні")."""
    seasons: dict[int, str] = {}
    """EDTF level-1 season code (21 spring .. 24 winter) -> its words, as whole words."""
    relative_years: dict[str, int] = {}
    """Words that name a year relative to the reference date -> offset in years."""
    relative_year_modifiers: dict[str, int] = {}
    """Words that make a month or season relative only beside one ("этой осенью") -> offset in years."""
    relative_months: dict[str, int] = {}
    """Words that name a month relative to the reference date -> offset in months."""
    relative_days: dict[str, int] = {}
    """Words that name a day relative to the reference date -> offset in days."""
    weekdays: list[str] = []
    """Seven patterns, Monday first, as whole words: the last such day up to the reference date
    ("в среду")."""
    last_weekdays: list[str] = []
    """Seven patterns, Monday first, as whole words, of a weekday of a week before ("в прошлую среду", "last
    Wednesday", "geçen çarşamba"): the last such day before the reference date, a week back on that same
    weekday."""
    year_case_endings: list[str] = []
    """Case endings glued to a year number past an apostrophe ("2024'te", "2023'ten", "2025'in"): the year is
    a date as with its word."""
    past_forms: list[str] = []
    """Verb forms told in the past, as whole words (a trigger's word or the word right after it): a day or
    month without a year such a verb tells is not weeks after the reference date ("С 1 по 3 апреля прошла
    выставка" in March is last April)."""
    recent: dict[str, int] = {}
    """Words for "recently" -> the span of days before the reference date they cover."""
    sequel_days: dict[str, int] = {}
    """Words for "the next day" ("ertesi gün") -> offset in days from the day the sentences before state (the
    previous event's), not from the reference date."""
    anchors: str | None = None
    """Words that tie a date to another happening the trigger is counted from ("since his re-election on 20
    November", "20 қарашадан бері"): a date with one of them between it and the trigger is not the
    trigger's."""
    earlier_stages: str | None = None
    """Words that put what a sentence tells before the trip the article reports ("before coming to Tashkent,
    he visited Russia"): a stage of the tour before it, with no date of its own known only by its year."""
    year_suffixes: list[str] = []
    """Endings glued to a year number ("2020-го", "2020ж.", "2022 yılında"), tried in every language."""
    day_suffixes: list[str] = []
    """Ordinal endings glued to a day number ("15-ші", "5th", "15inci"), tried in every language."""
    day_span_words: list[str] = []
    """Words between the first and the last day of a span ("10 и 11 марта", "с 10 по 12 марта", "10 ve 11
    Mart"), tried in every language: the span is dated by its first day."""
    date_joiners: list[str] = []
    """Words that may stand between the pieces of one date ("the 10th of March"), tried in every language."""
    day_owning_month_word: str | None = None
    """The word of a month in the genitive, which the day it owns follows with its ending glued on ("наурыз
    айының 10-ы", "Mart ayının 10'unda"; not "Mart ayında 15'ten fazla")."""
    prepositions_before_month: list[str] = []
    """Prepositions that make a bare month name a date ("в мае", "in May"), tried in every language."""
    sidelines: str | None = None
    """Words that put an event on the sidelines of an occasion ("on the sidelines of the summit", "саммит
    кулуарында"): the event is on the day the article states for that occasion elsewhere."""
    first_person: list[str] = []
    """First-person words and verb endings, as whole words: a sentence saying "today" with one of them is a
    speaker telling the day of the occasion they are at ("сегодня нахожусь вместе с вами", "today we are
    signing"), not the present of a state ("сегодня обучается более тысячи студентов")."""


class OfficeEntry(BaseModel):
    """A phrase naming a person by office."""

    model_config = ConfigDict(extra="forbid")
    pattern: str
    """The phrase, matched at a word start."""
    offices: list[str]
    """The knowledge base's office ids it stands for; several make it generic ("the President")."""


class PlaceEntry(BaseModel):
    """A phrase naming a place by what it is ("the capital of Kazakhstan")."""

    model_config = ConfigDict(extra="forbid")
    pattern: str
    """The phrase, matched at a word start."""
    place: str
    """The place's canonical name."""


class TitleWords(_Section):
    """Schema of `lang/<code>/titles.yaml`: office and place phrases and the nouns of offices."""

    offices: list[OfficeEntry] = []
    """Office phrases, specific ones (an office named with its country) before generic ones."""
    places: list[PlaceEntry] = []
    """Phrases that name a place by what it is."""
    deputy_words: list[str] = []
    """Before an office phrase, these make it another person's ("first deputy Prime Minister")."""
    staff_words: list[str] = []
    """Right after an office phrase, these make it another person's or a body's: the office holder's staff
    ("мемлекет басшысының баспасөз хатшысы", "Cumhurbaşkanlığı Sözcüsü", "the President's spokesman")."""
    office_nouns: list[str] = []
    """Nouns of offices: a place next to one is part of a title, not where an event happens."""


class NameWords(_Section):
    """Schema of `lang/<code>/names.yaml`: the inflectional endings stripped to reach a name's base form."""

    back_vowels: str
    """Back vowels for vowel harmony (empty: no harmony check)."""
    front_vowels: str
    """Front vowels for vowel harmony."""
    endings: list[str]
    """Case (and possessive + case) endings, stripped only when their vowel agrees with the stem's last."""
    neutral: list[str]
    """Endings that need no harmony."""
    restore: list[str]
    """Letters tried on the stem after stripping (Russian Татнефти -> Татнефт + ь); "" for none."""
    after_consonants: list[str] = []
    """н-initial endings that also follow consonants (Tatar genitive and accusative: Миңнехановның)."""
    place_endings: list[str] = []
    """Case endings that say where (locative, ablative): a word so ended that is a place once cut is the
    place, not a given name it may also be cut to (Нарында: Нарын, not Нары)."""
    direction_endings: list[str] = []
    """Case endings that say whither (dative: Ақордаға, Akorda'ya): with `place_endings`, on a name that is
    both a body and its seat, they make it the building (flows/names/seats.py)."""
    place_prepositions: list[str] = []
    """Prepositions that say where, right before a name (в, из; at, in): "в Акорде" is the palace, not the
    press service named after it (flows/names/seats.py)."""
    seat_words: list[str] = []
    """Nouns of a seat of power (residence, palace, резиденция, сарайы), regular expressions a whole word
    matches: near a name that is both a body and its seat, the name is the building."""
    award_heads: list[str] = []
    """Head nouns of the names of awards, orders and prizes, written after the name's words (Devlet Dostluk
    Nişanı, Достық ордені), regular expressions a whole word matches: a given name and a word right before
    one are the award's words, not a person's name."""
    openers: list[str] = []
    """Words a sentence opens on that are never a name nor a word of one (adverbs, conjunctions, particles:
    Алайда, Ancak, Ardından, Meanwhile), regular expressions a whole word matches in any case: capitalised
    there, they are no given name of the surname after them (Ayrıca Mirziyoyev) and no place (Содан)."""
    title_joiners: list[str] = []
    """Lower-case words that join an office's noun to what it heads (Head of State, Rais of Tatarstan),
    regular expressions a whole word matches: a capitalised word right after one belongs to the office, and
    is no first word of a person named by the surname after it (Head of State Tokayev)."""
    late_one_letter: bool = False
    """A one-letter ending is also cut from a stem that does not end like a surname, as a reading tried
    after the default ones (Turkish dative without apostrophe: Erdoğana -> Erdoğan)."""
    high_vowel_harmony: dict[str, str] = {}
    """Four-way harmony of the high vowels (Turkish, Azerbaijani): a stem's last vowel -> the high vowel an
    ending takes after it (a -> ı, e -> i, o -> u, ö -> ü). Empty: two-way harmony (back or front)."""
    n_after_consonants: str = ""
    """Consonants after which an н-initial ending follows too (Kazakh, Tatar м, н, ң: Путиннің)."""
    loan_vowels: str = ""
    """Front vowels that take back endings too where they are a loanword's (Tatar writes Russian е so:
    Бишкекта, Ташкентка beside Бишкектә): an ending of either row is read after them."""


class CleaningWords(_Section):
    """Schema of `lang/<code>/cleaning.yaml`: lines of a page that are no part of the article."""

    boilerplate: list[str] = []
    """Patterns matched against one stripped line (not only at a word start): calls to subscribe, share or
    read more in the language. Every language's are tried on every line."""


class FacilityHeads(BaseModel):
    """The head nouns of one language's names of buildings, streets and works (музей Габдуллы Тукая, «Зенит»
    зауыты, Akorda Cumhurbaşkanlığı Sarayı'na): regular expressions a whole word matches, case ignored."""

    model_config = ConfigDict(extra="forbid")
    head_first: bool
    """Whether the head comes before the name (Russian: улица имени X) or after it (Kazakh: X көшесі)."""
    place: list[str] = []
    """Heads of places (streets, squares, museums, mosques, airports, halls)."""
    organization: list[str] = []
    """Heads of organisations (plants, corporations, councils)."""
    media: list[str] = []
    """Heads of outlets (газеті, телеканал): an outlet's name is what its quotes hold."""
    capitalised: bool = False
    """Whether a head is written with a capital (Turkish: Sarayı, Konseyi): a word in lower case is none."""
    named_after: list[str] = []
    """Words that say the name is a person's (имени, атындағы, исемендәге)."""
    quoted_place: list[str] = []
    """Heads of buildings, of one word or several, that make a building's name only of a name in quotes right
    beside them (a media center “Kazmedia”, медиацентр «Казмедиа», «Қазмедиа» медиа орталығы): the name is
    what the quotes hold. Alone they are common words, and a centre of other kinds is often a body
    (развивающий центр «X»)."""


class PlaceWords(_Section):
    """Schema of `lang/<code>/places.yaml`: words that tell what a capitalised name of the language is."""

    near_countries: list[str] = []
    """ISO 3166 codes of the countries whose towns the language's news names without introducing them."""
    common_words: list[str] = []
    """Common words that are also some far-off place's name: at the start of a sentence, where every word is
    capitalised, they are read as the word."""
    demonyms: list[str] = []
    """Capitalised words for a people or its language (Kazakh, Özbek), which some small places are also
    named: never a place."""
    facility_heads: FacilityHeads | None = None
    """The nouns that make a name a building's, a street's or a works'."""
    airport_words: list[str] = []
    """Regular expressions a whole word matches (ignoring case) that say a name beside it, or holding it, is
    an airport's ("в аэропорту «X»", "X Airport", "әуежайында"): no event's place, which is the city it
    serves."""
    venue_words: list[str] = []
    """Regular expressions (ignoring case) of a sentence saying where an occasion the sentence before reports
    was held ("The meeting was held in ...", "Встреча прошла в ...", "Кездесу ... өтті"): its place is that
    occasion's."""
    held_words: list[str] = []
    """Regular expressions (ignoring case) of the verbs saying an occasion was held ("өтті", "прошёл", "was
    held"): an article's lead with one, naming a place, tells where its local story is."""
    during_words: list[str] = []
    """Regular expressions (ignoring case) of the words that set an act during a trip the word beside them
    names ("during his visit", "во время визита", "сапары кезінде", "ziyareti sırasında"): the act is at the
    trip's destination."""


class LanguagePack(BaseModel):
    """Everything the pipeline knows of one language: the files of its folder, validated."""

    model_config = ConfigDict(extra="forbid")
    code: str
    """The folder's name: the language's ISO 639-1 code."""
    language: LanguageFile
    """language.yaml (required)."""
    documents: DocumentWords | None = None
    """documents.yaml."""
    figures: FigureWords | None = None
    """figures.yaml."""
    events: EventWords | None = None
    """events.yaml."""
    dates: DateWords | None = None
    """dates.yaml."""
    titles: TitleWords | None = None
    """titles.yaml."""
    names: NameWords | None = None
    """names.yaml: without it, names in the language keep their endings."""
    cleaning: CleaningWords | None = None
    """cleaning.yaml."""
    places: PlaceWords | None = None
    """places.yaml."""


SECTIONS: dict[str, type[BaseModel]] = {
    "language": LanguageFile,
    "documents": DocumentWords,
    "figures": FigureWords,
    "events": EventWords,
    "dates": DateWords,
    "titles": TitleWords,
    "names": NameWords,
    "cleaning": CleaningWords,
    "places": PlaceWords,
}
"""Pack field -> the model of its file."""

SECTION_FILES = {name: f"{name}.yaml" for name in SECTIONS}
"""Pack field -> the file of the folder it is read from."""
