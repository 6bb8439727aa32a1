"""Names of outlets, state bodies, buildings and people written in capitals or with initials, through
`find_names`: sentences written for these tests -> every mention expected.

Each row is one sentence in one language and every mention the names stage must find in it: the surface
exactly as written, the type, and either the entity it links to (an id, with `/`) or, for names no list
knows, its base form. A row lists all the mentions: a span found that the row does not name fails it. A person
named inside a place's name has a mention of their own beside the place's (the codebook: everyone named).
"""

import pytest

from flows.names.stage import find_names
from tests.conftest import assert_mentions

P, L, ORG = "person", "place", "organization"
MFA_KZ = "organization/ministry-of-foreign-affairs-of-kazakhstan"
WKO = "place/west-kazakhstan-region"
TOKAYEV, PUTIN = "person/kassym-jomart-tokayev", "person/vladimir-putin"
ERDOGAN = "person/recep-tayyip-erdogan"
AKORDA, AKORDA_PALACE = "organization/akorda", "place/akorda"

ROWS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # Outlets written as websites; the name again without the domain is the same outlet
    (
        "en",
        "Tokayev met Mirziyoyev, Nova24.uz reports.\nNova24 quotes the president.",
        [
            ("Tokayev", P, TOKAYEV),
            ("Mirziyoyev", P, "person/shavkat-mirziyoyev"),
            ("Nova24.uz", ORG, "Nova24"),
            ("Nova24", ORG, "Nova24"),
        ],
    ),
    ("kk", "Екі ел арасындағы сауда өсті, деп хабарлайды Qaz365.kz.", [("Qaz365.kz", ORG, "Qaz365")]),
    (
        "ru",
        "АСТАНА, 15 ноября – Sputnik. Президенты встретились, сообщает Tengrinews.kz.",
        [
            ("АСТАНА", L, "place/geonames-1526273"),
            ("Sputnik", ORG, "organization/sputnik"),
            ("Tengrinews.kz", ORG, "organization/tengrinews"),
        ],
    ),
    ("kk", "Бүгін Sputnik Қазақстан хабарлады.", [("Sputnik Қазақстан", ORG, "organization/sputnik")]),
    # A surname after initials: the initials are in the surface
    ("kk", "Сондай-ақ, И.Каримов атындағы көшеде жөндеу жүрді.", [("И.Каримов", P, "Каримов")]),
    (
        "ru",
        "«Переговоры прошли успешно», – сказал А. Смадияров журналистам.",
        [("А. Смадияров", P, "Смадияров")],
    ),
    ("ru", "Телеграмму подписал В.В.Путин.", [("В.В.Путин", P, PUTIN)]),
    # A given name and a surname in capitals; an acronym of three letters is no surname
    (
        "ru",
        "Рустам МИННИХАНОВ и аким области Алтай КУЛЬГИНОВ посетили мечеть.",
        [("Рустам МИННИХАНОВ", P, "person/rustam-minnikhanov"), ("Алтай КУЛЬГИНОВ", P, "Алтай Кульгинов")],
    ),
    ("en", "Photo: MIKHAIL KLIMENTYEV for the agency.", [("MIKHAIL KLIMENTYEV", P, "Mikhail Klimentyev")]),
    ("tr", "Kupayı All NBA takımı kazandı.", []),
    # A credit in capitals typed against the caption after it, in another script: two names
    (
        "ru",
        "© AFP / ANDREI NOVIKOVВладимир Путин на саммите",
        [("ANDREI NOVIKOV", P, "Andrei Novikov"), ("Владимир Путин", P, PUTIN)],
    ),
    # A surname before the given name (a byline)
    ("en", "Author: Zhaksylykova Aigerim", [("Zhaksylykova Aigerim", P, "Zhaksylykova Aigerim")]),
    # Two surnames joined by a hyphen are two people
    (
        "en",
        "What happened behind the scenes of the Tokayev-Putin meeting",
        [("Tokayev", P, TOKAYEV), ("Putin", P, PUTIN)],
    ),
    # A curated place's name of several words, every word perhaps inflected; an acronym with its ending
    (
        "en",
        "The Russian leader's plane landed at Astana International Airport in the afternoon.",
        [("Astana International Airport", L, "place/nursultan-nazarbayev-international-airport")],
    ),
    ("ru", "Переговоры прошли в Казанском Кремле.", [("Казанском Кремле", L, "place/kazan-kremlin")]),
    (
        "kk",
        "Ол Батыс Қазақстан облысында болды, енді БҚО-мен байланыс нығаяды.",
        [("Батыс Қазақстан облысында", L, WKO), ("БҚО-мен", L, WKO)],
    ),
    # State bodies and international organisations of the region, in each language
    (
        "ru",
        "Об этом сообщили в МИД РК и МИД Казахстана.",
        [("МИД РК", ORG, MFA_KZ), ("МИД Казахстана", ORG, MFA_KZ)],
    ),
    (
        "ru",
        "Москва, по словам главы российского МИД, заинтересована в диалоге.",
        [
            ("Москва", L, "place/geonames-524901"),
            ("российского МИД", ORG, "organization/ministry-of-foreign-affairs-of-russia"),
        ],
    ),
    (
        "en",
        "Kazakh Foreign Ministry spokesman said the Conference on Interaction and Confidence Building Measures "
        "in Asia will open.",
        [
            ("Kazakh Foreign Ministry", ORG, MFA_KZ),
            ("Conference on Interaction and Confidence Building Measures in Asia", ORG, "organization/cica"),
        ],
    ),
    (
        "tt",
        "Татарстан Республикасы Дәүләт Советы утырышы узды.",
        [("Татарстан Республикасы Дәүләт Советы", ORG, "organization/state-council-of-tatarstan")],
    ),
    (
        "ru",
        "Председатель Государственного Совета РТ выступил.",
        [("Государственного Совета РТ", ORG, "organization/state-council-of-tatarstan")],
    ),
    (
        "tr",
        "MİT Başkanı ve TDT Aksakallar Konseyi Başkanı törene katıldı.",
        [
            ("MİT", ORG, "organization/national-intelligence-organization-of-turkey"),
            ("TDT Aksakallar Konseyi", ORG, "organization/ots-council-of-elders"),
        ],
    ),
    ("kk", "Қалалар «БРИКС+» елдерінің форумына қатысты.", [("БРИКС+", ORG, "organization/brics")]),
    # A KB organisation's name with a typo; a KB organisation over a place its letters fold to (Togo)
    (
        "ru",
        "АСТАНА. КАЗИНФОЛРМ – Официальный представитель МИД прокомментировал.",
        [
            ("АСТАНА", L, "place/geonames-1526273"),
            ("КАЗИНФОЛРМ", ORG, "organization/kazinform"),
            ("МИД", ORG, "МИД"),
        ],
    ),
    (
        "tr",
        "Tokayev'e Togg hediye edildi. Togg’u beğendi.",
        [("Tokayev'e", P, TOKAYEV), ("Togg", ORG, "organization/togg"), ("Togg’u", ORG, "organization/togg")],
    ),
    # Names the model may run together or cut, as the lists know them
    (
        "kk",
        "Оның айтуынша, Мәскеу ЕАЭО және ТМД елдерімен жұмыс істейді.",
        [
            ("Мәскеу", L, "place/geonames-524901"),
            ("ЕАЭО", ORG, "organization/eurasian-economic-union"),
            ("ТМД", ORG, "organization/commonwealth-of-independent-states"),
        ],
    ),
    (
        "ru",
        "Он поговорил с президентом Турецкой Республики Реджепом Тайипом Эрдоганом.",
        [("Турецкой Республики", L, "place/geonames-709354"), ("Реджепом Тайипом Эрдоганом", P, ERDOGAN)],
    ),
    ("kk", "Жүргізуші Павел Зарубин Telegram арнасында жазды.", [("Павел Зарубин", P, "Павел Зарубин")]),
    # Buildings, streets and works by their head noun, and the persons named inside them
    (
        "ru",
        "Он поблагодарил за открытие улицы имени Сююмбике.",
        [("улицы имени Сююмбике", L, "улица имя Сююмбик"), ("Сююмбике", P, "Сююмбик")],
    ),
    (
        "ru",
        "Гости посетили Красную мечеть, музей Габдуллы Тукая и дом Усманова.",
        [
            ("Красную мечеть", L, "Красная мечеть"),
            ("музей Габдуллы Тукая", ORG, "музей Габдулла Тукай"),
            ("Габдуллы Тукая", P, "person/gabdulla-tukay"),
            ("дом Усманова", L, "дом Усманов"),
            ("Усманова", P, "Усманов"),
        ],
    ),
    (
        "ru",
        "Праздник продолжился на площади Первого Президента.",
        [("площади Первого Президента", L, "площадь Первый Президент")],
    ),
    ("ru", "Туристы гуляли по улицам Ливерпуля.", [("Ливерпуля", L, "Ливерпуль")]),
    (
        "tt",
        "Инаугурация Сәлих Сәйдәшев исемендәге Зур концертлар залында узды.",
        [
            (
                "Сәлих Сәйдәшев исемендәге Зур концертлар залында",
                L,
                "Сәлих Сәйдәшев исеме Зур концертлар залы",
            ),
            ("Сәлих Сәйдәшев", P, "Сәлих Сәйдәшев"),
        ],
    ),
    (
        "tt",
        "Министр килде. «Казан» халыкара аэропортында аны каршы алдылар.",
        [("«Казан» халыкара аэропортында", L, "place/kazan-international-airport")],
    ),
    (
        "kk",
        "Оралдық «Зенит» зауыты мен «Ақ барыс» кеме жасау корпорациясы келісімге қол қойды.",
        [
            ("«Зенит» зауыты", ORG, "«Зенит» зауы"),
            ("«Ақ барыс» кеме жасау корпорациясы", ORG, "«Ақ барыс» кеме жасау корпорациясы"),
        ],
    ),
    (
        "kk",
        "Президент бұл туралы «Turkistan» газетіне берген сұхбатында айтты.",
        [("Turkistan", ORG, "Turkistan")],
    ),
    (
        "tr",
        "Erdoğan'ı Nursultan Nazarbayev Uluslararası Havalimanı'nda Tokayev karşıladı.",
        [
            ("Erdoğan'ı", P, ERDOGAN),
            (
                "Nursultan Nazarbayev Uluslararası Havalimanı'nda",
                L,
                "place/nursultan-nazarbayev-international-airport",
            ),
            ("Nursultan Nazarbayev", P, "person/nursultan-nazarbayev"),
            ("Tokayev", P, TOKAYEV),
        ],
    ),
    (
        "tr",
        "Törene Bölge Başkanları Konseyi ve İş Konseyi katıldı.",
        [("Bölge Başkanları Konseyi", ORG, "Bölge Başkanlar Konseyi"), ("İş Konseyi", ORG, "İş Konseyi")],
    ),
    (
        "tr",
        "Cumhurbaşkanlığı İrtibat Bürosu’nun hesabından paylaşıldı.",
        [("Cumhurbaşkanlığı İrtibat Bürosu’nun", ORG, "Cumhurbaşkanlığ İrtibat Bürosu")],
    ),
    # "To the theatre": a head without the ending of a compound name makes no name
    ("kk", "Тоқаев театрға барды.", [("Тоқаев", P, TOKAYEV)]),
    # A Latin word with capitals inside is a company's name
    ("tr", "İki ülke UzKazTrade şirketini kurdu.", [("UzKazTrade", ORG, "UzKazTrade")]),
    # A surname alone is the KB person's, not a namesake's the document also names in full
    (
        "tr",
        "Recep Tayyip Erdoğan ve eşi Emine Erdoğan Astana'ya geldi. Erdoğan konuştu.",
        [
            ("Recep Tayyip Erdoğan", P, ERDOGAN),
            ("Emine Erdoğan", P, "Emine Erdoğan"),
            ("Astana'ya", L, "place/geonames-1526273"),
            ("Erdoğan", P, ERDOGAN),
        ],
    ),
    # Another name in brackets after a person's full name is that person
    (
        "kk",
        "Суретші Асель Сабыржанқызы (Ассоль) сурет сыйлады.",
        [("Асель Сабыржанқызы", P, "Асель Сабыржанқызы"), ("Ассоль", P, "Ассоль")],
    ),
    (
        "ru",
        "Рустам Минниханов (Татарстан) приехал.",
        [("Рустам Минниханов", P, "person/rustam-minnikhanov"), ("Татарстан", L, "place/tatarstan")],
    ),
    # An office's noun is no surname (heads of state)
    ("tr", "Devlet Başkanları zirvede buluştu.", []),
    # Two words of a KB person's name typed as one
    ("tr", "Recep TayyipErdoğan bugün konuştu.", [("Recep TayyipErdoğan", P, ERDOGAN)]),
    ("ru", "Телеграмму прислал Владимир ВладимировичПутин.", [("Владимир ВладимировичПутин", P, PUTIN)]),
    # A name several KB bodies share is the one the document names in full, where it names one
    (
        "en",
        "The Kazakh Foreign Ministry issued a note.\nThe MFA added details later.",
        [("Kazakh Foreign Ministry", ORG, MFA_KZ), ("MFA", ORG, MFA_KZ)],
    ),
    ("en", "The MFA added details later.", [("MFA", ORG, "MFA")]),
    # A hyphenated name typed apart
    (
        "tr",
        "Toplantıda Kazakistan- Özbekistan Devletlerarası Yüksek Konseyi bir araya geldi.",
        [
            (
                "Kazakistan- Özbekistan Devletlerarası Yüksek Konseyi",
                ORG,
                "organization/supreme-interstate-council-of-kazakhstan-and-uzbekistan",
            )
        ],
    ),
    # The words of an award are no person's name
    ("tr", "Tokayev, konuğuna Birinci Derece Devlet Dostluk Nişanı verdi.", [("Tokayev", P, TOKAYEV)]),
    # A person's name does not end in a case of place on a city's name: the word before is the sentence's
    ("tt", 'Кунак: "Быел Казанда яңа дуслар таптым".', [("Казанда", L, "place/geonames-551487")]),
    # A body named after its seat is the building where the text says where, the body elsewhere
    ("kk", "Бұл туралы кеше Ақорда хабарлады.", [("Ақорда", ORG, AKORDA)]),
    ("kk", "Келіссөздер Ақордада өтті.", [("Ақордада", L, AKORDA_PALACE)]),
    ("kk", "Бұл жөнінде Ақорданың баспасөз қызметі жазды.", [("Ақорданың", ORG, AKORDA)]),
    (
        "ru",
        "Переговоры прошли в Акорде, сообщает пресс-служба Акорды.",
        [("Акорде", L, AKORDA_PALACE), ("Акорды", ORG, AKORDA)],
    ),
    (
        "en",
        "The guests were welcomed at the Akorda residence, Akorda says.",
        [("Akorda", L, AKORDA_PALACE), ("Akorda", ORG, AKORDA)],
    ),
    ("tr", "Konuklar daha sonra Akorda’ya geçti.", [("Akorda’ya", L, AKORDA_PALACE)]),
    # A name in quotes beside a head that makes a building's name only so is a place: what the quotes hold
    ("en", "The meeting was held in a media center “Kazmedia”.", [("Kazmedia", L, "Kazmedia")]),
    ("ru", "Встреча прошла в медиацентре «Казмедиа».", [("Казмедиа", L, "Казмедиа")]),
    ("kk", "Кездесу «Қазмедиа» медиа орталығында өтті.", [("Қазмедиа", L, "Қазмедиа")]),
    ("tr", "Görüşme “Kazmedia” medya merkezinde gerçekleşti.", [("Kazmedia", L, "Kazmedia")]),
    # ... a centre of another kind is none
    ("ru", "Освятили помещения развивающего центра «Кин-Топ».", [("Кин-Топ", ORG, "Кин-Топ")]),
    # A person after an airport's head is the one met there; with a word saying so, the airport's namesake
    (
        "ru",
        "Токаев встретил в аэропорту Шавката Мирзиёева.",
        [("Токаев", P, TOKAYEV), ("Шавката Мирзиёева", P, "person/shavkat-mirziyoyev")],
    ),
    (
        "ru",
        "Самолёт сел в аэропорту имени Нурсултана Назарбаева.",
        [
            ("аэропорту имени Нурсултана Назарбаева", L, "аэропорт имя Нурсултан Назарбаев"),
            ("Нурсултана Назарбаева", P, "person/nursultan-nazarbayev"),
        ],
    ),
    # A pronoun after a full stop inside one sentence opens a sentence: no place (Его is not Yigou)
    (
        "ru",
        "Мирзиёев прибыл в Астану. Его в аэропорту встретил Олжас Бектенов.",
        [
            ("Мирзиёев", P, "person/shavkat-mirziyoyev"),
            ("Астану", L, "place/geonames-1526273"),
            ("Олжас Бектенов", P, "person/olzhas-bektenov"),
        ],
    ),
    ("ru", "Их встретили. Всего было десять гостей.", []),
    ("ru", "Он сказал: «Мы довольны». Его встретили в аэропорту.", []),
    # A word after an office's joiner is the office's (Head of State), not a first name of the surname after it
    ("en", "The Head of State Tokayev held talks.", [("Tokayev", P, TOKAYEV)]),
    ("en", "It was the first visit of Vladimir Putin.", [("Vladimir Putin", P, PUTIN)]),
    # The OSCE in every language
    ("ru", "Наблюдатели ОБСЕ прибыли.", [("ОБСЕ", ORG, "organization/osce")]),
    ("kk", "ЕҚЫҰ байқаушылары келді.", [("ЕҚЫҰ", ORG, "organization/osce")]),
    ("tr", "AGİT gözlemcileri geldi.", [("AGİT", ORG, "organization/osce")]),
    ("en", "The OSCE observers arrived.", [("OSCE", ORG, "organization/osce")]),
    # Loanwords in Tatar take back endings
    (
        "tt",
        "Миңнеханов Ташкентта булды.",
        [("Миңнеханов", P, "person/rustam-minnikhanov"), ("Ташкентта", L, "place/geonames-1512569")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ROWS, ids=[r[1][:40] for r in ROWS])
def test_sentence_mentions(
    document_of, language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    document, sentences = document_of(text, language)
    assert_mentions(find_names([document], sentences).mentions, expected)


# The outlet a document cites is an organisation wherever its name stands in the text
OUTLET_NAMED = [
    ("ru", "Медиаресурс сообщает. Большая Азия пишет о встрече министров.", "Большая Азия", "Большая Азия"),
    ("kk", "Ulysmedia\nЕкі президент Шымкентте кездесті.", "Ulysmedia.kz", "Ulysmedia"),
]


@pytest.mark.parametrize(("language", "text", "outlet", "surface"), OUTLET_NAMED)
def test_the_documents_outlet_is_an_organisation(
    document_of, language: str, text: str, outlet: str, surface: str
) -> None:
    document, sentences = document_of(text, language)
    result = find_names([document.model_copy(update={"outlet": outlet})], sentences)
    mention = next(m for m in result.mentions if m.surface == surface)
    assert mention.type == ORG
    # without the outlet, the same name is no organisation
    plain = find_names([document], sentences)
    assert all(not (m.surface == surface and m.type == ORG) for m in plain.mentions)


# A name in brackets after a person's full name links to that person, in each language
ALIASED = [
    ("kk", "Суретші Асель Сабыржанқызы (Ассоль) сурет сыйлады.", "Асель Сабыржанқызы", "Ассоль"),
    (
        "ru",
        "Национальная художница Асель Сабыржанқызы (Ассоль) представила картину.",
        "Асель Сабыржанқызы",
        "Ассоль",
    ),
]


@pytest.mark.parametrize(("language", "text", "full", "alias"), ALIASED)
def test_a_name_in_brackets_is_the_person_before_it(
    document_of, language: str, text: str, full: str, alias: str
) -> None:
    document, sentences = document_of(text, language)
    linked = {m.surface: m.entity_id for m in find_names([document], sentences).mentions}
    assert linked[alias] == linked[full]


# The same outlet or person in two documents, whatever the spelling: one entity
def test_one_outlet_across_documents(document_of) -> None:
    first, its_sentences = document_of("Деп хабарлайды Ulysmedia.kz.", "kk", doc_id="d1")
    second, more = document_of("Ulysmedia.kz reports the talks.", "en", doc_id="d2")
    result = find_names([first, second], its_sentences + more)
    ids = {m.entity_id for m in result.mentions if m.surface == "Ulysmedia.kz"}
    assert len(ids) == 1
