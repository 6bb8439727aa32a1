"""Stated figures: value with its magnitude word applied, unit, qualifier and the period they refer to, from
own sentences in kk, ru, tr (and tt, en)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.events.figures import parse_number
from flows.events.stage import extract_figures
from tests.conftest import make_document

PUBLISHED = "2024-06-01"

# (language, sentence, surface, value, unit, qualifier, period)
CASES = [
    ("ru", "Товарооборот Казахстана и Узбекистана в 2023 году составил около 4,5 млрд долларов.",
     "около 4,5 млрд долларов", 4.5e9, "USD", "about", "2023"),
    ("ru", "По итогам первого полугодия 2024 года инвестиции выросли более чем на 12%.",
     "более чем на 12%", 12, "percent", "more_than", "2024-H1"),
    ("ru", "В прошлом году Россия поставила свыше 300 тыс. тонн зерна.",
     "свыше 300 тыс. тонн", 300_000, "t", "more_than", "2023"),
    ("ru", "На строительство моста выделено до 15 млрд рублей.",
     "до 15 млрд рублей", 15e9, "RUB", "up_to", None),
    ("ru", "Бюджет проекта составит 250 млн тенге.", "250 млн тенге", 250e6, "KZT", None, None),
    ("ru", "Цены на муку снизились почти на 3 процента.", "почти на 3 процента", 3, "percent", "about", None),
    ("ru", "В мае 2024 года 15 тонн груза доставили в Актау.", "15 тонн", 15, "t", None, "2024-05"),
    ("ru", "В форуме участвовали 1 200 студентов.", "1 200 студентов", 1200, "people", None, None),
    ("kk", "Былтыр екі ел арасындағы тауар айналымы 3,2 млрд долларға жетті.",
     "3,2 млрд долларға", 3.2e9, "USD", None, "2023"),
    ("kk", "2023 жылы экспорт 7 пайызға өсті.", "7 пайызға", 7, "percent", None, "2023"),
    ("kk", "Форумға 500-ден астам адам қатысты.", "500-ден астам адам", 500, "people", "more_than", None),
    ("kk", "Жобаға 40 мың тонна астық жіберілді.", "40 мың тонна", 40_000, "t", None, None),
    ("kk", "Зауыттың құны шамамен 120 млрд теңге.", "шамамен 120 млрд теңге", 120e9, "KZT", "about", None),
    ("kk", "2024 жылдың бірінші жартысында инвестиция 5 млрд долларға жетті.",
     "5 млрд долларға", 5e9, "USD", None, "2024-H1"),
    ("tr", "İki ülke arasındaki ticaret hacmi geçen yıl 5 milyar doları aştı.",
     "5 milyar doları", 5e9, "USD", None, "2023"),
    ("tr", "2023 yılında ihracat yüzde 8 arttı.", "yüzde 8", 8, "percent", None, "2023"),
    ("tr", "Enflasyon %8 seviyesine geriledi.", "%8", 8, "percent", None, None),
    ("tr", "Yatırım tutarı yaklaşık 200 milyon dolar olacak.",
     "yaklaşık 200 milyon dolar", 200e6, "USD", "about", None),
    ("tr", "Zirveye 3 binden fazla kişi katıldı.", "3 binden fazla kişi", 3000, "people", "more_than", None),
    ("tr", "2024 yılının ilk yarısında 1,2 milyar TL yatırım yapıldı.",
     "1,2 milyar TL", 1.2e9, "TRY", None, "2024-H1"),
    ("tt", "Татарстан 2023 елда 40 мең тонна ашлык җибәрде.", "40 мең тонна", 40_000, "t", None, "2023"),
    ("en", "Trade reached about $2.5 billion last year.",
     "about $2.5 billion", 2.5e9, "USD", "about", "2023"),
    # numbers in words, compounds and the noun counted
    ("ru", "Визит министра рассчитан на три дня.", "три дня", 3, "days", None, None),
    ("ru", "Делегация провела в Казани трёхдневный визит.", "трёхдневный", 3, "days", None, None),
    ("ru", "В области работают четыре завода.", "четыре завода", 4, "завода", None, None),
    ("ru", "Самолёт приземлился спустя шесть часов.", "шесть часов", 6, "hours", None, None),
    ("kk", "Көрмеге 120 компания қатысты.", "120 компания", 120, "компания", None, None),
    ("kk", "Жоба үш жылда аяқталады.", "үш жылда", 3, "years", None, None),
    ("tr", "Fuarda dört pavyon açıldı.", "dört pavyon", 4, "pavyon", None, None),
    ("tr", "Bakan şehre beş kez geldi.", "beş kez", 5, "times", None, None),
    ("tt", "Министр Казанга өч тапкыр килде.", "өч тапкыр", 3, "times", None, None),
    ("tt", "Күргәзмәдә 40 ил катнаша.", "40 ил", 40, "ил", None, None),
    ("en", "The ministers signed three agreements.", "three agreements", 3, "agreements", None, None),
    ("en", "The three-day forum opened in Almaty.", "three-day", 3, "days", None, None),
    ("en", "The park covers 120 hectares.", "120 hectares", 120, "ha", None, None),
    ("en", "The new road is 45 km long.", "45 km", 45, "km", None, None),
    ("en", "More than 30 countries took part.", "More than 30 countries", 30, "countries", "more_than", None),
    # ranges: the upper end, up to
    ("tt", "Ел ахырына кадәр 2-3 мәртәбә килермен.", "2-3 мәртәбә", 3, "times", "up_to", None),
    ("en", "He expects two or three visits a year.", "two or three visits", 3, "visits", "up_to", None),
    ("ru", "Сезон продлится 5–7 месяцев.", "5–7 месяцев", 7, "months", "up_to", None),
    ("tr", "Enflasyon yüzde 10 ile 15 arasında olacak.",
     "yüzde 10 ile 15 arasında", 15, "percent", "up_to", None),
    ("ru", "Рост составит от 10 до 15 процентов.", "10 до 15 процентов", 15, "percent", "up_to", None),
    ("en", "Growth will be between 10 and 15 percent.",
     "between 10 and 15 percent", 15, "percent", "up_to", None),
    ("en", "Prices rose 10 to 15 percent.", "10 to 15 percent", 15, "percent", "up_to", None),
    ("kk", "Өсім 10-15 пайыз болады.", "10-15 пайыз", 15, "percent", "up_to", None),
    # abbreviations, codes and signs of a currency, glued magnitudes, "twofold"
    ("ru", "Объем инвестиций составил 1,2 млрд долл. США.", "1,2 млрд долл. США", 1.2e9, "USD", None, None),
    ("ru", "Бюджет составил 40 млрд тг.", "40 млрд тг", 40e9, "KZT", None, None),
    ("en", "The deal is worth USD 500 million.", "USD 500 million", 500e6, "USD", None, None),
    ("en", "The company invested KZT 50 billion.", "KZT 50 billion", 50e9, "KZT", None, None),
    ("en", "Investment reached 760 million US dollars.", "760 million US dollars", 760e6, "USD", None, None),
    ("en", "The fund totals $3bn.", "$3bn", 3e9, "USD", None, None),
    ("ru", "Выделено 5млн тенге.", "5млн тенге", 5e6, "KZT", None, None),
    ("en", "Trade increased by 20 per cent.", "20 per cent", 20, "percent", None, None),
    ("tr", "Yatırımlar 500 milyon avroya ulaştı.", "500 milyon avroya", 500e6, "EUR", None, None),
    ("kk", "Тауар айналымы екі есе өсті.", "екі есе", 2, "times", None, None),
    ("kk", "Экспорт көлемі 1,5 есеге өсті.", "1,5 есеге", 1.5, "times", None, None),
    ("tr", "Ticaret hacmi iki kat arttı.", "iki kat", 2, "times", None, None),
    ("tr", "Bina 10 katlı olacak.", "10 katlı", 10, "katlı", None, None),
    # a number of times a word states with no number
    ("ru", "Товарооборот вырос вдвое.", "вдвое", 2, "times", None, None),
    ("ru", "За год экспорт вырос втрое.", "втрое", 3, "times", None, None),
    ("en", "Trade grew twofold.", "twofold", 2, "times", None, None),
    ("en", "Trade doubled in 2023.", "doubled", 2, "times", None, "2023"),
    ("tr", "Ticaret hacmi iki katına çıktı.", "iki katına", 2, "times", None, None),
    ("tr", "İhracat ikiye katlandı.", "ikiye katlandı", 2, "times", None, None),
    # a number of several magnitudes is one figure
    ("tr", "Ticaret hacmi 3 milyar 200 milyon dolar oldu.",
     "3 milyar 200 milyon dolar", 3.2e9, "USD", None, None),
    ("ru", "Выставку посетили около 2 млн 300 тыс. человек.",
     "около 2 млн 300 тыс. человек", 2.3e6, "people", "about", None),
    ("kk", "Форумға 5 мың 200 адам қатысты.", "5 мың 200 адам", 5200, "people", None, None),
    # thousands grouped by a repeated mark; units a language abbreviates
    ("ru", "Стоимость – 1.200.000 тенге.", "1.200.000 тенге", 1.2e6, "KZT", None, None),
    ("en", "The cost is 1,200,000 tenge.", "1,200,000 tenge", 1.2e6, "KZT", None, None),
    ("ru", "Казахстан экспортировал 8,5 млн т зерна.", "8,5 млн т", 8.5e6, "t", None, None),
    ("tt", "Товар әйләнеше 760 миллион АКШ доллары тәшкил итте.",
     "760 миллион АКШ доллары", 760e6, "USD", None, None),
    ("tt", "Товар әйләнеше 1,2 миллиард сумнан артты.", "1,2 миллиард сумнан", 1.2e9, "RUB", None, None),
    # tens and hundreds in words; a whole word before a stem it starts with
    ("ru", "В форуме приняли участие пятьсот студентов.", "пятьсот студентов", 500, "people", None, None),
    ("ru", "Около пятидесяти предприятий работают в регионе.",
     "Около пятидесяти предприятий", 50, "предприятий", "about", None),
    ("kk", "Форумға елу компания қатысты.", "елу компания", 50, "компания", None, None),
    ("tr", "Elli öğrenci burs aldı.", "Elli öğrenci", 50, "people", None, None),
    ("tt", "Форумда илле компания катнашты.", "илле компания", 50, "компания", None, None),
    ("en", "Forty students received grants.", "Forty students", 40, "people", None, None),
    ("ru", "Делегация провела в Казани пятидневный визит.", "пятидневный", 5, "days", None, None),
    # a number of several words is one, its magnitude and the words after it too
    ("kk", "Форумға бес жүз адам қатысты.", "бес жүз адам", 500, "people", None, None),
    ("kk", "Жобаға екі мың бес жүз адам қатысты.", "екі мың бес жүз адам", 2500, "people", None, None),
    ("kk", "Көрмеге жиырма бес компания қатысты.", "жиырма бес компания", 25, "компания", None, None),
    ("tt", "Форумда биш йөз кеше катнашты.", "биш йөз кеше", 500, "people", None, None),
    ("ru", "В форуме участвовали две тысячи пятьсот человек.",
     "две тысячи пятьсот человек", 2500, "people", None, None),
    ("tr", "Foruma iki bin beş yüz kişi katıldı.", "iki bin beş yüz kişi", 2500, "people", None, None),
    ("en", "Two thousand five hundred people attended.",
     "Two thousand five hundred people", 2500, "people", None, None),
    ("en", "Five hundred people attended.", "Five hundred people", 500, "people", None, None),
    # one and a half
    ("ru", "Объем инвестиций превысил полтора миллиарда долларов.",
     "полтора миллиарда долларов", 1.5e9, "USD", None, None),
    ("ru", "В форуме участвовали около полутора тысяч человек.",
     "около полутора тысяч человек", 1500, "people", "about", None),
    ("kk", "Инвестиция бір жарым миллиард долларға жетті.", "бір жарым миллиард долларға", 1.5e9, "USD", None, None),
    ("tr", "Yatırım bir buçuk milyar dolara ulaştı.", "bir buçuk milyar dolara", 1.5e9, "USD", None, None),
    # units a language writes its own way
    ("tr", "Ticaret hacmi 760 milyon ABD doları oldu.", "760 milyon ABD doları", 760e6, "USD", None, None),
    ("en", "About 2 million tons of grain were exported.", "About 2 million tons", 2e6, "t", "about", None),
    ("kk", "Биылғы 9 айда экспорт өсті.", "9 айда", 9, "months", None, None),
    # qualifiers with an article or after the number
    ("kk", "Жоба аясында 500-ге жуық жұмыс орны ашылады.", "500-ге жуық жұмыс", 500, "жұмыс", "about", None),
    ("tr", "İhracat yüzde 20'ye yakın arttı.", "yüzde 20'ye yakın", 20, "percent", "about", None),
    ("tt", "Товар әйләнеше ике тапкырга диярлек артты.", "ике тапкырга диярлек", 2, "times", "about", None),
    ("tr", "Kazakistan'da 100'den fazla Türk şirketi çalışıyor.",
     "100'den fazla Türk şirketi", 100, "şirketi", "more_than", None),
    # an adjective before the noun counted describes it: the noun is the unit
    ("kk", "Қазақстанда 100-ден астам түрік компаниясы жұмыс істейді.",
     "100-ден астам түрік компаниясы", 100, "компаниясы", "more_than", None),
    ("ru", "В Казахстане работают более 100 казахстанских компаний.",
     "более 100 казахстанских компаний", 100, "компаний", "more_than", None),
    ("en", "More than 100 Turkish companies work in Kazakhstan.",
     "More than 100 Turkish companies", 100, "companies", "more_than", None),
    ("ru", "В регионе открылись 3 новых завода.", "3 новых завода", 3, "завода", None, None),
    ("ru", "На форум приехали 20 казахстанских.", "20 казахстанских", 20, "казахстанских", None, None),
    ("tt", "Татарстанда 50дән артык предприятие эшли.", "50дән артык", 50, None, "more_than", None),
    ("en", "More than a thousand students took part.",
     "More than a thousand students", 1000, "people", "more_than", None),
    ("en", "Some 2,000 people attended.", "Some 2,000 people", 2000, "people", "about", None),
    ("tr", "İhracat yüzde 20'nin üzerinde arttı.", "yüzde 20'nin üzerinde", 20, "percent", "more_than", None),
    ("tr", "Kapasite 500 kişiye kadar çıkacak.", "500 kişiye kadar", 500, "people", "up_to", None),
    # the period named after the figure, or a one-word half-year
    ("ru", "Рост ВВП составил 4,8% по итогам 2023 года.", "4,8%", 4.8, "percent", None, "2023"),
    ("en", "Trade reached $1.2 billion in 2023.", "$1.2 billion", 1.2e9, "USD", None, "2023"),
    ("kk", "2024 жылдың алғашқы жартыжылдығында экспорт 15 пайызға артты.",
     "15 пайызға", 15, "percent", None, "2024-H1"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "surface", "value", "unit", "qualifier", "period"), CASES)
def test_figure(
    language: str,
    sentence: str,
    surface: str,
    value: float,
    unit: str | None,
    qualifier: str | None,
    period: str | None,
) -> None:
    document, sentences = make_document(sentence, language, PUBLISHED)
    figures = extract_figures([document], sentences)
    assert [(f.surface, f.value, f.unit, f.qualifier, f.period) for f in figures] == [
        (surface, pytest.approx(value), unit, qualifier, period)
    ]
    figure = figures[0]
    assert document.text[figure.start : figure.end] == figure.surface
    assert figure.sentence_index == 0 and figure.doc_id == document.doc_id


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Мирзиёев прибыл в Астану 5 марта 2024 года."),
        ("kk", "Тоқаев 2024 жылғы 12 қыркүйекте Бакуге барды."),
        ("tr", "Erdoğan 3 Ekim 2024'te Astana'ya geldi."),
        ("ru", "Это уже 3-я встреча лидеров."),
        # years, times, ranks, indexes, phones, counters and the parties of a relation
        ("en", "Established in 1992, the forum meets every autumn."),
        ("ru", "Встреча началась в 10:30 по местному времени."),
        ("kk", "Форумның 2-ші күні басталды."),
        ("tr", "Türk Devletleri Teşkilatı 10. Zirvesi Astana'da toplandı."),
        ("en", "Turkey marks the 100th anniversary of the republic."),
        ("ru", "Справки по телефону +7 (727) 244-55-66 круглосуточно."),
        ("en", "371 views Politics"),
        ("ru", "Материал опубликован 5 минут назад."),
        ("ru", "Главы двух стран обсудили торговлю."),
        ("ru", "Сотрудничество двух регионов растёт."),
        ("kk", "Екі ел басшылары келіссөз жүргізді."),
        ("tr", "İki lider baş başa görüştü."),
        ("en", "The two leaders met in Shymkent."),
        ("en", "They met on 3 for the second time."),
        ("ru", "Встреча пройдет 3 ноября в Астане."),
        ("ru", "Визит запланирован на 15–16 ноября."),
        ("tr", "Fuar 10 ile 15 Mart arasında yapılacak."),
        ("tr", "İki ülke arasında ticaret arttı."),
        ("en", "The fair runs between 10 and 15 March."),
        ("ru", "Выставка пройдёт с 10 до 15 марта."),
        ("en", "He visited Astana in 2023 and 2024."),
        ("ru", "Проект рассчитан на 2025–2027 годы."),
        # a metre glued to the digits is no million; "over a" before a number counts no article
        ("en", "The road is 5m wide."),
        ("en", "The works went on over a 2024 summer."),
        # a qualifier's word after a number in words is no count of it
        ("tr", "İki yakın ülke işbirliğini ele aldı."),
        # a word of times is a whole word; a double that states no number of times is none
        ("ru", "Они вдвоём прилетели в Астану."),
        ("en", "The treaty on double taxation was signed."),
    ],
)
def test_no_figure(language: str, sentence: str) -> None:
    """Dates, years, ranks, indexes, phones, counters and bare numbers are not figures."""
    document, sentences = make_document(sentence, language, PUBLISHED)
    assert extract_figures([document], sentences) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("4,5", "ru", 4.5),
        ("1 200", "kk", 1200),
        ("1.200", "tr", 1200),
        ("1,200", "en", 1200),
        ("2.5", "en", 2.5),
        ("12\u00a0500,75", "ru", 12500.75),
        ("1.200.000", "ru", 1_200_000),
        ("1.200.000,5", "tr", 1_200_000.5),
        ("1,200,000", "en", 1_200_000),
        ("1,200,000", "ru", 1_200_000),
        ("1.200", "tr", 1200),
    ],
)
def test_parse_number(text: str, language: str, value: float) -> None:
    assert parse_number(text, language) == pytest.approx(value)


@given(
    picks=st.lists(st.sampled_from([(c[0], c[1]) for c in CASES if c[0] == "ru"]), min_size=1, max_size=5),
)
def test_figures_point_into_the_text(picks: list[tuple[str, str]]) -> None:
    """In a document of several lines, each figure's offsets point at its surface in its own sentence."""
    document, sentences = make_document("\n".join(s for _, s in picks), "ru", PUBLISHED)
    figures = extract_figures([document], sentences)
    assert len(figures) == len(picks)
    for figure in figures:
        sentence = sentences[figure.sentence_index]
        assert sentence.start <= figure.start < figure.end <= sentence.end
        assert document.text[figure.start : figure.end] == figure.surface


@given(
    number=st.integers(min_value=1_000_000, max_value=10**12),
    language=st.sampled_from(["kk", "ru", "tr", "tt", "en"]),
    mark=st.sampled_from([" ", ".", ","]),
)
def test_thousands_grouped_by_a_repeated_mark_read_whole(number: int, language: str, mark: str) -> None:
    """Two or more groups of three digits, split by one mark, are one whole number in any language."""
    assert parse_number(f"{number:,}".replace(",", mark), language) == number
