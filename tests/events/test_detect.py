"""Event reports per sentence: type, actors, status and place, from own sentences in kk, ru, tr (and tt, en),
on real name mentions from the names stage."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.events.detect import detect_reports
from flows.events.references import build_context
from flows.events.stage import _knowledge_holder, extract_events
from models.events import EventReport
from tests.conftest import make_document
from tests.events.conftest import make_corpus

TOKAYEV = "person/kassym-jomart-tokayev"
MIRZIYOYEV = "person/shavkat-mirziyoyev"
JAPAROV = "person/sadyr-japarov"
ERDOGAN = "person/recep-tayyip-erdogan"
ALIYEV = "person/ilham-aliyev"
LAVROV = "person/sergey-lavrov"
BEKTENOV = "person/olzhas-bektenov"
MINNIKHANOV = "person/rustam-minnikhanov"

PUBLISHED = "2024-06-01"

# (language, sentence, type, actors in order, status, place name or None)
CASES = [
    # an act set, due or expected: planned; an obligation in general or a figure expected to grow is no plan
    ("en", "Kassym-Jomart Tokayev is set to hold talks with Shavkat Mirziyoyev.",
     "meet", [TOKAYEV, MIRZIYOYEV], "planned", None),
    ("en", "Kassym-Jomart Tokayev is due to visit Tashkent.", "visit", [TOKAYEV], "planned", "Tashkent"),
    ("ru", "Касым-Жомарт Токаев должен посетить Ташкент.", "visit", [TOKAYEV], "planned", "Tashkent"),
    ("tr", "Kasım-Jomart Tokayev'in Taşkent'i ziyaret etmesi bekleniyor.", "visit", [TOKAYEV], "planned",
     "Tashkent"),
    ("kk", "Шавкат Мирзиёевтің Астанаға келуі күтілуде.", "visit", [MIRZIYOYEV], "planned", "Astana"),
    ("ru", "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым, стороны должны укреплять сотрудничество.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    ("tr", "Kasım-Jomart Tokayev, Şevket Mirziyoyev ile görüştü, ticaretin artması bekleniyor.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    ("en", "Kassym-Jomart Tokayev is slated to visit Tashkent.", "visit", [TOKAYEV], "planned", "Tashkent"),
    ("ru", "Ожидается визит Садыра Жапарова в Астану.", "visit", [JAPAROV], "planned", "Astana"),
    ("ru", "Ожидается, что Касым-Жомарт Токаев и Шавкат Мирзиёев проведут переговоры.",
     "meet", [TOKAYEV, MIRZIYOYEV], "planned", None),
    ("ru", "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым, ожидается рост товарооборота.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    ("tr", "Kasım-Jomart Tokayev'in Şevket Mirziyoyev ile görüşmesi bekleniyor.",
     "meet", [TOKAYEV, MIRZIYOYEV], "planned", None),
    ("kk", "Қасым-Жомарт Тоқаевтың Шавкат Мирзиёевпен кездесуі күтілуде.",
     "meet", [TOKAYEV, MIRZIYOYEV], "planned", None),
    # a meeting named first, then held in the future: planned (held in the past: occurred)
    ("ru", "Встреча Касым-Жомарта Токаева и Шавката Мирзиёева пройдет в Астане.",
     "meet", [TOKAYEV, MIRZIYOYEV], "planned", "Astana"),
    ("en", "The meeting between Kassym-Jomart Tokayev and Shavkat Mirziyoyev will take place in Astana.",
     "meet", [TOKAYEV, MIRZIYOYEV], "planned", "Astana"),
    ("en", "The meeting between Kassym-Jomart Tokayev and Shavkat Mirziyoyev took place in Astana.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", "Astana"),
    ("tr", "Kasım-Jomart Tokayev ile Şevket Mirziyoyev'in görüşmesi Astana'da yapılacak.",
     "meet", [TOKAYEV, MIRZIYOYEV], "planned", None),
    ("kk", "Қасым-Жомарт Тоқаев пен Шавкат Мирзиёевтің кездесуі 20 қыркүйекте Астанада өтеді.",
     "meet", [TOKAYEV, MIRZIYOYEV], "planned", None),
    # a farewell at the airport; a joint press conference of two leaders; a meeting with its kind named
    ("en", "Kassym-Jomart Tokayev bid farewell to Shavkat Mirziyoyev.", "meet", [TOKAYEV, MIRZIYOYEV], "occurred",
     None),
    ("tt", "Рөстәм Миңнеханов Касыйм-Җомарт Токаевны озатып калды.", "meet", [MINNIKHANOV, TOKAYEV], "occurred",
     None),
    ("ru", "Касым-Жомарт Токаев провел двустороннюю встречу с Шавкатом Мирзиёевым.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    # a signing expected: planned
    ("en", "Kassym-Jomart Tokayev and Shavkat Mirziyoyev are expected to sign a roadmap.",
     "sign", [TOKAYEV, MIRZIYOYEV], "planned", None),
    ("tr", "Kasım-Jomart Tokayev ile Şevket Mirziyoyev'in yol haritası imzalaması bekleniyor.",
     "sign", [TOKAYEV, MIRZIYOYEV], "planned", None),
    ("ru", "Шавкат Мирзиёев проводил Касым-Жомарта Токаева в аэропорту Ташкента.",
     "meet", [MIRZIYOYEV, TOKAYEV], "occurred", "Tashkent"),
    ("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев провели совместную пресс-конференцию.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    ("en", "Kassym-Jomart Tokayev and Shavkat Mirziyoyev held a joint press conference.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    ("tr", "Kasım-Jomart Tokayev ve Şevket Mirziyoyev ortak basın toplantısı düzenledi.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    ("kk", "Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев бірлескен брифинг өткізді.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    # "was in a region" is a visit to it
    ("kk", "Садыр Жапаров жұмыс бабымен Түркістан облысында болды.", "visit", [JAPAROV], "occurred", "Turkistan Region"),
    # meet: past, future, participles and converbs
    ("ru", "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым в Ташкенте.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", "Tashkent"),
    ("ru", "Шавкат Мирзиёев встретится с Касым-Жомартом Токаевым в Астане.",
     "meet", [MIRZIYOYEV, TOKAYEV], "planned", "Astana"),
    ("ru", "Садыр Жапаров и Шавкат Мирзиёев встретятся в Бишкеке.",
     "meet", [JAPAROV, MIRZIYOYEV], "planned", "Bishkek"),
    ("ru", "Встретившись с Шавкатом Мирзиёевым, Садыр Жапаров отметил рост торговли.",
     "meet", [MIRZIYOYEV, JAPAROV], "occurred", None),
    ("ru", "Сергей Лавров провел переговоры с Реджепом Тайипом Эрдоганом в Анкаре.",
     "meet", [LAVROV, ERDOGAN], "occurred", "Ankara"),
    ("ru", "Олжас Бектенов принял в Астане Садыра Жапарова.",
     "meet", [BEKTENOV, JAPAROV], "occurred", "Astana"),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен Ташкентте келіссөз жүргізді.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", "Tashkent"),
    ("tr", "Recep Tayyip Erdoğan, Sadır Caparov ile Ankara'da müzakereler gerçekleştirdi.",
     "meet", [ERDOGAN, JAPAROV], "occurred", "Ankara"),
    ("tr", "Recep Tayyip Erdoğan, Şevket Mirziyoyev'i Ankara'da kabul etti.",
     "meet", [ERDOGAN, MIRZIYOYEV], "occurred", "Ankara"),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен Ташкентте кездесті.",
     "meet", [TOKAYEV, MIRZIYOYEV], "occurred", "Tashkent"),
    ("kk", "Қасым-Жомарт Тоқаев Садыр Жапаровпен кездеспек.",
     "meet", [TOKAYEV, JAPAROV], "planned", None),
    ("kk", "Шавкат Мирзиёев Қасым-Жомарт Тоқаевпен кездеседі.",
     "meet", [MIRZIYOYEV, TOKAYEV], "planned", None),
    ("kk", "Шавкат Мирзиёевпен кездескен Қасым-Жомарт Тоқаев екі елдің ынтымақтастығын атап өтті.",
     "meet", [MIRZIYOYEV, TOKAYEV], "occurred", None),
    ("kk", "Қасым-Жомарт Тоқаев Садыр Жапаровпен Бішкекте кездесіп, екіжақты байланыстарды талқылады.",
     "meet", [TOKAYEV, JAPAROV], "occurred", "Bishkek"),
    ("tr", "Recep Tayyip Erdoğan, Şevket Mirziyoyev ile Semerkant'ta görüştü.",
     "meet", [ERDOGAN, MIRZIYOYEV], "occurred", "Samarkand"),
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ile Ankara'da görüşecek.",
     "meet", [ERDOGAN, TOKAYEV], "planned", "Ankara"),
    ("tr", "Sadır Caparov, Şevket Mirziyoyev ile görüşmüştü.",
     "meet", [JAPAROV, MIRZIYOYEV], "occurred", None),
    ("tr", "Kasım-Jomart Tokayev ile görüşen Recep Tayyip Erdoğan, işbirliğinin önemine değindi.",
     "meet", [TOKAYEV, ERDOGAN], "occurred", None),
    ("tr", "Recep Tayyip Erdoğan ve İlham Aliyev Bakü'de bir araya geldi.",
     "meet", [ERDOGAN, ALIYEV], "occurred", "Baku"),
    ("tt", "Рөстәм Миңнеханов Реджеп Тайип Эрдоган белән Истанбулда очрашачак.",
     "meet", [MINNIKHANOV, ERDOGAN], "planned", "Istanbul"),
    ("en", "Sadyr Japarov will meet Shavkat Mirziyoyev in Bishkek.",
     "meet", [JAPAROV, MIRZIYOYEV], "planned", "Bishkek"),
    # visit (an arrival is the visit)
    ("ru", "Садыр Жапаров посетил Казань.", "visit", [JAPAROV], "occurred", "Kazan"),
    ("ru", "Реджеп Тайип Эрдоган посетит Астану в следующем месяце.", "visit", [ERDOGAN], "planned", "Astana"),
    ("ru", "Визит Садыра Жапарова в Астану запланирован на осень.", "visit", [JAPAROV], "planned", "Astana"),
    ("ru", "Ильхам Алиев прибыл в Астану 30 мая.", "visit", [ALIYEV], "occurred", "Astana"),
    ("kk", "Садыр Жапаров Астанаға сапармен келді.", "visit", [JAPAROV], "occurred", "Astana"),
    ("kk", "Реджеп Тайып Ердоған Астанаға сапармен келеді.", "visit", [ERDOGAN], "planned", "Astana"),
    ("kk", "Ильхам Әлиев Астанаға ұшып келді.", "visit", [ALIYEV], "occurred", "Astana"),
    # coming, going or setting off to a named place, done or to come
    ("kk", "Садыр Жапаров Ташкентке барады.", "visit", [JAPAROV], "planned", "Tashkent"),
    ("tt", "Рөстәм Миңнеханов Астанага килә.", "visit", [MINNIKHANOV], "planned", "Astana"),
    ("ru", "Ильхам Алиев прибудет в Астану 30 июня.", "visit", [ALIYEV], "planned", "Astana"),
    ("ru", "Ильхам Алиев вылетел в Ташкент.", "visit", [ALIYEV], "occurred", "Tashkent"),
    ("tr", "Recep Tayyip Erdoğan yarın Kazakistan'a gelecek.", "visit", [ERDOGAN], "planned", "Kazakhstan"),
    ("tr", "Sadır Caparov Ankara'yı ziyaret etti.", "visit", [JAPAROV], "occurred", "Ankara"),
    ("tr", "Recep Tayyip Erdoğan gelecek ay Astana'yı ziyaret edecek.", "visit", [ERDOGAN], "planned", "Astana"),
    ("en", "Recep Tayyip Erdogan visited Astana yesterday.", "visit", [ERDOGAN], "occurred", "Astana"),
    # congratulate
    ("ru", "Ильхам Алиев поздравил Садыра Жапарова с днем рождения.",
     "congratulate", [ALIYEV, JAPAROV], "occurred", None),
    ("kk", "Қасым-Жомарт Тоқаев Ильхам Әлиевті туған күнімен құттықтады.",
     "congratulate", [TOKAYEV, ALIYEV], "occurred", None),
    ("tr", "İlham Aliyev, Recep Tayyip Erdoğan'ı tebrik etti.",
     "congratulate", [ALIYEV, ERDOGAN], "occurred", None),
    # invite
    ("ru", "Рустам Минниханов пригласил Реджепа Тайипа Эрдогана в Казань.",
     "invite", [MINNIKHANOV, ERDOGAN], "occurred", "Kazan"),
    ("tr", "Recep Tayyip Erdoğan, İlham Aliyev'i Ankara'ya davet etti.",
     "invite", [ERDOGAN, ALIYEV], "occurred", "Ankara"),
    ("kk", "Қасым-Жомарт Тоқаев Ильхам Әлиевті Астанаға шақырды.",
     "invite", [TOKAYEV, ALIYEV], "occurred", "Astana"),
    # announce: only of a decision or of something to come
    ("ru", "Олжас Бектенов объявил, что правительство будет снижать налоги.",
     "announce", [BEKTENOV], "occurred", None),
    ("kk", "Олжас Бектенов үкімет жаңа бағдарлама қабылдайтынын мәлімдеді.",
     "announce", [BEKTENOV], "occurred", None),
    ("tr", "Recep Tayyip Erdoğan yeni bir yatırım fonu kurulacağını açıkladı.",
     "announce", [ERDOGAN], "occurred", None),
    # announce: a decision taken is an announcement in itself
    ("ru", "Олжас Бектенов принял решение закрыть старый рынок.", "announce", [BEKTENOV], "occurred", None),
    ("kk", "Олжас Бектенов жаңа бағдарлама туралы шешім қабылдады.", "announce", [BEKTENOV], "occurred", None),
    ("tr", "Recep Tayyip Erdoğan yeni bir liman kurma kararı aldı.", "announce", [ERDOGAN], "occurred", None),
    # announce: the person a street is named after is no actor
    ("ru", "Садыр Жапаров сообщил, что улица в Бишкеке будет названа в честь известного казахского поэта Абая "
     "Кунанбаева.", "announce", [JAPAROV], "occurred", "Bishkek"),
    ("kk", "Садыр Жапаров Бішкектегі бір көшеге ұлы ақын Абай Құнанбайұлының атына берілетінін мәлімдеді.",
     "announce", [JAPAROV], "occurred", "Bishkek"),
    ("tr", "Sadır Caparov, Bişkek'te bir caddeye büyük şair Abay Kunanbayev'in ismini verme kararını açıkladı.",
     "announce", [JAPAROV], "occurred", "Bishkek"),
    # intend
    ("ru", "Шавкат Мирзиёев намерен принять участие в саммите.", "intend", [MIRZIYOYEV], "intended", None),
    ("tr", "Sadır Caparov zirveye katılmayı planlıyor.", "intend", [JAPAROV], "intended", None),
    # intend: an expectation of another person's action is that person's intention
    ("kk", "Қасым-Жомарт Тоқаев келесі айда Астанада өтетін саммитке Садыр Жапаровтың қатысатынына сенім білдірді.",
     "intend", [JAPAROV], "intended", "Astana"),
    ("ru", "Касым-Жомарт Токаев выразил уверенность, что Садыр Жапаров примет участие в саммите в Астане.",
     "intend", [JAPAROV], "intended", "Astana"),
    ("tr", "Kasım-Jomart Tokayev, Sadır Caparov'un zirveye katılacağını umduğunu söyledi.",
     "intend", [JAPAROV], "intended", None),
    # sign / agree
    ("ru", "Садыр Жапаров и Шавкат Мирзиёев подписали соглашение о границе.",
     "sign", [JAPAROV, MIRZIYOYEV], "occurred", None),
    ("kk", "Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев келісімге қол қойды.",
     "sign", [TOKAYEV, MIRZIYOYEV], "occurred", None),
    ("tr", "Recep Tayyip Erdoğan ve İlham Aliyev enerji anlaşmasını imzaladı.",
     "sign", [ERDOGAN, ALIYEV], "occurred", None),
    ("tr", "Şevket Mirziyoyev ve Sadır Caparov sınır anlaşmasını imzalayacak.",
     "sign", [MIRZIYOYEV, JAPAROV], "planned", None),
    ("ru", "Сергей Лавров и Реджеп Тайип Эрдоган договорились о новых рейсах.",
     "agree", [LAVROV, ERDOGAN], "occurred", None),
    # thank
    ("kk", "Қасым-Жомарт Тоқаев Сергей Лавровқа алғыс айтты.", "thank", [TOKAYEV, LAVROV], "occurred", None),
    ("tr", "Recep Tayyip Erdoğan, Şevket Mirziyoyev'e teşekkür etti.",
     "thank", [ERDOGAN, MIRZIYOYEV], "occurred", None),
    ("ru", "Садыр Жапаров поблагодарил Шавката Мирзиёева за гостеприимство.",
     "thank", [JAPAROV, MIRZIYOYEV], "occurred", None),
    # talks, where neither a call nor a meeting is reported: the meeting
    ("ru", "Ильхам Алиев и Шавкат Мирзиёев обсудили транспортные коридоры.",
     "meet", [ALIYEV, MIRZIYOYEV], "occurred", None),
    ("kk", "Қасым-Жомарт Тоқаев пен Садыр Жапаров су мәселесін талқылады.",
     "meet", [TOKAYEV, JAPAROV], "occurred", None),
    ("tr", "Recep Tayyip Erdoğan ve Kasım-Jomart Tokayev ticareti ele aldı.",
     "meet", [ERDOGAN, TOKAYEV], "occurred", None),
    # appoint
    ("ru", "Касым-Жомарт Токаев назначил Олжаса Бектенова премьер-министром.",
     "appoint", [TOKAYEV, BEKTENOV], "occurred", None),
    # meet: a passive reception, a welcome with a ceremony
    ("tr", "Sadır Caparov, Semerkant'ta Şevket Mirziyoyev tarafından kabul edildi.",
     "meet", [JAPAROV, MIRZIYOYEV], "occurred", "Samarkand"),
    ("tr", "Recep Tayyip Erdoğan, İlham Aliyev'i resmi törenle karşıladı.",
     "meet", [ERDOGAN, ALIYEV], "occurred", None),
    # discuss: a telephone conversation is talks, not a meeting
    ("tr", "Recep Tayyip Erdoğan, İlham Aliyev ile telefonda görüştü.",
     "discuss", [ERDOGAN, ALIYEV], "occurred", None),
    ("ru", "Садыр Жапаров провел телефонный разговор с Ильхамом Алиевым.",
     "discuss", [JAPAROV, ALIYEV], "occurred", None),
    ("kk", "Қасым-Жомарт Тоқаев Ильхам Әлиевпен телефон арқылы сөйлесті.",
     "discuss", [TOKAYEV, ALIYEV], "occurred", None),
    # intend: a target stated as a figure; the speaker's "we intend" in quoted speech
    ("tr", "Şevket Mirziyoyev, ticaret hacminde hedefin 2 milyar dolar olduğunu söyledi.",
     "intend", [MIRZIYOYEV], "intended", None),
    ("kk", "– Тауар айналымын 3 млрд долларға жеткізуге ниеттіміз, – деді Садыр Жапаров.",
     "intend", [JAPAROV], "intended", None),
    # staying at a named place ("Астанада жүрген", "Bakü'de bulunan"): the visit of the one staying there
    ("kk", "Бішкекте жүрген Түркия басшысы Режеп Тайып Ердоған осылай деп мәлімдеді.",
     "visit", [ERDOGAN], "occurred", "Bishkek"),
    ("tr", "Bişkek'te bulunan Recep Tayyip Erdoğan açıklama yaptı.",
     "visit", [ERDOGAN], "occurred", "Bishkek"),
]  # fmt: skip


def _reports(text: str, language: str, published: str | None = PUBLISHED) -> tuple[list[EventReport], dict]:
    corpus = make_corpus(make_document(text, language, published))
    by_id = {e.entity_id: e for e in corpus.entities}
    context = build_context(
        corpus.documents[0], corpus.sentences, corpus.mentions, by_id, _knowledge_holder()
    )
    return detect_reports(context), by_id


@pytest.mark.parametrize(("language", "sentence", "event_type", "actors", "status", "place"), CASES)
def test_detect(
    language: str, sentence: str, event_type: str, actors: list[str], status: str, place: str | None
) -> None:
    reports, entities = _reports(sentence, language)
    assert len(reports) == 1
    report = reports[0]
    assert report.type == event_type
    assert [a.entity_id for a in report.actors] == actors
    assert [a.role for a in report.actors] == ["agent"] + ["recipient"] * (len(actors) - 1)
    assert report.status == status
    assert (entities[report.place_id].name if report.place_id else None) == place
    assert report.evidence.text == sentence and report.evidence.trigger in sentence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Погода в Астане остается теплой."),
        ("ru", "В Казани прошла выставка цветов."),
        ("ru", "Касым-Жомарт Токаев объявил благодарность спасателям."),
        ("kk", "Астанада күн жылы болады."),
        ("kk", "Бішкекте жаңбыр жауды."),
        ("tr", "Ankara'da hava güneşli olacak."),
        ("tr", "Recep Tayyip Erdoğan, bugün yağmur yağdığını açıkladı."),
        # reaching a figure is no arrival
        ("tr", "Sadır Caparov, ihracatın 900 milyon dolara ulaştığını belirtti."),
        ("en", "Prices in Astana rose again."),
        # holding something, not seeing someone off
        ("ru", "Шавкат Мирзиёев проводил реформы вместе с Касым-Жомартом Токаевым."),
        ("ru", "Касым-Жомарт Токаев проводил совещание в аэропорту Астаны."),
    ],
)
def test_no_event(language: str, sentence: str) -> None:
    """Sentences that state no event of the vocabulary, or an announcement of no decision, give no report."""
    assert _reports(sentence, language)[0] == []


@pytest.mark.parametrize(
    ("language", "sentence", "published", "date", "status"),
    [
        ("ru", "Шавкат Мирзиёев встретится с Касым-Жомартом Токаевым в Астане 10 июня.", "2024-06-01",
         "2024-06-10", "planned"),
        ("ru", "Ильхам Алиев прибыл в Астану 30 мая.", "2024-06-01", "2024-05-30", "occurred"),
        ("tr", "İlham Aliyev dün Ankara'ya geldi.", "2024-06-01", "2024-05-31", "occurred"),
        ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен 2024 жылғы 12 қыркүйекте кездеседі.", "2024-06-01",
         "2024-09-12", "planned"),
    ],
)  # fmt: skip
def test_dated_report(language: str, sentence: str, published: str, date: str, status: str) -> None:
    """A date in the sentence dates the report; a date after publication makes a schedulable event planned."""
    reports, _ = _reports(sentence, language, published)
    assert [(r.date, r.date_source, r.status) for r in reports] == [(date, "text", status)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Садыр Жапаров пригласил Шавката Мирзиёева посетить Кыргызстан в следующем году."),
        ("tr", "Recep Tayyip Erdoğan, Sadır Caparov'u gelecek yıl Türkiye'yi ziyaret etmeye davet etti."),
    ],
)
def test_what_happened_is_not_dated_after_publication(language: str, sentence: str) -> None:
    """The date after publication is that of the visit invited to, not of the invitation: the invitation, with
    no day of its own, is dated by the month of its reporting lag."""
    reports, _ = _reports(sentence, language, "2024-06-01")
    invitations = [r for r in reports if r.type == "invite"]
    assert [(r.status, r.date, r.date_source) for r in invitations] == [
        ("occurred", "2024-05", "publication")
    ]


@given(
    picks=st.lists(st.sampled_from([(c[0], c[1]) for c in CASES if c[0] == "ru"]), min_size=1, max_size=4),
    padding=st.sampled_from(["", " ", "  "]),
)
@settings(max_examples=15)
def test_evidence_points_at_its_sentence(picks: list[tuple[str, str]], padding: str) -> None:
    """In a document of several lines, every event's evidence is the sentence its offsets point at."""
    text = "\n".join(padding + sentence for _, sentence in picks)
    corpus = make_corpus(make_document(text, "ru", PUBLISHED))
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    sentences = {s.index: s for s in corpus.sentences}
    assert events
    for event in events:
        for evidence in event.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
            sentence = sentences[evidence.sentence_index]
            assert (sentence.start, sentence.end, sentence.text) == (
                evidence.start,
                evidence.end,
                evidence.text,
            )
            assert evidence.trigger in evidence.text


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # An office noun before a Kazakh place is not its title ("Мемлекет басшысы Бішкекке").
        ("kk", "Мемлекет басшысы Бішкекке сапармен барды.\nҚасым-Жомарт Тоқаев – Қазақстан Президенті.", "Bishkek"),
        # The country inside "the capital of Kazakhstan" is part of the phrase naming the capital.
        ("ru", "В столице Казахстана Ильхам Алиев встретился с Садыром Жапаровым.\nСадыр Жапаров впервые посетил "
         "Астану.", "Astana"),
        # A genitive country right before a place qualifies it: the place is the second.
        ("tr", "İlham Aliyev, Özbekistanın Semerkant şehrini ziyaret etti.", "Samarkand"),
        # The country of a foreign minister's title is not where the talks are.
        ("kk", "Шавкат Мирзиёев Мәскеуге барып, Ресей Сыртқы істер министрі Сергей Лавровпен кездесті.", "Moscow"),
        # The city before the country the sentence also names on the trigger's side.
        ("ru", "Садыр Жапаров встретился с первым заместителем Премьер-министра Республики Казахстан Романом "
         "Скляром в Астане.", "Astana"),
        ("en", "Sadyr Japarov met Roman Sklyar, First Deputy Prime Minister of the Republic of Kazakhstan, in "
         "Astana.", "Astana"),
        # A country alone on the trigger's side is the place, before a city on the other.
        ("en", "Before coming to Tashkent, Ilham Aliyev made an official visit to France.", "France"),
        # a place in the locative before a title is where, not whose president
        ("tr", "Kasım-Jomart Tokayev, Özbekistan’da Cumhurbaşkanı Şevket Mirziyoyev ile bir araya geldi.", "Uzbekistan"),
        # the place a stay's words open is where the one staying is, whatever the sentence before names
        ("tr", "Ankara, Kazakistan'ı destekliyor. Astana'da bulunan Türkiye Cumhurbaşkanı Recep Tayyip Erdoğan, "
         "Rusya'ya çağrıda bulundu.", "Astana"),
    ],
)  # fmt: skip
def test_place_beside_titles_and_phrases(language: str, text: str, place: str) -> None:
    reports, entities = _reports(text, language)
    assert reports and reports[0].place_id in entities
    assert entities[reports[0].place_id].name == place


def test_sentence_language_by_its_letters() -> None:
    """A short Kazakh sentence the language stage took for Russian is read as Kazakh: its letters say so."""
    document, sentences = make_document("Қасым-Жомарт Тоқаев Садыр Жапаровпен кездесті.", "kk", PUBLISHED)
    sentences = [s.model_copy(update={"language": "ru"}) for s in sentences]
    corpus = make_corpus((document, sentences))
    by_id = {e.entity_id: e for e in corpus.entities}
    context = build_context(
        corpus.documents[0], corpus.sentences, corpus.mentions, by_id, _knowledge_holder()
    )
    reports = detect_reports(context)
    assert [r.type for r in reports] == ["meet"]
    assert reports[0].actors[0].entity_id == TOKAYEV


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        # a neighbouring country's office names its holder, not Kazakhstan's president
        ("ru", "Шавкат Мирзиёев прибыл в Астану.\nПрезидент Узбекистана поблагодарил Сергея Лаврова за поддержку.",
         [MIRZIYOYEV, LAVROV]),
        ("kk", "Садыр Жапаров Астанаға келді.\nҚырғызстан Президенті Ильхам Әлиевке алғыс айтты.", [JAPAROV, ALIYEV]),
        # a title with the name of one who held it beside it is that person's, not today's holder's
        ("ru", "Министр иностранных дел Казахстана Мухтар Тлеуберди провел переговоры с Сергеем Лавровым.",
         ["person/mukhtar-tileuberdi", LAVROV]),
        # an office after "olarak" is the role someone is appointed to, not a reference to its holder
        ("tr", "Recep Tayyip Erdoğan, İlham Aliyevi Dışişleri Bakanı olarak atadı.", [ERDOGAN, ALIYEV]),
        # no day dates an article that never names today's holder: the title is the one it names beside it
        ("ru", "Президент Казахстана Нурсултан Назарбаев прибыл в Казань.\nПрезидент Казахстана поблагодарил "
         "Рустама Минниханова.", ["person/nursultan-nazarbayev", MINNIKHANOV]),
        ("kk", "Қазақстан Президенті Нұрсұлтан Назарбаев Қазанға келді.\nҚазақстан Президенті Рустам Миңнихановқа "
         "алғыс айтты.", ["person/nursultan-nazarbayev", MINNIKHANOV]),
        # the republic's name in the izafet before the office
        ("kk", "Рустам Миңнихановқа алғыс айтты.\nСадыр Жапаров Қазанда Татарстан Республикасы Раисымен кездесті.",
         [JAPAROV, MINNIKHANOV]),
        # ... unless it names today's holder too
        ("ru", "Президент Казахстана Нурсултан Назарбаев прибыл в Казань.\nКасым-Жомарт Токаев выступил.\nПрезидент "
         "Казахстана поблагодарил Рустама Минниханова.", [TOKAYEV, MINNIKHANOV]),
        # a foreign minister named by office in English
        ("en", "Sergey Lavrov arrived in Astana.\nThe Russian Foreign Minister expressed gratitude to President "
         "Tokayev for the conference.", [LAVROV, TOKAYEV]),
        ("en", "Kassym-Jomart Tokayev received Hakan Fidan in Astana.\nTokayev thanked Türkiye's Foreign Minister for "
         "the visit.", [TOKAYEV, "person/hakan-fidan"]),
        # a title opening the sentence, which the recogniser takes for a name ("The Head", "The Rais"): its holder
        ("en", "Kassym-Jomart Tokayev spoke.\nThe Head of State received Shavkat Mirziyoyev.", [TOKAYEV, MIRZIYOYEV]),
        ("en", "Rustam Minnikhanov spoke.\nThe Rais of Tatarstan met Kassym-Jomart Tokayev.", [MINNIKHANOV, TOKAYEV]),
        # Tatar spelling of Kazakhstan in the office's title
        ("tt", "Касыйм-Җомарт Токаев сөйләде.\nРөстәм Миңнеханов Казакъстан Президенты белән очрашты.",
         [MINNIKHANOV, TOKAYEV]),
    ],
)  # fmt: skip
def test_office_titles_name_their_holders(language: str, text: str, actors: list[str]) -> None:
    reports, _ = _reports(text, language, None)
    assert [a.entity_id for a in reports[-1].actors] == actors


def test_a_title_refers_to_no_one_the_dataset_does_not_name() -> None:
    """A holder never named in any document has no entity: the title alone makes no actor of them."""
    reports, _ = _reports("Мемлекет басшысы Бішкекке сапармен барды.", "kk")
    assert reports == []


def test_the_two_ministers_are_the_pair_just_named() -> None:
    text = (
        "Садыр Жапаров Астанаға келді. Ильхам Әлиев те келді. Садыр Жапаров Шавкат Мирзиёевпен кездесті.\n"
        "Recep Tayyip Erdoğan, Sadır Caparov ile bir araya geldi.\nİki lider anlaşmayı imzaladı."
    )
    reports, _ = _reports(text, "tr")
    assert [a.entity_id for a in reports[-1].actors] == [ERDOGAN, JAPAROV]


def test_a_telephone_conversation_is_what_the_talks_refer_to() -> None:
    text = (
        "Recep Tayyip Erdoğan, İlham Aliyev ile telefonda görüştü.\nErdoğan, Aliyev'e başarılar diledi.\n"
        "Görüşmede enerji projeleri ele alındı."
    )
    reports, _ = _reports(text, "tr")
    assert [r.type for r in reports] == ["discuss", "discuss"]


@pytest.mark.parametrize(
    ("language", "sentence", "events"),
    [
        # thanks beside an invitation are part of it; the invitation is the event
        ("ru", "Садыр Жапаров поблагодарил Шавката Мирзиёева за гостеприимство и пригласил его в Бишкек.",
         [("invite", [JAPAROV, MIRZIYOYEV])]),
        # a visit and the meeting held there, each in a clause of its own; the visit's actor is its clause's
        ("ru", "Вчера он посетил Ташкент, где встретился с Шавкатом Мирзиёевым.",
         [("meet", [MIRZIYOYEV, JAPAROV]), ("visit", [JAPAROV])]),
        ("tr", "Recep Tayyip Erdoğan, İlham Aliyevi tebrik etti ve Ankaraya davet etti.",
         [("congratulate", [ERDOGAN, ALIYEV]), ("invite", [ERDOGAN, ALIYEV])]),
        # the visit one is invited to is the invitation's content, not an event of its own
        ("kk", "Садыр Жапаров Ильхам Әлиевті Бішкекке сапармен келуге шақырды.", [("invite", [JAPAROV, ALIYEV])]),
    ],
)  # fmt: skip
def test_a_sentence_may_state_several_events(language: str, sentence: str, events: list) -> None:
    text = "Садыр Жапаров прибыл в Узбекистан.\n" + sentence if sentence.startswith("Вчера") else sentence
    reports, _ = _reports(text, language)
    got = [(r.type, [a.entity_id for a in r.actors]) for r in reports if sentence in r.evidence.text]
    assert got == events


@pytest.mark.parametrize(
    ("language", "sentence", "places"),
    [
        ("en", "Ilham Aliyev made official visits to Russia and France.", {"Russia", "France"}),
        ("ru", "Ильхам Алиев посетил Ташкент и Бишкек.", {"Tashkent", "Bishkek"}),
        ("tr", "İlham Aliyev Taşkent ve Bişkek'i ziyaret etti.", {"Tashkent", "Bishkek"}),
        ("kk", "Ильхам Әлиев Ташкент пен Бішкекке сапармен барды.", {"Tashkent", "Bishkek"}),
        # one destination: one visit
        ("ru", "Ильхам Алиев посетил Ташкент, где встретился с Шавкатом Мирзиёевым.", {"Tashkent"}),
    ],
)  # fmt: skip
def test_a_visit_to_each_coordinated_place(language: str, sentence: str, places: set[str]) -> None:
    reports, entities = _reports(sentence, language)
    visits = [r for r in reports if r.type == "visit"]
    assert all([a.entity_id for a in r.actors] == [ALIYEV] for r in visits)
    assert sorted(entities[r.place_id].name for r in visits if r.place_id) == sorted(places)


def test_an_invitation_names_inviter_and_invitee_only() -> None:
    sentence = "Садыр Жапаров передал Ильхаму Алиеву приветствие Шавката Мирзиёева и пригласил его в Бишкек."
    reports, _ = _reports(sentence, "ru")
    invites = [r for r in reports if r.type == "invite"]
    assert invites and all(len(r.actors) <= 2 for r in invites)
