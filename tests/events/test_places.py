"""Event places: the most specific named place, never an airport (its city), an organisation named as a source
(a press service) or a place in the genitive; for a meeting placed nowhere, the destination of its actor's
visit, else its dateline's city in a local story.
Sentences written for these tests, in kk, ru, tr, tt and en, run through the names stage and `extract_events`."""

import pytest

from flows.events.places import (
    AIRPORT_KM,
    airport_city,
    country_code,
    distance_km,
    named_source,
)
from flows.events.stage import extract_events
from flows.names.gazetteer import curated
from models.entities import Entity
from tests.conftest import make_document
from tests.events.conftest import make_corpus

TOKAYEV = "person/kassym-jomart-tokayev"
JAPAROV = "person/sadyr-japarov"
ERDOGAN = "person/recep-tayyip-erdogan"
MINNIKHANOV = "person/rustam-minnikhanov"
ALIYEV = "person/ilham-aliyev"
MIRZIYOYEV = "person/shavkat-mirziyoyev"
MAMIN = "person/askar-mamin"
MISHUSTIN = "person/mikhail-mishustin"

PUBLISHED = "2024-06-01"

# (language, text, event type, actors it has (of others: a person in the airport's name), its place's name or None)
CASES = [
    # An airport is no event's place: a welcome there is placed in the city it serves.
    ("en", "Kassym-Jomart Tokayev welcomed Recep Tayyip Erdogan at Astana International Airport.\n"
     "Erdogan arrived in Astana on a state visit.", "meet", {TOKAYEV, ERDOGAN}, "Astana"),
    ("tr", "Recep Tayyip Erdoğan'ı Nursultan Nazarbayev Uluslararası Havalimanı'nda Kasım-Jomart Tokayev "
     "karşıladı.\nErdoğan Astana'ya resmi ziyaret için geldi.", "meet", {TOKAYEV, ERDOGAN}, "Astana"),
    ("en", "Shavkat Mirziyoyev welcomed Kassym-Jomart Tokayev at Tashkent International Airport.\n"
     "Tokayev arrived in Tashkent on a state visit.", "meet", {TOKAYEV, MIRZIYOYEV}, "Tashkent"),
    ("tr", "Kasım-Jomart Tokayev'i Esenboğa Havalimanı'nda Recep Tayyip Erdoğan karşıladı.\nTokayev Ankara'ya "
     "resmi ziyaret için geldi.", "meet", {TOKAYEV, ERDOGAN}, "Ankara"),
    ("ru", "Касым-Жомарта Токаева в аэропорту Внуково встретил Михаил Мишустин.\nТокаев прибыл в Москву с "
     "визитом.", "meet", {TOKAYEV, MISHUSTIN}, "Moscow"),
    ("en", "Sadyr Japarov welcomed Kassym-Jomart Tokayev at Manas International Airport.\nTokayev arrived in "
     "Bishkek on a state visit.", "meet", {TOKAYEV, JAPAROV}, "Bishkek"),
    # ... and one the gazetteer does not know names no city: the meeting is where the article is filed from.
    ("ru", "ТАШКЕНТ, 30 мая.\nВ аэропорту «Южный» Садыра Жапарова встретил Шавкат Мирзиёев.", "meet",
     {JAPAROV, MIRZIYOYEV}, "Tashkent"),
    # A meeting placed nowhere during a visit is at its destination; the visit is a row of its own.
    ("ru", "Касым-Жомарт Токаев прибыл с визитом в Анкару.\nКасым-Жомарт Токаев и Реджеп Тайип Эрдоган провели "
     "переговоры.", "meet", {TOKAYEV, ERDOGAN}, "Ankara"),
    ("kk", "Қасым-Жомарт Тоқаев Анкараға сапармен барды.\nҚасым-Жомарт Тоқаев пен Реджеп Тайып Ердоған "
     "келіссөздер жүргізді.", "visit", {TOKAYEV}, "Ankara"),
    # A press service named as the source is an organisation, not where the meeting was.
    ("en", "Kassym-Jomart Tokayev held a meeting with Sadyr Japarov, reports Akorda.", "meet",
     {TOKAYEV, JAPAROV}, None),
    ("kk", "Қасым-Жомарт Тоқаев Садыр Жапаровпен кездесті, деп хабарлайды Ақорда.", "meet",
     {TOKAYEV, JAPAROV}, None),
    ("ru", "Касым-Жомарт Токаев встретился с Садыром Жапаровым, сообщает пресс-служба Акорды.", "meet",
     {TOKAYEV, JAPAROV}, None),
    # ... but the palace it is named after is a place, the most specific one.
    ("tr", "Recep Tayyip Erdoğan, Akorda Cumhurbaşkanlığı Sarayı'nda Kasım-Jomart Tokayev ile bir araya geldi.",
     "meet", {TOKAYEV, ERDOGAN}, "Akorda"),
    # A meeting the text places nowhere is where its article is filed from ...
    ("en", "Astana. May 30.\nKassym-Jomart Tokayev held a meeting with Sadyr Japarov, reports Akorda.", "meet",
     {TOKAYEV, JAPAROV}, "Astana"),
    ("kk", "АСТАНА, 30 мамыр – Sputnik.\nҚасым-Жомарт Тоқаев Садыр Жапаровпен кездесті.", "meet",
     {TOKAYEV, JAPAROV}, "Astana"),
    # ... unless the story's meetings and visits are elsewhere.
    ("kk", "АСТАНА, 30 мамыр – Sputnik.\nШавкат Мирзиёев Бішкекке сапармен барды.\n"
     "Қасым-Жомарт Тоқаев Ильхам Әлиевпен кездесті.", "meet", {TOKAYEV, ALIYEV}, None),
    # A place in the genitive qualifies a noun (a title, a contribution): it is not where the act was.
    ("kk", "Қасым-Жомарт Тоқаев Ресейдің бұрынғы президенті Ильхам Әлиевпен кездесті.", "meet",
     {TOKAYEV, ALIYEV}, None),
    ("en", "Kassym-Jomart Tokayev thanked Sadyr Japarov for Kyrgyzstan's support.", "thank", {TOKAYEV, JAPAROV},
     None),
    # A visit to a country is in the city the document names there, a city before a region.
    ("ru", "Рустам Минниханов посетил Казахстан.\nЗападно-Казахстанская область и Уральск готовились к празднику.",
     "visit", {MINNIKHANOV}, "Oral"),
    ("tt", "Рөстәм Миңнеханов Казахстанга эш сәфәре белән килде.\n"
     "Көнбатыш Казахстан өлкәсе һәм Орал бәйрәмгә әзерләнде.", "visit", {MINNIKHANOV}, "Oral"),
    # An airport whose city the document does not name places nothing more specifically.
    ("tt", "Әскәр Мамин Татарстанга эш сәфәре белән килде.\n"
     "«Казан» халыкара аэропортында аны Рөстәм Миңнеханов каршы алды.", "visit", {MAMIN}, "Tatarstan"),
    # A visit to a country is in the city inside it where its traveller's acts are placed, not in one an act
    # the text dates itself is placed at (a session recalled with its day, in a clause of its own).
    ("ru", "Михаил Мишустин прибыл с рабочим визитом в Казахстан.\nВ марте Михаил Мишустин провёл переговоры с "
     "Ильхамом Алиевым в Алматы.\nМихаил Мишустин поблагодарил Касым-Жомарта Токаева за возможность посетить "
     "Астану.", "visit", {MISHUSTIN}, "Astana"),
    ("kk", "Михаил Мишустин Қазақстанға жұмыс сапарымен келді.\nКездесуде 5 наурыз күні Алматы қаласында өткен "
     "форумның қорытындылары сөз болды.\n– Форумға қатысқаныңызды білемін, – деді Қасым-Жомарт Тоқаев.\n"
     "Михаил Мишустин Қасым-Жомарт Тоқаевқа Астанаға сапарлап келуге мүмкіндік жасағаны үшін алғыс білдірді.",
     "visit", {MISHUSTIN}, "Astana"),
    ("kk", "Михаил Мишустин Қазақстанға жұмыс сапарымен келді.\nКездесуде 5 наурыз күні Алматы қаласында өткен "
     "форумның қорытындылары сөз болды.\nМихаил Мишустин Қасым-Жомарт Тоқаевқа Астанаға сапарлап келуге "
     "мүмкіндік жасағаны үшін алғыс білдірді.", "thank", {MISHUSTIN, TOKAYEV}, "Astana"),
    # A trip the text dates as recent is an earlier one it recalls: the meeting is not at its destination.
    ("ru", "Касым-Жомарт Токаев встретился с Рустамом Миннихановым.\nНа днях Рустам Минниханов посетил "
     "Карагандинскую область.", "meet", {TOKAYEV, MINNIKHANOV}, None),
    ("kk", "Қасым-Жомарт Тоқаев Рустам Миннихановпен кездесті.\nЖақында ғана Рустам Минниханов Қарағанды "
     "облысында болды.", "meet", {TOKAYEV, MINNIKHANOV}, None),
    # An invitation is placed at the venue it invites to, where its sentence names a city; where it names a
    # country, at the meeting it is said at.
    ("ru", "Касым-Жомарт Токаев и Реджеп Тайип Эрдоган провели переговоры в Астане.\nРеджеп Тайип Эрдоган "
     "пригласил Касым-Жомарта Токаева на саммит в Туркестане.", "invite", {TOKAYEV, ERDOGAN}, "Turkistan"),
    ("ru", "Касым-Жомарт Токаев и Реджеп Тайип Эрдоган провели переговоры в Анкаре.\nРеджеп Тайип Эрдоган "
     "пригласил Касым-Жомарта Токаева посетить Турцию с государственным визитом.", "invite", {TOKAYEV, ERDOGAN},
     "Ankara"),
    # A building the lists know, in a place's case where a model read an organisation, is where the talks were.
    ("kk", "Екі ел арасындағы ынтымақтастық Ақордада талқыланды. Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен "
     "кездесті.", "meet", {TOKAYEV, MIRZIYOYEV}, "Akorda"),
    # A place in a case of where or whither before an office is the clause's place, not the office's country.
    ("tr", "Kasım-Jomart Tokayev, resmi ziyaret için geldiği Özbekistan’da Cumhurbaşkanı Şevket Mirziyoyev ile "
     "bir araya geldi.", "meet", {TOKAYEV, MIRZIYOYEV}, "Uzbekistan"),
    ("kk", "Қасым-Жомарт Тоқаев ресми сапармен келген Өзбекстанда Президент Шавкат Мирзиёевпен кездесті.",
     "meet", {TOKAYEV, MIRZIYOYEV}, "Uzbekistan"),
    # ... while a bare name before it is the office's country.
    ("tr", "Kasım-Jomart Tokayev, Özbekistan Cumhurbaşkanı Şevket Mirziyoyev ile bir araya geldi.", "meet",
     {TOKAYEV, MIRZIYOYEV}, None),
    # The sentence after a meeting saying where it was held places it, at a building no list knows.
    ("en", "Rustam Minnikhanov met Kassym-Jomart Tokayev in Kazakhstan.\nThe meeting was held in a media center "
     "“Kazmedia”.", "meet", {MINNIKHANOV, TOKAYEV}, "Kazmedia"),
    ("ru", "Рустам Минниханов встретился с Касым-Жомартом Токаевым в Казахстане.\nВстреча прошла в медиацентре "
     "«Казмедиа».", "meet", {MINNIKHANOV, TOKAYEV}, "Kazmedia"),
    ("kk", "Рустам Минниханов Қасым-Жомарт Тоқаевпен Қазақстанда кездесті.\nКездесу «Қазмедиа» медиа орталығында "
     "өтті.", "meet", {MINNIKHANOV, TOKAYEV}, "Qazmedia"),
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ile Kazakistan’da bir araya geldi.\nGörüşme “Kazmedia” medya "
     "merkezinde gerçekleşti.", "meet", {ERDOGAN, TOKAYEV}, "Kazmedia"),
    ("tt", "Рөстәм Миңнеханов Касым-Җомарт Токаев белән Казахстанда очрашты.\nОчрашу «Казмедиа» медиа үзәгендә "
     "узды.", "meet", {MINNIKHANOV, TOKAYEV}, "Kazmedia"),
    # ... a sentence that says how, not where, leaves it; and a visit's place stays its destination.
    ("ru", "Рустам Минниханов встретился с Касым-Жомартом Токаевым в Казахстане.\nВстреча прошла в тёплой "
     "атмосфере.", "meet", {MINNIKHANOV, TOKAYEV}, "Kazakhstan"),
    ("en", "Rustam Minnikhanov arrived in Kazakhstan on a working visit.\nThe meeting was held in a media center "
     "“Kazmedia”.", "visit", {MINNIKHANOV}, "Kazakhstan"),
    # A building's own head noun beside its name (a residence) makes no naming of it: the building is the place.
    ("en", "Kassym-Jomart Tokayev welcomed Recep Tayyip Erdogan at the Akorda residence.", "meet",
     {TOKAYEV, ERDOGAN}, "Akorda"),
    ("ru", "Касым-Жомарт Токаев встретил Реджепа Тайипа Эрдогана в резиденции «Акорда».", "meet",
     {TOKAYEV, ERDOGAN}, "Akorda"),
    ("kk", "Қасым-Жомарт Тоқаев Реджеп Тайып Ердоғанмен Ақорда резиденциясында кездесті.", "meet",
     {TOKAYEV, ERDOGAN}, "Akorda"),
    # Presidential palaces and residences news names as the place of talks, in every language's forms.
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev'i Beştepe'de resmi törenle karşıladı.", "meet",
     {TOKAYEV, ERDOGAN}, "Presidential Complex (Beştepe)"),
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ile Külliye'de görüştü.", "meet",
     {TOKAYEV, ERDOGAN}, "Presidential Complex (Beştepe)"),
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ile Dolmabahçe Çalışma Ofisi'nde görüştü.", "meet",
     {TOKAYEV, ERDOGAN}, "Dolmabahçe Palace"),
    ("kk", "Қасым-Жомарт Тоқаев Тәуелсіздік сарайында Шавкат Мирзиёевпен кездесті.", "meet",
     {TOKAYEV, MIRZIYOYEV}, "Palace of Independence"),
    ("ru", "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым во Дворце Независимости.", "meet",
     {TOKAYEV, MIRZIYOYEV}, "Palace of Independence"),
    ("en", "Kassym-Jomart Tokayev met with Shavkat Mirziyoyev at the Palace of Independence.", "meet",
     {TOKAYEV, MIRZIYOYEV}, "Palace of Independence"),
    ("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев провели переговоры во Дворце мира и согласия.", "meet",
     {TOKAYEV, MIRZIYOYEV}, "Palace of Peace and Reconciliation"),
    # ... the city named beside a palace that is not the place of the talks stays the place
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ile Ankara'da görüştü.", "meet", {TOKAYEV, ERDOGAN},
     "Ankara"),
    # An act its sentence sets during a trip it names is at the trip's destination, not at the meeting the
    # article reports.
    ("ru", "Касым-Жомарт Токаев и Реджеп Тайип Эрдоган провели переговоры в Астане.\nВо время визита "
     "Касым-Жомарта Токаева в Анкару Касым-Жомарт Токаев и Реджеп Тайип Эрдоган подписали декларацию.", "sign",
     {TOKAYEV, ERDOGAN}, "Ankara"),
    ("en", "Kassym-Jomart Tokayev and Recep Tayyip Erdogan held talks in Astana.\nDuring his visit to Ankara, "
     "Kassym-Jomart Tokayev and Recep Tayyip Erdogan signed a declaration.", "sign", {TOKAYEV, ERDOGAN}, "Ankara"),
    ("kk", "Қасым-Жомарт Тоқаев пен Реджеп Тайып Ердоған Астанада келіссөздер жүргізді.\nҚасым-Жомарт Тоқаевтың "
     "Анкараға сапары кезінде Қасым-Жомарт Тоқаев пен Реджеп Тайып Ердоған декларацияға қол қойды.", "sign",
     {TOKAYEV, ERDOGAN}, "Ankara"),
    ("tr", "Kasım-Jomart Tokayev ve Recep Tayyip Erdoğan Astana'da görüştü.\nKasım-Jomart Tokayev'in Ankara "
     "ziyareti sırasında Kasım-Jomart Tokayev ve Recep Tayyip Erdoğan bir bildiri imzaladı.", "sign",
     {TOKAYEV, ERDOGAN}, "Ankara"),
    # ... a signing with no such word is at the meeting.
    ("en", "Kassym-Jomart Tokayev and Recep Tayyip Erdogan held talks in Astana.\nKassym-Jomart Tokayev recalled "
     "his visit to Ankara. Kassym-Jomart Tokayev and Recep Tayyip Erdogan signed a declaration.", "sign",
     {TOKAYEV, ERDOGAN}, "Astana"),
    # An act of an occasion of many placed nowhere is where the article's lead says its occasion was held ...
    ("kk", "Батыс Қазақстан облысында іскерлік форум өтті.\nФорумға Рустам Минниханов қатысты.\nФорумда екіжақты "
     "келісімге қол қойылды.\nРустам Минниханов сөз сөйледі.", "sign", {MINNIKHANOV}, "West Kazakhstan Region"),
    ("ru", "В Западно-Казахстанской области прошёл деловой форум.\nВ форуме участвовал Рустам Минниханов.\nНа "
     "форуме было подписано соглашение.\nРустам Минниханов выступил с речью.", "sign", {MINNIKHANOV},
     "West Kazakhstan Region"),
    # ... and nowhere where the lead names a place without saying anything was held there.
    ("kk", "Батыс Қазақстан облысы Татарстанмен ынтымақтасады.\nФорумға Рустам Минниханов қатысты.\nФорумда "
     "екіжақты келісімге қол қойылды.\nРустам Минниханов сөз сөйледі.", "sign", {MINNIKHANOV}, None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event_type", "actors", "place"), CASES)
def test_event_place(language: str, text: str, event_type: str, actors: set[str], place: str | None) -> None:
    corpus = make_corpus(make_document(text, language, PUBLISHED))
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    names = {e.entity_id: e.name for e in corpus.entities}
    found = [e for e in events if e.type == event_type and actors <= set(e.actors)]
    assert found, [(e.type, e.actors) for e in events]
    assert [names.get(e.place_id or "") for e in found] == [place]


# (language, sentence, the place name in it, whether it names a source)
SOURCES = [
    ("en", "Tokayev met Japarov, reports Akorda.", "Akorda", True),
    ("en", "Tokayev met Japarov, who arrived in Astana, Akorda reports.", "Akorda", True),
    ("en", "Tokayev met Japarov, who arrived in Astana, Akorda reports.", "Astana", False),
    ("en", "Photo by Akorda press service", "Akorda", True),
    ("ru", "Токаев встретился с Жапаровым, сообщает сайт Акорды.", "Акорды", True),
    ("ru", "Токаев встретился с Жапаровым в Акорде.", "Акорде", False),
    ("kk", "Тоқаев Жапаровпен кездесті, деп хабарлайды Ақорданың баспасөз қызметі.", "Ақорданың", True),
    ("kk", "Тоқаев Жапаровты Ақордада қабылдады.", "Ақордада", False),
    ("tr", "Tokayev, Caparov ile Akorda'da görüştü.", "Akorda'da", False),
    ("tt", "Миңнеханов Казанда очрашты, дип хәбәр итә Татарстан.", "Татарстан", True),
]


@pytest.mark.parametrize(("language", "sentence", "name", "source"), SOURCES)
def test_a_source_is_no_place(language: str, sentence: str, name: str, source: bool) -> None:
    start = sentence.index(name)
    assert named_source(sentence, start, start + len(name), language) is source


def _curated_airports() -> list[Entity]:
    return [
        Entity(
            entity_id=p.id or f"place/geonames-{p.geonames}",
            type="place",
            name=p.name or "",
            latitude=p.latitude,
            longitude=p.longitude,
            known=True,
        )
        for p in curated().places
        if p.iata
    ]


@pytest.mark.parametrize("airport", _curated_airports(), ids=lambda a: a.name)
def test_every_curated_airport_serves_a_city_of_its_country(airport: Entity) -> None:
    """The city an airport serves is a GeoNames city near it, in its country: from the data, not its name."""
    city = airport_city(airport)
    assert city is not None and city.startswith("place/geonames-")
    from flows.events.places import _GEONAMES

    found = _GEONAMES.get_cities()[city.removeprefix("place/geonames-")]
    assert (
        distance_km((airport.latitude, airport.longitude), (found["latitude"], found["longitude"]))
        <= AIRPORT_KM
    )
    assert found["countrycode"] == country_code(airport)


def test_a_place_that_is_no_airport_serves_no_city() -> None:
    astana = Entity(entity_id="place/geonames-1526273", type="place", name="Astana", geonames_id=1526273,
                    latitude=51.18, longitude=71.45, known=True)  # fmt: skip
    assert airport_city(astana) is None


PUTIN = "person/vladimir-putin"

# (language, the texts of several articles on one trip, event type, its actors, its place's name): each
# article casts one vote for the place of an event, however many of its sentences report it.
STORIES = [
    # One article filed from Almaty tells the trip in many sentences; the two others place it in Astana.
    ("ru", ["АЛМАТЫ, 27 ноября.\nВладимир Путин 27 ноября прибыл с визитом в Казахстан.\nВладимир Путин посетил "
            "Казахстан с государственным визитом.\nВладимир Путин находится в Казахстане с визитом.\n"
            "Визит Владимира Путина в Казахстан продлится два дня.",
            "Владимир Путин 27 ноября прибыл с визитом в Казахстан.\nВ Астане готовились к встрече гостя.",
            "Владимир Путин 27 ноября прибыл с визитом в Казахстан.\nАстана встречает гостя."],
     "visit", {PUTIN}, "Astana"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "texts", "event_type", "actors", "place"), STORIES)
def test_each_article_casts_one_place_vote(
    language: str, texts: list[str], event_type: str, actors: set[str], place: str
) -> None:
    corpus = make_corpus(
        *(make_document(t, language, "2024-11-27", doc_id=f"d{i}") for i, t in enumerate(texts))
    )
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    names = {e.entity_id: e.name for e in corpus.entities}
    found = [e for e in events if e.type == event_type and actors <= set(e.actors)]
    assert [(names.get(e.place_id or ""), len(e.reported_in)) for e in found] == [(place, len(texts))]


# (language, text, the visit's actors, its place's name or None): a visit's place is its destination, a city
# or broader; a building it took in is a stop in the city around it, or no destination where it has no known
# coordinates.
VISITED_BUILDINGS = [
    ("ru", "Реджеп Тайип Эрдоган прибыл в Астану.\nРеджеп Тайип Эрдоган посетил Акорду.", {ERDOGAN}, "Astana"),
    ("ru", "Рустам Минниханов посетил Белую мечеть.", {MINNIKHANOV}, None),
    # ... but in the city where the document places its traveller's other acts.
    ("ru", "Рустам Минниханов встретился с Касым-Жомартом Токаевым в Уральске.\nРустам Минниханов посетил Белую "
     "мечеть.", {MINNIKHANOV}, "Oral"),
    ("en", "Rustam Minnikhanov met Kassym-Jomart Tokayev in Uralsk.\nRustam Minnikhanov then visited the Red "
     "Mosque.", {MINNIKHANOV}, "Oral"),
    # ... and a place no gazetteer knows, named after a city the documents name, is a stop in that city.
    ("ru", "Рустам Минниханов посетил выставочный комплекс «Астана ЭКСПО-2017».\nАстана готовится к выставке.",
     {MINNIKHANOV}, "Astana"),
    ("en", "Rustam Minnikhanov visited the exhibition complex \"Kazan EXPO\".\nKazan is ready for the fair.",
     {MINNIKHANOV}, "Kazan"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "actors", "place"), VISITED_BUILDINGS)
def test_a_visit_is_placed_at_its_destination(
    language: str, text: str, actors: set[str], place: str | None
) -> None:
    corpus = make_corpus(make_document(text, language, PUBLISHED))
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    names = {e.entity_id: e.name for e in corpus.entities}
    found = [e for e in events if e.type == "visit" and actors <= set(e.actors)]
    assert [names.get(e.place_id or "") for e in found] == [place]


# (language, text, the year of the recalled visit, its place's name): a visit the text dates by a year alone
# is an earlier occasion the article recalls; the cities of the article's own story do not place it.
RECALLED_VISITS = [
    ("en", "Vladimir Putin arrived in Astana on a state visit.\nVladimir Putin's last state visit to Kazakhstan "
     "was in 2015.", "2015", "Kazakhstan"),
    ("ru", "Владимир Путин прибыл в Астану с государственным визитом.\nПредыдущий государственный визит Владимира "
     "Путина в Казахстан состоялся в 2015 году.", "2015", "Kazakhstan"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "year", "place"), RECALLED_VISITS)
def test_a_visit_recalled_by_its_year_keeps_its_country(
    language: str, text: str, year: str, place: str
) -> None:
    corpus = make_corpus(make_document(text, language, PUBLISHED))
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    names = {e.entity_id: e.name for e in corpus.entities}
    found = [e for e in events if e.type == "visit" and PUTIN in e.actors and e.date == year]
    assert [names.get(e.place_id or "") for e in found] == [place]
