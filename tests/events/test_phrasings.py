"""Events on sentences written for these tests, in each language: phrasings of meetings, thanks, agreements and
sessions the lexicons must know, who the actors are (not everyone a sentence names), and several events in one
sentence. A new case is a new row."""

import pytest

from flows.events.stage import extract_events
from models.events import Event
from tests.conftest import make_document
from tests.events.conftest import make_corpus

TOKAYEV = "person/kassym-jomart-tokayev"
JAPAROV = "person/sadyr-japarov"
MIRZIYOYEV = "person/shavkat-mirziyoyev"
ERDOGAN = "person/recep-tayyip-erdogan"
ALIYEV = "person/ilham-aliyev"
PUTIN = "person/vladimir-putin"
MINNIKHANOV = "person/rustam-minnikhanov"
LAVROV = "person/sergey-lavrov"


def _events(text: str, language: str) -> list[Event]:
    corpus = make_corpus(make_document(text, language, "2024-06-01", "a"))
    return extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)


# (language, text (lines are sentences), type, actors in order): the one event of that type the text states.
PHRASINGS = [
    # a meeting that took place, with the persons it names
    ("kk", "Қасым-Жомарт Тоқаев пен Садыр Жапаров арасында кездесу өтті.", "meet", [TOKAYEV, JAPAROV]),
    ("ru", "В Бишкеке состоялась встреча Касым-Жомарта Токаева и Садыра Жапарова.", "meet", [TOKAYEV, JAPAROV]),
    ("tt", "Рөстәм Миңнеханов белән Касыйм-Җомарт Токаев арасында очрашу узды.", "meet", [MINNIKHANOV, TOKAYEV]),
    # a welcome in the passive; moving on to talks
    ("tr", "Recep Tayyip Erdoğan, Akorda'da Kasım-Jomart Tokayev tarafından resmi törenle karşılandı.", "meet",
     [ERDOGAN, TOKAYEV]),
    ("tr", "Recep Tayyip Erdoğan ve Kasım-Jomart Tokayev daha sonra baş başa görüşmeye geçti.", "meet",
     [ERDOGAN, TOKAYEV]),
    # a session with its participants listed after it, however many; one to come
    ("tr", "İlham Aliyev'in başkanlık ettiği toplantıya Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ve Şevket "
           "Mirziyoyev katıldı.", "meet", [ALIYEV, ERDOGAN, TOKAYEV, MIRZIYOYEV]),
    ("ru", "В заседании совета приняли участие Касым-Жомарт Токаев, Садыр Жапаров и Шавкат Мирзиёев.", "meet",
     [TOKAYEV, JAPAROV, MIRZIYOYEV]),
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev'in daveti üzerine Türk Devletleri Teşkilatı Zirvesi'ne "
           "katılacak.", "meet", [ERDOGAN, TOKAYEV]),
    ("tt", "Казанга эш сәфәре кысаларында Әскәр Мамин Евразия хөкүмәтара советы утырышында катнашачак.", "meet",
     ["person/askar-mamin"]),
    # talks a visit's programme holds: the occasion's principal persons
    ("ru", "Касым-Жомарт Токаев прибыл в Анкару по приглашению Реджепа Тайипа Эрдогана.\nРеджеп Тайип Эрдоган "
           "пригласил Токаева в Стамбул.\nПо программе предусмотрены переговоры в узком и расширенном составах.",
     "meet", [TOKAYEV, ERDOGAN]),
    # an agreement reached in the passive: the principal persons agreed
    ("kk", "Қасым-Жомарт Тоқаев Садыр Жапаровпен кездесті.\nТоқаев Жапаровқа алғыс айтты.\nСапар аясында Садыр "
           "Жапаров пен Қасым-Жомарт Тоқаев ынтымақтастықты талқылады.\nСапар аясында келісімге қол жеткізілді.",
     "agree", [TOKAYEV, JAPAROV]),
    # thanks at a frame's occasion, thanks for an invitation (not an invitation of its own), thanks to a country's
    # leadership by "he"
    ("en", "During the talks, Kassym-Jomart Tokayev expressed his gratitude to Vladimir Putin for participating "
           "in the summit.", "thank", [TOKAYEV, PUTIN]),
    ("ru", "Рустам Минниханов и Касым-Жомарт Токаев встретились.\nТокаев и Минниханов приняли участие в форуме.\n"
           "В ходе встречи Касым-Жомарт Токаев поблагодарил Рустама Минниханова за визит.", "thank",
     [TOKAYEV, MINNIKHANOV]),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевке Ташкентке сапармен келуге шақырғаны үшін ризашылығын "
           "білдірді.", "thank", [TOKAYEV, MIRZIYOYEV]),
    ("ru", "Рустам Минниханов встретился с представителями татарской общины.\nОн также поблагодарил руководство "
           "страны за поддержку.", "thank", [MINNIKHANOV]),
    # the speaker's own congratulations and thanks, to the one they are with
    ("ru", "Касым-Жомарт Токаев встретился с Садыром Жапаровым.\nСадыр Жапаров прибыл в Астану.\n– Мы поздравляем "
           "вас с победой, – сказал Касым-Жомарт Токаев.", "congratulate", [TOKAYEV, JAPAROV]),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.\nШавкат Мирзиёев Тоқаевқа сәлем жолдады.\n– Біз "
           "сіздерге алғыс айтамыз, – деді Шавкат Мирзиёев.", "thank", [MIRZIYOYEV, TOKAYEV]),
    # who tells of an act is not its actor
    ("ru", "По словам Сергея Лаврова, Владимир Путин посетит Астану.", "visit", [PUTIN]),
    ("kk", "Сергей Лавровтың айтуынша, Владимир Путин Астанаға сапармен келеді.", "visit", [PUTIN]),
    # a person inside the name of a thing (a museum, a monument, a residence) is not met
    ("ru", "Рустам Минниханов посетил музей Габдуллы Тукая и встретился с мусульманским духовенством.", "meet",
     [MINNIKHANOV]),
    ("ru", "В резиденцию Касым-Жомарта Токаева Владимир Путин приехал в десять часов.", "visit", [PUTIN]),
    # those said to be present at a meeting are not its actors: the meeting's are
    ("tr", "Recep Tayyip Erdoğan, Akorda'da Kasım-Jomart Tokayev ile bir araya geldi.\nErdoğan ve Tokayev ortak "
           "açıklama yaptı.\nBasına kapalı gerçekleşen görüşmede Dışişleri Bakanı Hakan Fidan ve Ticaret Bakanı "
           "Ömer Bolat da hazır bulundu.", "meet", [ERDOGAN, TOKAYEV]),
    # telling of an event to come or of news received: the one who tells announces
    ("en", "Sergey Lavrov said on Tuesday that Vladimir Putin will visit Astana in May.", "announce", [LAVROV]),
    ("kk", "Владимир Путиннің Астанаға сапары туралы Сергей Лавров брифингте айтты.", "announce", [LAVROV]),
    ("kk", "Бұған дейін Дмитрий Песков Владимир Путиннің сапарына дайындық туралы хабарлаған еді.", "announce",
     ["person/dmitry-peskov"]),
    ("ru", "Сергей Лавров сообщил, что Казахстан получил приглашение на саммит.", "announce", [LAVROV]),
    # a conversation that names no medium, beside what was said in it; talks with the medium beside the verb
    ("kk", "Әңгімелесу барысында Садыр Жапаров Қасым-Жомарт Тоқаевты туған күнімен құттықтады.", "discuss",
     [JAPAROV, TOKAYEV]),
    ("ru", "Владимир Путин и Касым-Жомарт Токаев по телефону обсудили подготовку к саммиту.", "discuss",
     [PUTIN, TOKAYEV]),
    ("ru", "Ильхам Алиев и Реджеп Тайип Эрдоган обсудили по видеосвязи итоги года.", "discuss",
     [ALIYEV, ERDOGAN]),
    ("en", "Sadyr Japarov and Kassym-Jomart Tokayev discussed by phone the coming summit.", "discuss",
     [JAPAROV, TOKAYEV]),
    # what "they" will sign, no signatory named: the principal persons
    ("tr", "Şevket Mirziyoyev, Kasım-Jomart Tokayev ile Taşkent'te bir araya geldi.\nMirziyoyev ve Tokayev "
           "basına açıklama yaptı.\nYarın imzalayacakları belgelerin önemine değinen Mirziyoyev konuşmasını "
           "sürdürdü.", "sign", [MIRZIYOYEV, TOKAYEV]),
    # talks in a document that reports neither a call nor a meeting: the meeting, not where what they name lies
    ("ru", "Садыр Жапаров и Касым-Жомарт Токаев обсудили вопросы торговли между Бишкеком и Астаной.", "meet",
     [JAPAROV, TOKAYEV]),
    ("tr", "Sadır Caparov ve Kasım-Jomart Tokayev ticaret konularını ele aldı.", "meet", [JAPAROV, TOKAYEV]),
    # the speaker's own meeting told in quoted speech: the speaker and the one they met
    ("kk", "«Жақында Астанада өткен кездесуде Садыр Жапаров маған жаңа жоба туралы айтты», — деді Қасым-Жомарт "
           "Тоқаев.", "meet", [TOKAYEV, JAPAROV]),
    ("ru", "«На недавней встрече в Астане Садыр Жапаров рассказал мне о новом проекте», — сказал Касым-Жомарт "
           "Токаев.", "meet", [TOKAYEV, JAPAROV]),
    ("en", "\"At our recent meeting in Astana, Sadyr Japarov told me about a new project,\" Kassym-Jomart Tokayev "
           "said.", "meet", [JAPAROV, TOKAYEV]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event_type", "actors"), PHRASINGS)
def test_phrasings_and_their_actors(language: str, text: str, event_type: str, actors: list[str]) -> None:
    assert [e.actors for e in _events(text, language) if e.type == event_type] == [actors]


# (language, text, type that must not come out): what a sentence embeds is no event of its own.
NOT_EVENTS = [
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевке Ташкентке сапармен келуге шақырғаны үшін ризашылығын білдірді.",
     "invite"),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевке Ташкентке сапармен келуге шақырғаны үшін ризашылығын білдірді.",
     "visit"),
    ("kk", "Бұл туралы Сергей Лавров сұхбатында айтты.", "announce"),
    ("en", "Sergey Lavrov said that relations are strong.", "announce"),
    # in a document of talks by telephone, "during the talks" is the call, not a meeting
    ("ru", "Владимир Путин и Касым-Жомарт Токаев по телефону обсудили подготовку к саммиту.\nВ ходе переговоров "
           "Путин поблагодарил Токаева за поддержку.", "meet"),
    ("en", "Sadyr Japarov and Kassym-Jomart Tokayev discussed by phone the coming summit.\nDuring the talks, "
           "Japarov thanked Tokayev for his support.", "meet"),
    ("ru", "Ильхам Алиев и Реджеп Тайип Эрдоган обсудили по видеосвязи итоги года.\nВо время переговоров Алиев "
           "поблагодарил Эрдогана.", "meet"),
    ("ru", "Садыр Жапаров и Касым-Жомарт Токаев обсудили вопросы торговли между Бишкеком и Астаной.", "discuss"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event_type"), NOT_EVENTS)
def test_what_a_sentence_embeds_is_no_event(language: str, text: str, event_type: str) -> None:
    assert [e for e in _events(text, language) if e.type == event_type] == []


# (language, text, expected (type, actors) rows): a sentence stating several events, one row each.
SEVERAL = [
    ("en", "During the talks, Kassym-Jomart Tokayev expressed his gratitude to Vladimir Putin for participating "
           "in the summit.", [("meet", [TOKAYEV, PUTIN]), ("thank", [TOKAYEV, PUTIN])]),
    ("ru", "Рустам Минниханов и Касым-Жомарт Токаев встретились.\nТокаев и Минниханов приняли участие в форуме.\n"
           "В ходе встречи Касым-Жомарт Токаев поблагодарил Рустама Минниханова за визит.",
     [("meet", [MINNIKHANOV, TOKAYEV]), ("thank", [TOKAYEV, MINNIKHANOV])]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "rows"), SEVERAL)
def test_several_events_of_one_sentence(language: str, text: str, rows: list[tuple[str, list[str]]]) -> None:
    assert sorted((e.type, e.actors) for e in _events(text, language)) == sorted(rows)
