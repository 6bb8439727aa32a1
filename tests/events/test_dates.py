"""Date expressions in kk, ru, tr (and a few tt, en) resolved against a publication date to an EDTF value, its
precision and the first and last day it can mean."""

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.events.dates import Reference, document_reference, find_dates, governs
from flows.events.quotes import quoted_speech
from flows.events.report import planned_days
from flows.events.stage import extract_events
from flows.lang_pack import by_language
from models.events import Event
from tests.conftest import make_document
from tests.events.conftest import make_corpus

# (language, sentence, published, surface, EDTF value, precision, first day, last day)
CASES = [
    # Explicit full dates in each language's formats.
    ("ru", "Шавкат Мирзиёев прибыл в Москву 5 марта 2024 года.", "2024-03-06",
     "5 марта 2024 года", "2024-03-05", "day", "2024-03-05", "2024-03-05"),
    ("ru", "Соглашение о транзите подписали 05.03.2024 в Бишкеке.", "2024-03-07",
     "05.03.2024", "2024-03-05", "day", "2024-03-05", "2024-03-05"),
    ("kk", "Садыр Жапаров 2024 жылғы 5 наурызда Астанаға келді.", "2024-03-06",
     "2024 жылғы 5 наурызда", "2024-03-05", "day", "2024-03-05", "2024-03-05"),
    ("kk", "Меморандум 2023 жылдың 17 қарашасында жасалды.", "2024-02-01",
     "2023 жылдың 17 қарашасында", "2023-11-17", "day", "2023-11-17", "2023-11-17"),
    ("tr", "Erdoğan 5 Mart 2024 tarihinde Bakü'ye gitti.", "2024-03-06",
     "5 Mart 2024", "2024-03-05", "day", "2024-03-05", "2024-03-05"),
    ("tr", "Toplantı 20.11.2023 tarihinde yapıldı.", "2023-11-21",
     "20.11.2023", "2023-11-20", "day", "2023-11-20", "2023-11-20"),
    ("tt", "Килешүгә 2024 елның 5 мартында кул куелды.", "2024-03-06",
     "2024 елның 5 мартында", "2024-03-05", "day", "2024-03-05", "2024-03-05"),
    ("en", "The ministers met in Astana on March 5, 2024.", "2024-03-06",
     "March 5, 2024", "2024-03-05", "day", "2024-03-05", "2024-03-05"),
    # No year: the year that puts the day nearest the publication date, across a year boundary too.
    ("ru", "Переговоры в Анкаре прошли 28 декабря.", "2025-01-03",
     "28 декабря", "2024-12-28", "day", "2024-12-28", "2024-12-28"),
    ("ru", "Саммит в Ашхабаде намечен на 2 января.", "2024-12-29",
     "2 января", "2025-01-02", "day", "2025-01-02", "2025-01-02"),
    ("kk", "Үкімет отырысы 28 желтоқсанда өтті.", "2025-01-03",
     "28 желтоқсанда", "2024-12-28", "day", "2024-12-28", "2024-12-28"),
    ("kk", "Делегация 1-ші наурызда Ташкентке барды.", "2024-03-04",
     "1-ші наурызда", "2024-03-01", "day", "2024-03-01", "2024-03-01"),
    ("tr", "Heyet 14 Şubat'ta Astana'ya ulaştı.", "2024-03-01",
     "14 Şubat", "2024-02-14", "day", "2024-02-14", "2024-02-14"),
    ("ru", "Протокол согласовали 29 февраля.", "2024-03-05",
     "29 февраля", "2024-02-29", "day", "2024-02-29", "2024-02-29"),
    # Months.
    ("ru", "Инвестиционный форум пройдет в октябре.", "2024-06-01",
     "октябре", "2024-10", "month", "2024-10-01", "2024-10-31"),
    ("ru", "Завод запустили в октябре 2023 года.", "2024-06-01",
     "октябре 2023 года", "2023-10", "month", "2023-10-01", "2023-10-31"),
    ("kk", "Тоқаев қыркүйек айында Бакуге барады.", "2024-06-01",
     "қыркүйек айында", "2024-09", "month", "2024-09-01", "2024-09-30"),
    ("kk", "Көрме қазан айында ашылады.", "2024-06-01",
     "қазан айында", "2024-10", "month", "2024-10-01", "2024-10-31"),
    ("tr", "Zirve Ekim ayında yapılacak.", "2024-06-01",
     "Ekim ayında", "2024-10", "month", "2024-10-01", "2024-10-31"),
    ("tr", "Fabrika Eylül 2022'de kuruldu.", "2024-06-01",
     "Eylül 2022", "2022-09", "month", "2022-09-01", "2022-09-30"),
    # Relative months and years.
    ("ru", "Делегация побывала в Анкаре в сентябре прошлого года.", "2024-06-01",
     "сентябре прошлого года", "2023-09", "month", "2023-09-01", "2023-09-30"),
    ("ru", "Лавров говорил об этом в прошлом месяце.", "2024-01-10",
     "в прошлом месяце", "2023-12", "month", "2023-12-01", "2023-12-31"),
    ("ru", "Мирзиёев приедет в Астану в следующем месяце.", "2024-12-10",
     "в следующем месяце", "2025-01", "month", "2025-01-01", "2025-01-31"),
    ("kk", "Өткен айда астық экспорты өсті.", "2024-01-10",
     "Өткен айда", "2023-12", "month", "2023-12-01", "2023-12-31"),
    ("tr", "Bakanlar geçen ay Semerkant'ta buluştu.", "2024-03-15",
     "geçen ay", "2024-02", "month", "2024-02-01", "2024-02-29"),
    ("tr", "Anlaşma bu ayın 15'inde imzalanacak.", "2024-03-02",
     "bu ayın 15", "2024-03-15", "day", "2024-03-15", "2024-03-15"),
    ("ru", "Товарооборот упал в 2021 году.", "2024-06-01",
     "2021 году", "2021", "year", "2021-01-01", "2021-12-31"),
    ("kk", "Зауыт 2021 жылы ашылды.", "2024-06-01",
     "2021 жылы", "2021", "year", "2021-01-01", "2021-12-31"),
    ("kk", "Келесі жылы саммит Алматыда өтеді.", "2024-06-01",
     "Келесі жылы", "2025", "year", "2025-01-01", "2025-12-31"),
    ("tr", "Geçen yıl ticaret hacmi arttı.", "2024-06-20",
     "Geçen yıl", "2023", "year", "2023-01-01", "2023-12-31"),
    ("tr", "Bu yıl yeni bir havalimanı açılacak.", "2024-06-20",
     "Bu yıl", "2024", "year", "2024-01-01", "2024-12-31"),
    ("en", "Trade between the two countries grew last year.", "2024-06-20",
     "last year", "2023", "year", "2023-01-01", "2023-12-31"),
    # Seasons.
    ("kk", "Биыл күзде Түркістанда форум өтеді.", "2024-06-01",
     "Биыл күзде", "2024-23", "season", "2024-09-01", "2024-11-30"),
    ("kk", "Былтыр жазда Ақтауда көрме болды.", "2024-06-01",
     "Былтыр жазда", "2023-22", "season", "2023-06-01", "2023-08-31"),
    ("ru", "Этой осенью откроется новый терминал.", "2024-06-01",
     "Этой осенью", "2024-23", "season", "2024-09-01", "2024-11-30"),
    ("ru", "Визит запланирован на осень.", "2024-06-01",
     "осень", "2024-23", "season", "2024-09-01", "2024-11-30"),
    ("ru", "Зимой поставки газа выросли.", "2024-01-15",
     "Зимой", "2023-24", "season", "2023-12-01", "2024-02-29"),
    ("tr", "Anlaşma geçen yıl sonbaharda imzalandı.", "2024-06-01",
     "geçen yıl sonbaharda", "2023-23", "season", "2023-09-01", "2023-11-30"),
    ("tt", "Быел көзен Казанда форум узачак.", "2024-06-01",
     "Быел көзен", "2024-23", "season", "2024-09-01", "2024-11-30"),
    # Days relative to the publication date, and spans of "recently".
    ("ru", "Вчера Эрдоган провел телефонный разговор с Алиевым.", "2024-03-01",
     "Вчера", "2024-02-29", "day", "2024-02-29", "2024-02-29"),
    ("kk", "Кеше Тоқаев үкімет отырысын өткізді.", "2024-03-01",
     "Кеше", "2024-02-29", "day", "2024-02-29", "2024-02-29"),
    ("tr", "Dün Ankara'da bir tören düzenlendi.", "2024-01-01",
     "Dün", "2023-12-31", "day", "2023-12-31", "2023-12-31"),
    ("tt", "Миңнеханов кичә кунакларны кабул итте.", "2024-05-01",
     "кичә", "2024-04-30", "day", "2024-04-30", "2024-04-30"),
    ("en", "Erdogan flew to Baku yesterday.", "2024-01-01",
     "yesterday", "2023-12-31", "day", "2023-12-31", "2023-12-31"),
    ("ru", "Министры созванивались на днях.", "2024-06-20",
     "на днях", "2024-06", "month", "2024-06-13", "2024-06-20"),
    ("kk", "Жақында ғана министр Ташкентке барды.", "2024-06-20",
     "Жақында ғана", "2024-06", "month", "2024-06-06", "2024-06-20"),
    ("tr", "Geçen hafta iki bakan telefonda görüştü.", "2024-01-03",
     "Geçen hafta", "2023-12", "month", "2023-12-27", "2024-01-03"),
    # A year without its word, after a preposition and ending the clause.
    ("en", "His last state visit to Uzbekistan was seven years ago, in 2017.", "2024-05-02",
     "2017", "2017", "year", "2017-01-01", "2017-12-31"),
    ("ru", "Впервые министр побывал в Анкаре в 2019, ещё заместителем.", "2024-05-02",
     "2019", "2019", "year", "2019-01-01", "2019-12-31"),
    # "накануне" alone is the day before; "накануне визита" is no date (below)
    ("ru", "Накануне Шавкат Мирзиёев прибыл в Москву.", "2024-03-06",
     "Накануне", "2024-03-05", "day", "2024-03-05", "2024-03-05"),
    # A date right before a name that looks like a month ("Kasım-Jomart", "Мамыр"): the date is the words
    # before it, the name is no month.
    ("tr", "Geçen ay Kasım-Jomart Tokayev Ankara'yı ziyaret etti.", "2025-03-12",
     "Geçen ay", "2025-02", "month", "2025-02-01", "2025-02-28"),
    ("tr", "Erdoğan pazartesi günü Kasım-Jomart Tokayev ile telefonda görüştü.", "2025-03-12",
     "pazartesi günü", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("tr", "Geçen yıl Kasım-Jomart Tokayev Ankara'yı ziyaret etti.", "2025-03-12",
     "Geçen yıl", "2024", "year", "2024-01-01", "2024-12-31"),
    ("kk", "Тоқаев былтыр күзде Қазанға барды.", "2025-03-12",
     "былтыр күзде", "2024-23", "season", "2024-09-01", "2024-11-30"),
    ("kk", "Тоқаев былтыр Қазанға барды.", "2025-03-12",
     "былтыр", "2024", "year", "2024-01-01", "2024-12-31"),
    # A span of days is dated by its first day, in every language's way of writing one.
    ("ru", "Государственный визит пройдёт 10–11 марта.", "2025-03-01",
     "10–11 марта", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("ru", "Переговоры прошли 10 и 11 марта в Бишкеке.", "2025-03-12",
     "10 и 11 марта", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("kk", "Министрлер 10 және 11 наурызда Бішкекте кездесті.", "2025-03-12",
     "10 және 11 наурызда", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("tr", "Bakanlar 10-11 Mart tarihlerinde Bişkek'te görüştü.", "2025-03-12",
     "10-11 Mart", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("en", "The ministers met in Bishkek on March 10-11, 2025.", "2025-03-12",
     "March 10-11, 2025", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    # The day past the month's word in the genitive ("наурыз айының 10-ы"), the day "of" its month.
    ("kk", "Министрлер наурыз айының 10-ы күні Бішкекте кездесті.", "2025-03-12",
     "наурыз айының 10", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("tr", "Bakanlar Mart ayının 10'unda Bişkek'te görüştü.", "2025-03-12",
     "Mart ayının 10", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("en", "The ministers met in Bishkek on the 10th of March.", "2025-03-12",
     "10th of March", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    # ... not a number after the month's word in another case
    ("kk", "Наурыз айында Бішкекке 15 тонна жүк жіберілді.", "2025-03-12",
     "Наурыз айында", "2025-03", "month", "2025-03-01", "2025-03-31"),
    ("tr", "Mart ayında 15'ten fazla anlaşma imzalandı.", "2025-03-12",
     "Mart ayında", "2025-03", "month", "2025-03-01", "2025-03-31"),
    # A weekday with "last" before it is the same last such day; "минувший" is "прошлый".
    ("ru", "В минувшую пятницу министры встретились в Бишкеке.", "2025-03-12",
     "В минувшую пятницу", "2025-03-07", "day", "2025-03-07", "2025-03-07"),
    ("ru", "В прошлый вторник министры встретились в Бишкеке.", "2025-03-12",
     "В прошлый вторник", "2025-03-11", "day", "2025-03-11", "2025-03-11"),
    ("tr", "Bakanlar geçtiğimiz cuma Bişkek'te görüştü.", "2025-03-12",
     "geçtiğimiz cuma", "2025-03-07", "day", "2025-03-07", "2025-03-07"),
    ("kk", "Министрлер өткен жұмада Бішкекте кездесті.", "2025-03-12",
     "өткен жұмада", "2025-03-07", "day", "2025-03-07", "2025-03-07"),
    ("tt", "Министрлар узган җомгада Бишкекта очраштылар.", "2025-03-12",
     "узган җомгада", "2025-03-07", "day", "2025-03-07", "2025-03-07"),
    ("ru", "Минувшей осенью министры встретились в Бишкеке.", "2025-03-12",
     "Минувшей осенью", "2024-23", "season", "2024-09-01", "2024-11-30"),
    ("ru", "В минувшем году министры встретились в Бишкеке.", "2025-03-12",
     "В минувшем году", "2024", "year", "2024-01-01", "2024-12-31"),
    ("ru", "В минувшем месяце министры встретились в Бишкеке.", "2025-03-12",
     "В минувшем месяце", "2025-02", "month", "2025-02-01", "2025-02-28"),
    ("tr", "Bakanlar geçtiğimiz hafta Bişkek'te görüştü.", "2025-03-12",
     "geçtiğimiz hafta", "2025-03", "month", "2025-03-05", "2025-03-12"),
    ("tr", "Bakanlar bu sabah Bişkek'te görüştü.", "2025-03-12",
     "bu sabah", "2025-03-12", "day", "2025-03-12", "2025-03-12"),
    # A season with the possessive of the year before it ("өткен жылдың күзінде").
    ("kk", "Министрлер өткен жылдың күзінде Бішкекте кездесті.", "2025-03-12",
     "өткен жылдың күзінде", "2024-23", "season", "2024-09-01", "2024-11-30"),
    ("tt", "Министрлар узган елның көзендә Бишкекта очраштылар.", "2025-03-12",
     "узган елның көзендә", "2024-23", "season", "2024-09-01", "2024-11-30"),
    # The start, middle or end of a month is that month.
    ("ru", "В начале марта министры встретились в Бишкеке.", "2025-04-12",
     "марта", "2025-03", "month", "2025-03-01", "2025-03-31"),
    ("ru", "В конце мая министры встретятся в Бишкеке.", "2025-04-12",
     "мая", "2025-05", "month", "2025-05-01", "2025-05-31"),
    # ... while the month written as one, or with its apostrophe, is still the month
    ("kk", "Тоқаев былтыр қазанда Бакуге барды.", "2025-03-12",
     "былтыр қазанда", "2024-10", "month", "2024-10-01", "2024-10-31"),
    ("tr", "Erdoğan geçen yıl Kasım'da Astana'ya geldi.", "2025-03-12",
     "geçen yıl Kasım", "2024-11", "month", "2024-11-01", "2024-11-30"),
    # A weekday of the week before, written on that weekday (2025-03-12 is a Wednesday), is a week back ...
    ("ru", "В прошлую среду министры встретились в Бишкеке.", "2025-03-12",
     "В прошлую среду", "2025-03-05", "day", "2025-03-05", "2025-03-05"),
    ("en", "The ministers met in Bishkek last Wednesday.", "2025-03-12",
     "last Wednesday", "2025-03-05", "day", "2025-03-05", "2025-03-05"),
    ("tr", "Bakanlar geçen çarşamba Bişkek'te görüştü.", "2025-03-12",
     "geçen çarşamba", "2025-03-05", "day", "2025-03-05", "2025-03-05"),
    ("kk", "Министрлер өткен сәрсенбіде Бішкекте кездесті.", "2025-03-12",
     "өткен сәрсенбіде", "2025-03-05", "day", "2025-03-05", "2025-03-05"),
    ("tt", "Министрлар узган чәршәмбедә Бишкекта очраштылар.", "2025-03-12",
     "узган чәршәмбедә", "2025-03-05", "day", "2025-03-05", "2025-03-05"),
    ("ru", "В прошлую пятницу министры встретились в Бишкеке.", "2025-03-12",
     "В прошлую пятницу", "2025-03-07", "day", "2025-03-07", "2025-03-07"),
    # ... while a weekday alone is this week's, today on that weekday
    ("ru", "В среду министры встретились в Бишкеке.", "2025-03-12",
     "В среду", "2025-03-12", "day", "2025-03-12", "2025-03-12"),
    ("en", "The ministers met in Bishkek on Wednesday.", "2025-03-12",
     "on Wednesday", "2025-03-12", "day", "2025-03-12", "2025-03-12"),
    # An abbreviated month keeps its dot, before or after the day.
    ("en", "The ministers met in Bishkek on Mar. 10 to sign the deal.", "2025-03-12",
     "Mar. 10", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("en", "The ministers met in Bishkek on Sept. 5, 2024.", "2025-03-12",
     "Sept. 5, 2024", "2024-09-05", "day", "2024-09-05", "2024-09-05"),
    ("en", "The ministers met on 10 Feb. in Bishkek.", "2025-03-12",
     "10 Feb.", "2025-02-10", "day", "2025-02-10", "2025-02-10"),
    # A Turkish year in a case past its apostrophe is a year as with its word.
    ("tr", "İhracat 2024'te yüzde 10 arttı.", "2025-03-12",
     "2024'te", "2024", "year", "2024-01-01", "2024-12-31"),
    ("tr", "İhracat 2023'ten bu yana iki kat arttı.", "2025-03-12",
     "2023'ten", "2023", "year", "2023-01-01", "2023-12-31"),
    ("tr", "İhracat 2025’in ilk yarısında arttı.", "2025-09-12",
     "2025’in", "2025", "year", "2025-01-01", "2025-12-31"),
    ("tr", "Hedef 2030'a kadar ihracatı ikiye katlamak.", "2025-03-12",
     "2030'a", "2030", "year", "2030-01-01", "2030-12-31"),
    # A span of months is a period from the first month's first day to the last month's last, valued as its
    # first month; without a year, the last such span whose last month has begun by the publication day.
    ("ru", "За январь–сентябрь экспорт вырос на 10%.", "2025-10-12",
     "январь–сентябрь", "2025-01", "month", "2025-01-01", "2025-09-30"),
    ("kk", "Қаңтар-маусым айларында экспорт 10%-ға өсті.", "2025-03-12",
     "Қаңтар-маусым айларында", "2024-01", "month", "2024-01-01", "2024-06-30"),
    ("en", "In January-September 2024 exports grew by 10%.", "2025-03-12",
     "January-September 2024", "2024-01", "month", "2024-01-01", "2024-09-30"),
    ("tr", "Ocak-Eylül döneminde ihracat yüzde 10 arttı.", "2025-03-12",
     "Ocak-Eylül", "2024-01", "month", "2024-01-01", "2024-09-30"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a span of years is the period a plan covers, not a date
        ("ru", "Министры подписали план консультаций на 2024–2025 годы."),
        ("tr", "Bakanlar 2025-2026 dönemi için istişare planını imzaladı."),
        ("kk", "Министрлер 2024-2025 жылдарға арналған жоспарға қол қойды."),
        ("ru", "Накануне визита министры провели консультации."),
        # a number before a word counts what the word names
        ("ru", "Колонна остановилась в 1900 километрах от Бишкека."),
        ("en", "The plant in 2015 tonnes of output was a record."),
        # a month word after a noun that is no word of time names no date
        ("ru", "В конце концов министры встретились в Бишкеке."),
        ("kk", "Жұма мешітінде намаз оқылды."),
        ("tr", "Cuma namazı Hacı Bayram Camii'nde kılındı."),
        # numbers joined as a span that no month follows count things
        ("ru", "Подписано 5 и 10 соглашений."),
        ("en", "Exports grew by 10-15 percent."),
        # a count in the ablative is no year; a word that starts as an abbreviated month is no month
        ("tr", "Foruma 2000'den fazla kişi katıldı."),
        ("en", "In markets abroad, exports grew."),
        ("en", "The decision was made in Decatur."),
    ],
)
def test_no_date(language: str, sentence: str) -> None:
    assert find_dates(sentence, language, Reference(date(2024, 4, 4), "day")) == []


@pytest.mark.parametrize(
    ("language", "sentence", "published", "surface", "value", "precision", "first", "last"), CASES
)
def test_date_expression(
    language: str,
    sentence: str,
    published: str,
    surface: str,
    value: str,
    precision: str,
    first: str,
    last: str,
) -> None:
    found = find_dates(sentence, language, Reference(date.fromisoformat(published), "day"))
    assert [(d.surface, d.value, d.precision, d.first_day, d.last_day) for d in found] == [
        (surface, value, precision, first, last)
    ]
    assert sentence[found[0].start : found[0].end] == surface


@pytest.mark.parametrize(
    ("language", "sentence", "relative"),
    [
        ("ru", "Соглашение подписали 12 ноября 2025 года.", False),
        ("kk", "Бұл 2020 жылдың 9 мамыр күні болды.", False),
        ("tr", "Anlaşma 11 Şubat 2022'de imzalandı.", False),
        ("ru", "Переговоры прошли 28 декабря.", True),
        ("ru", "Министры созванивались на днях.", True),
        ("tr", "Dün Ankara'da bir tören düzenlendi.", True),
        ("kk", "Биыл күзде форум өтеді.", True),
    ],
)
def test_relative_dates_need_a_reference(language: str, sentence: str, relative: bool) -> None:
    """Without a reference date only expressions that state their year are resolved, and marked absolute."""
    found = find_dates(sentence, language, None)
    assert bool(found) != relative
    assert all(not d.relative for d in found)
    with_reference = find_dates(sentence, language, Reference(date(2025, 1, 3), "day"))
    assert len(with_reference) == 1 and with_reference[0].relative == relative


@pytest.mark.parametrize(
    ("language", "sentence", "year"),
    [
        ("en", "His last state visit to Uzbekistan was seven years ago, in 2017.", "2017"),
        ("ru", "Впервые министр побывал в Анкаре в 2019, ещё заместителем.", "2019"),
    ],
)
def test_a_year_without_its_word_needs_no_publication_day(language: str, sentence: str, year: str) -> None:
    """A year is a date whatever the article's date: in an article of unknown date it is what tells the event
    it recalls from the one it reports (the merge keeps them apart)."""
    for reference in (None, Reference(date(2024, 7, 1), "year"), Reference(date(2024, 7, 1), "day")):
        assert [(d.value, d.precision) for d in find_dates(sentence, language, reference)] == [(year, "year")]


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        (
            "Товарооборот вырос в 2019 году. 9 мая 2019 года прошел парад. Встреча состоялась 31 января.",
            "ru",
            2019,
        ),
        (
            "2021 жылы зауыт ашылды. 2021 жылғы 5 наурызда келісім жасалды. 2018 жылы жоба басталды.",
            "kk",
            2021,
        ),
        ("Geçen yıl ticaret arttı.", "tr", None),
        # A year named alone is what the text looks back or ahead to, not the article's year.
        ("По переписи 2009 года в стране живут 200 тысяч татар. Встреча прошла 3 октября.", "ru", None),
        ("2030 жылға дейінгі бағдарлама қабылданды. Кездесу 5 наурызда өтті.", "kk", None),
        ("2030 yılına kadar ticaret hedefi belirlendi. 2021 yılı 4 Mart'ta anlaşma imzalandı.", "tr", 2021),
    ],
)
def test_document_reference_without_publication(text: str, language: str, year: int | None) -> None:
    """An undated document's relative dates resolve against the year its explicit dates name most often."""
    reference = document_reference(None, text, language)
    if year is None:
        assert reference is None
    else:
        assert reference == Reference(date(year, 7, 1), "year")


RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]  # fmt: skip
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]  # fmt: skip
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
             "Kasım", "Aralık"]  # fmt: skip
FORMATS = [
    ("ru", lambda d: f"Договор подписан {d.day} {RU_MONTHS[d.month - 1]} {d.year} года в столице."),
    ("kk", lambda d: f"Келісім {d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]} күні жасалды."),
    ("tr", lambda d: f"Anlaşma {d.day} {TR_MONTHS[d.month - 1]} {d.year} tarihinde imzalandı."),
    ("ru", lambda d: f"Документ от {d.day:02d}.{d.month:02d}.{d.year} вступил в силу."),
    ("en", lambda d: f"The deal was signed on {d.isoformat()} in Baku."),
]
DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))


@given(day=DAYS, form=st.sampled_from(FORMATS), published=DAYS)
def test_explicit_dates_resolve_to_themselves(day: date, form, published: date) -> None:
    """A full date in any of the languages' formats is that day, whatever the publication date."""
    language, write = form
    found = find_dates(write(day), language, Reference(published, "day"))
    assert [(d.value, d.precision, d.first_day, d.last_day, d.relative) for d in found] == [
        (day.isoformat(), "day", day.isoformat(), day.isoformat(), False)
    ]


@given(published=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)), data=st.data())
def test_day_without_year_is_nearest_the_publication(published: date, data: st.DataObject) -> None:
    """A day and month with no year resolve to the occurrence within half a year of the publication date."""
    month = data.draw(st.integers(1, 12))
    day = data.draw(st.integers(1, 28 if month == 2 else calendar.monthrange(2001, month)[1]))
    found = find_dates(f"Переговоры прошли {day} {RU_MONTHS[month - 1]}.", "ru", Reference(published, "day"))
    assert len(found) == 1
    resolved = date.fromisoformat(found[0].value)
    assert (resolved.month, resolved.day) == (month, day)
    assert abs((resolved - published).days) <= 184


def _relative_words() -> list[tuple[str, str]]:
    tables = {
        language: [words.relative_years, words.relative_months, words.relative_days, words.recent]
        for language, words in by_language(lambda p: p.dates).items()
    }
    examples = {
        "ru": ["в прошлом году", "в этом году", "в следующем году", "в прошлом месяце", "в этом месяце",
               "в следующем месяце", "вчера", "позавчера", "сегодня", "завтра", "на днях", "недавно",
               "этой осенью", "прошлой зимой", "в сентябре прошлого года", "весной", "зимой", "летом"],
        "kk": ["биыл", "былтыр", "келесі жылы", "өткен айда", "келесі айда", "кеше", "бүгін", "ертең",
               "жақында", "таяуда", "биыл күзде", "былтыр жазда", "қыста", "көктемде"],
        "tr": ["geçen yıl", "bu yıl", "gelecek yıl", "geçen ay", "bu ay", "önümüzdeki ay", "dün", "bugün",
               "yarın", "geçenlerde", "geçen hafta", "kışın", "bu yıl sonbaharda"],
        "tt": ["быел", "узган айда", "кичә", "иртәгә", "быел көзен"],
        "en": ["last year", "next month", "yesterday", "tomorrow", "recently", "last winter", "this spring"],
    }  # fmt: skip
    assert all(language in examples for language, found in tables.items() if any(found))
    return [(language, text) for language, texts in examples.items() for text in texts]


@given(published=DAYS, example=st.sampled_from(_relative_words()))
def test_relative_dates_are_well_formed(published: date, example: tuple[str, str]) -> None:
    """Every relative expression resolves, against any publication date, to a span that starts no later than
    it ends, holds the EDTF value's own span and lies within the years before, of and after the publication date."""
    language, text = example
    found = find_dates(text, language, Reference(published, "day"))
    assert len(found) == 1, (text, found)
    expression = found[0]
    first, last = date.fromisoformat(expression.first_day), date.fromisoformat(expression.last_day)
    assert expression.relative
    assert first <= last
    assert published.year - 1 <= first.year and last.year <= published.year + 1 + (
        expression.precision == "season"
    )
    value = expression.value
    if expression.precision == "day":
        assert first == last == date.fromisoformat(value)
    elif expression.precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        assert first <= _month_end(year, month) and date(year, month, 1) <= last
    elif expression.precision == "season":
        assert int(value[5:]) in (21, 22, 23, 24) and first.year == int(value[:4])
    else:
        assert expression.precision == "year" and (first, last) == (
            date(int(value), 1, 1),
            date(int(value), 12, 31),
        )


def _month_end(year: int, month: int) -> date:
    return date(year, month, 1) + timedelta(days=calendar.monthrange(year, month)[1] - 1)


def _events(text: str, language: str, published: str | None, doc_id: str = "a") -> list[Event]:
    corpus = make_corpus(make_document(text, language, published, doc_id))
    return extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # What is planned with no day stated: the month of publication.
        ("ru", "Эрдоган встретится с Токаевым в Астане.", ("meet", "planned", "2022-10", "month")),
        ("en", "Erdogan will meet Tokayev in Astana.", ("meet", "planned", "2022-10", "month")),
        ("tr", "Erdoğan, Astana'da Tokayev ile görüşecek.", ("meet", "planned", "2022-10", "month")),
        ("kk", "Ердоған Астанада Тоқаевпен кездеспек.", ("meet", "planned", "2022-10", "month")),
        # An intention has no set occasion: no date.
        ("ru", "Токаев намерен посетить предприятия Анкары.", ("intend", "intended", None, None)),
        ("en", "Tokayev intends to visit enterprises in Ankara.", ("intend", "intended", None, None)),
        # A speech act telling a plan: the date before the plan's words is the act's.
        (
            "en",
            "Kazakh Foreign Minister Mukhtar Tileuberdi said on Monday that 11 heads of state will attend the "
            "summit on 13 October.",
            ("announce", "occurred", "2022-10-10", "day"),
        ),
        (
            "en",
            "Kazakh Foreign Minister Mukhtar Tileuberdi said that the summit will be held on 13 October.",
            ("announce", "occurred", "2022-10", "month"),
        ),
        # A weekday of what is planned is the next such day from publication (a Wednesday: Thursday the 13th).
        ("en", "Erdogan will meet Tokayev in Astana on Thursday.", ("meet", "planned", "2022-10-13", "day")),
        ("ru", "Эрдоган встретится с Токаевым в Астане в четверг.", ("meet", "planned", "2022-10-13", "day")),
        (
            "tr",
            "Erdoğan, perşembe günü Astana'da Tokayev ile görüşecek.",
            ("meet", "planned", "2022-10-13", "day"),
        ),
        (
            "kk",
            "Ердоған бейсенбі күні Астанада Тоқаевпен кездеспек.",
            ("meet", "planned", "2022-10-13", "day"),
        ),
        # ... and of what happened, the last one up to it.
        ("en", "Erdogan met Tokayev in Astana on Thursday.", ("meet", "occurred", "2022-10-06", "day")),
        # A day without a year told in the past is not weeks after publication: last year's ...
        ("en", "Erdogan met Tokayev in Astana on 1 November.", ("meet", "occurred", "2021-11-01", "day")),
        ("ru", "1 ноября Эрдоган встретился с Токаевым в Астане.", ("meet", "occurred", "2021-11-01", "day")),
        ("kk", "Ердоған 1 қарашада Астанада Тоқаевпен кездесті.", ("meet", "occurred", "2021-11-01", "day")),
        (
            "tr",
            "Recep Tayyip Erdoğan 1 Kasım'da Astana'da Kasım-Jomart Tokayev ile görüştü.",
            ("meet", "occurred", "2021-11-01", "day"),
        ),
        # ... while told in the future, or days after publication (a date stamped early), it stays ahead.
        ("ru", "1 ноября Эрдоган встретится с Токаевым в Астане.", ("meet", "planned", "2022-11-01", "day")),
        ("kk", "Ердоған 1 қарашада Астанада Тоқаевпен кездеседі.", ("meet", "planned", "2022-11-01", "day")),
        (
            "ru",
            "14 октября Эрдоган встретился с Токаевым в Астане.",
            ("meet", "planned", "2022-10-14", "day"),
        ),
    ],
)
def test_what_is_planned_is_dated_by_its_occasion(
    language: str, text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert [(e.type, e.status, e.date, e.date_precision) for e in _events(text, language, "2022-10-12")] == [
        expected
    ]


MOSCOW = "place/geonames-524901"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A stage of the tour before the trip the article reports: only its year is known.
        ("en", "Kassym-Jomart Tokayev visited Moscow before coming to Tashkent.", ("2022", "year")),
        ("ru", "Перед приездом в Ташкент Касым-Жомарт Токаев посетил Москву.", ("2022", "year")),
        ("kk", "Қасым-Жомарт Тоқаев Ташкентке келмес бұрын Мәскеуге ресми сапармен барды.", ("2022", "year")),
        ("tr", "Kasım-Jomart Tokayev Taşkent'e gelmeden önce Moskova'yı ziyaret etti.", ("2022", "year")),
        # A visit the article reports: the reporting days' month.
        ("en", "Kassym-Jomart Tokayev visited Moscow.", ("2022-12", "month")),
        (
            "en",
            "Kassym-Jomart Tokayev visited Moscow; before coming to Tashkent, he rested.",
            ("2022-12", "month"),
        ),
    ],
)
def test_an_earlier_stage_of_the_tour_is_dated_by_its_year(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    visits = [e for e in _events(text, language, "2022-12-22") if e.type == "visit" and e.place_id == MOSCOW]
    assert [(e.date, e.date_precision) for e in visits] == [expected]


RU_MEETING = (
    "Президент Татарстана Рустам Минниханов сегодня, 3 октября, встретился с Нурсултаном Назарбаевым.\n"
    "Рустам Минниханов поблагодарил Нурсултана Назарбаева за поддержку татар."
)


@pytest.mark.parametrize(
    ("other", "language", "one_row"),
    [
        (
            "On October 3, Tatarstan President Rustam Minnikhanov met with Nursultan Nazarbayev.\n"
            "Rustam Minnikhanov thanked Nursultan Nazarbayev for the support of Tatars.",
            "en",
            True,
        ),
        (
            "3 Ekim'de Tataristan Cumhurbaşkanı Rüstem Minnihanov, Nursultan Nazarbayev ile görüştü.\n"
            "Rüstem Minnihanov, Nursultan Nazarbayev'e Tatarlara verdiği destek için teşekkür etti.",
            "tr",
            True,
        ),
        # Thanks at a meeting on another day are other thanks.
        (
            "On October 5, Tatarstan President Rustam Minnikhanov met with Nursultan Nazarbayev.\n"
            "Rustam Minnikhanov thanked Nursultan Nazarbayev for the support of Tatars.",
            "en",
            False,
        ),
    ],
)
def test_thanks_at_a_meeting_dated_without_a_year_carry_its_day(
    other: str, language: str, one_row: bool
) -> None:
    """Two undated articles each report thanks said at a meeting they date only by a day without a year: the
    thanks carry that day, which tells whether they are one event."""
    corpus = make_corpus(
        make_document(RU_MEETING, "ru", None, "a"), make_document(other, language, None, "b")
    )
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    thanks = [e for e in events if e.type == "thank"]
    assert [len(e.reported_in) for e in thanks] == ([2] if one_row else [1, 1])


@pytest.mark.parametrize(
    ("announced", "language", "published"),
    [
        ("Erdogan will meet Tokayev in Astana.", "en", "2022-05-28"),
        ("Эрдоган встретится с Токаевым в Астане.", "ru", "2022-05-28"),
        ("Erdoğan, Astana'da Tokayev ile görüşecek.", "tr", "2022-05-30"),
    ],
)
def test_an_announcement_joins_the_event_it_announces_next_month(
    announced: str, language: str, published: str
) -> None:
    """An event announced with no day is dated by the month of publication, yet may happen in the days after:
    the report of it taking place joins it, with its own day."""
    corpus = make_corpus(
        make_document(announced, language, published, "a"),
        make_document("Erdogan met Tokayev in Astana on 2 June.", "en", "2022-06-03", "b"),
    )
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    assert [(len(e.reported_in), e.date, e.date_precision) for e in events if e.type == "meet"] == [
        (2, "2022-06-02", "day")
    ]


@pytest.mark.parametrize(
    ("undated", "language", "expected"),
    [
        # "yesterday" counts from the day of writing: the article tells the arrival as news, in the story's month
        (
            "Kasım-Jomart Tokayev dün Taşkent'e geldi.\nŞevket Mirziyoyev, Kasım-Jomart Tokayev'e teşekkür etti.",
            "tr",
            [("2025-11", "month")],
        ),
        (
            "Вчера Касым-Жомарт Токаев прибыл в Ташкент.\nШавкат Мирзиёев поблагодарил Касым-Жомарта Токаева.",
            "ru",
            [("2025-11", "month")],
        ),
        # the day the other article dates the arrival, stated without a year, tells it as news too
        (
            "14 ноября Касым-Жомарт Токаев прибыл в Ташкент.\nШавкат Мирзиёев поблагодарил Касым-Жомарта Токаева.",
            "ru",
            [("2025-11", "month")],
        ),
        # a month stated without a year recalls the arrival: the article's own days are not known
        (
            "Kasım-Jomart Tokayev kasım ayında Taşkent'e geldi.\n"
            "Şevket Mirziyoyev, Kasım-Jomart Tokayev'e teşekkür etti.",
            "tr",
            [(None, None)],
        ),
    ],
)
def test_an_undated_article_telling_its_story_as_news_is_dated_by_it(
    undated: str, language: str, expected: list[tuple[str | None, str | None]]
) -> None:
    """An article with no publication date tells an arrival another article dates: with words counting from
    the day of writing ("yesterday"), what only it reports is dated by the month of that arrival."""
    corpus = make_corpus(
        make_document(
            "Kassym-Jomart Tokayev arrived in Tashkent on a state visit on 14 November.",
            "en",
            "2025-11-15",
            "a",
        ),
        make_document(undated, language, None, "b"),
    )
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    assert [(e.date, e.date_precision) for e in events if e.type == "thank"] == expected


@pytest.mark.parametrize(
    ("undated", "language"),
    [
        (
            "On 27 November, Vladimir Putin arrived in Astana.\nThe sky was clear.\nThe plane landed in the afternoon."
            "\nAt the airport, Kassym-Jomart Tokayev met Vladimir Putin.",
            "en",
        ),
        (
            "27 ноября Владимир Путин прилетел в Астану.\nУ трапа самолета Владимира Путина встречал Касым-Жомарт "
            "Токаев.",
            "ru",
        ),
    ],
)
def test_a_welcome_after_an_arrival_of_unknown_year_takes_its_day(undated: str, language: str) -> None:
    """An article of unknown year states the day of an arrival another article dates with its year: the welcome
    at the airport told shortly after it is on that day."""
    corpus = make_corpus(
        make_document(
            "Vladimir Putin arrived in Kazakhstan on a state visit on 27 November 2024.", "en", None, "a"
        ),
        make_document(undated, language, None, "b"),
    )
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    assert [(e.date, e.date_precision) for e in events if e.type == "meet"] == [("2024-11-27", "day")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Президент Франции посетит Астану 14 марта.", "ru", {"03-14"}),
        ("The president will visit Astana on 14 March, his office said.", "en", {"03-14"}),
        ("Президент 14 наурызда Астанаға ресми сапармен барады.", "kk", {"03-14"}),
        ("АСТАНА, 14 марта – Sputnik. Президент провел встречу с послами.", "ru", set()),
        ("Об этом 14 марта сообщила пресс-служба.", "ru", set()),
    ],
)
def test_the_day_a_sentence_plans_an_event_for(text: str, language: str, expected: set[str]) -> None:
    """A day the sentence states for a planned visit or meeting (a future verb, a plan word) is the plan's, not
    the day the article is written: a dateline or the day a statement is made is not one."""
    assert planned_days(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "«Саммит пройдет 14 марта в Туркестане», – сказал министр после встречи.",
            "ru",
            ["Саммит пройдет 14 марта в Туркестане"],
        ),
        (
            '"Біз 14 наурызда жоспарланған саммитке дайындалып жатырмыз", - деді министр.',
            "kk",
            ["Біз 14 наурызда жоспарланған саммитке дайындалып жатырмыз"],
        ),
        ("Министр посетил завод «Казахстан-2050» 14 марта.", "ru", []),
    ],
)
def test_the_words_a_speaker_says(text: str, language: str, expected: list[str]) -> None:
    """A quotation a speech verb attributes after it is what the speaker says; a name in quotation marks is not."""
    assert [text[start:end] for start, end in quoted_speech(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "today" said in the first person by one who is there: the article tells the day's own news.
        (
            "en",
            "Shavkat Mirziyoyev met Kassym-Jomart Tokayev in Tashkent.\nToday we are signing two historic documents.",
            ("2022-12-22", "day"),
        ),
        (
            "ru",
            "Шавкат Мирзиёев встретился с Касым-Жомартом Токаевым в Ташкенте.\n"
            "- Я рад, что сегодня нахожусь вместе с вами, - сказал Шавкат Мирзиёев.",
            ("2022-12-22", "day"),
        ),
        (
            "tr",
            "Şevket Mirziyoyev, Taşkent'te Kasım-Jomart Tokayev ile görüştü.\n"
            '"Bugün kurulan konseyden sonuç bekliyoruz" dedi.',
            ("2022-12-22", "day"),
        ),
        (
            "kk",
            "Шавкат Мирзиёев Ташкентте Қасым-Жомарт Тоқаевпен кездесті.\nБүгін біз маңызды құжаттарға қол қоямыз.",
            ("2022-12-22", "day"),
        ),
        # "today" beside an event the article tells.
        (
            "ru",
            "Шавкат Мирзиёев встретился с Касым-Жомартом Токаевым в Ташкенте.\nСегодня в Ташкент прибыл Касым-Жомарт "
            "Токаев.",
            ("2022-12-22", "day"),
        ),
        # "today" of a state that lasts: the month of the reporting days.
        (
            "ru",
            "Шавкат Мирзиёев встретился с Касым-Жомартом Токаевым в Ташкенте.\n"
            "В вузах республики сегодня обучается более тысячи студентов.",
            ("2022-12", "month"),
        ),
        (
            "en",
            "Shavkat Mirziyoyev met Kassym-Jomart Tokayev in Tashkent.\n"
            "Today more than a thousand students from Kazakhstan study in Uzbekistan.",
            ("2022-12", "month"),
        ),
        (
            "kk",
            "Шавкат Мирзиёев Ташкентте Қасым-Жомарт Тоқаевпен кездесті.\n"
            "Бүгін ұлттық бизнес мемлекеттік тапсырыстың жартысын алады.",
            ("2022-12", "month"),
        ),
        (
            "en",
            "Shavkat Mirziyoyev met Kassym-Jomart Tokayev in Tashkent.\nToday the US buys half of the grain.",
            ("2022-12", "month"),
        ),
        # "today" beside an event told as a noun phrase (the agreement they sign today).
        (
            "tr",
            "Şevket Mirziyoyev, Taşkent'te Kasım-Jomart Tokayev ile görüştü.\n"
            "Bugün imzalayacakları anlaşmanın tarihi bir belge olduğunu kaydetti.",
            ("2022-12-22", "day"),
        ),
    ],
)
def test_an_article_telling_the_day_of_its_news_dates_it_by_that_day(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    """A dated article that says "today" of its own news dates what it reports with no day of its own by the
    publication day ("a day when the text states it ... 'today'"), not by the month of the reporting days."""
    meetings = [e for e in _events(text, language, "2022-12-22") if e.type == "meet"]
    assert [(e.date, e.date_precision) for e in meetings] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "kk",
            '"Биыл 3 қарашада жоспарланған саммитке дайындалып жатырмыз", - деді Мұрат Нұртілеу Хакан Фиданмен '
            "өткен кездесуден кейін.",
        ),
        (
            "tr",
            'Murat Nurtleu, Hakan Fidan ile görüşmesinin ardından "3 Kasım\'da planlanan zirveye hazırlanıyoruz" '
            "dedi.",
        ),
    ],
)
def test_a_plan_a_speaker_tells_is_not_the_status_of_the_meeting_it_is_told_at(
    language: str, text: str
) -> None:
    """The plan words and dates of quoted speech are what the speaker says: the meeting the words were said
    after, outside them, has happened, in the reporting days."""
    meetings = [e for e in _events(text, language, "2023-09-11") if e.type == "meet"]
    assert [(e.status, e.date, e.date_precision) for e in meetings] == [("occurred", "2023-09", "month")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Vladimir Putin will attend the CICA summit in Astana on Thursday.\n"
            "Recep Tayyip Erdogan is expected to meet Vladimir Putin on the sidelines of the summit.",
            ("2022-10-13", "day"),
        ),
        (
            "ru",
            "Саммит СВМДА пройдет в Астане 13 октября.\n"
            "На полях саммита Реджеп Тайип Эрдоган встретится с Владимиром Путиным.",
            ("2022-10-13", "day"),
        ),
        (
            "tr",
            "Astana'daki zirve 13 Ekim'de yapılacak.\nRecep Tayyip Erdoğan, zirve marjında Vladimir Putin ile görüşecek.",
            ("2022-10-13", "day"),
        ),
        (
            "kk",
            "СӨЖИ саммиті 13 қазанда Астанада өтеді.\n"
            "Саммит кулуарында Режеп Тайып Ердоған Владимир Путинмен кездеседі.",
            ("2022-10-13", "day"),
        ),
        # The day a speaker says it on is not the occasion's: by the month of publication.
        (
            "en",
            "Aibek Smadiyarov said on Monday that the leaders will attend the summit.\n"
            "Recep Tayyip Erdogan is expected to meet Vladimir Putin on the sidelines of the summit.",
            ("2022-10", "month"),
        ),
    ],
)
def test_a_meeting_on_the_sidelines_of_an_occasion_is_on_its_day(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    """A meeting on the sidelines of a summit has the day a nearby sentence states for the summit."""
    meetings = [e for e in _events(text, language, "2022-10-12") if e.type == "meet" and len(e.actors) == 2]
    assert [(e.date, e.date_precision) for e in meetings] == [expected]


# (language, sentence, the trigger word, whether the sentence's date is the trigger's)
GOVERNS = [
    ("en", "Shavkat Mirziyoyev, since his election on 20 November, met Kassym-Jomart Tokayev twice.", "met", False),
    ("en", "Since his re-election on 20 November, Tokayev has visited Tashkent twice.", "visited", False),
    ("ru", "После переговоров 10 марта, по словам пресс-службы, лидеры подписали соглашение.", "подписали", False),
    ("en", "Tokayev arrived in Tashkent for the first time since his re-election on 20 November.", "arrived", False),
    ("kk", "Тоқаев 20 қарашадан бері Ташкентке екі рет барды.", "барды", False),
    # the date's own clause opens with no such word, or the word is in another clause
    ("en", "On 10 March, after the talks, the leaders signed an agreement.", "signed", True),
    ("en", "Since 2019 trade has grown; on 10 March, Tokayev met Mirziyoyev.", "met", True),
    ("kk", "Сайлаудан кейін 20 наурызда Тоқаев Мирзиёевпен кездесті.", "кездесті", True),
    ("ru", "10 марта Токаев провёл переговоры с Мирзиёевым.", "провёл", True),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "trigger", "expected"), GOVERNS)
def test_a_date_tied_to_another_happening_does_not_date_the_trigger(
    language: str, sentence: str, trigger: str, expected: bool
) -> None:
    found = find_dates(sentence, language, Reference(date(2025, 3, 12), "day"))
    start = sentence.index(trigger)
    assert [governs(sentence, language, d, start, start + len(trigger)) for d in found] == [expected]


# (language, text, the meeting's date): "the next day" between a day and the trigger in one sentence
NEXT_DAY_IN_ONE_SENTENCE = [
    ("en", "Kassym-Jomart Tokayev arrived in Tashkent on 10 March, and the next day Tokayev met Shavkat Mirziyoyev.",
     "2025-03-11"),
    ("ru", "Касым-Жомарт Токаев прибыл в Ташкент 10 марта, а на следующий день встретился с Шавкатом Мирзиёевым.",
     "2025-03-11"),
    ("tr", "Kasım-Jomart Tokayev 10 Mart'ta Ankara'ya geldi, ertesi gün Recep Tayyip Erdoğan ile görüştü.",
     "2025-03-11"),
    ("kk", "Қасым-Жомарт Тоқаев 10 наурызда Анкараға келді, келесі күні Режеп Тайып Ердоғанмен кездесті.",
     "2025-03-11"),
    # the day named after the words, or with none, is the meeting's own
    ("ru", "На следующий день после форума, 10 марта, Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым.",
     "2025-03-10"),
    ("en", "Kassym-Jomart Tokayev arrived in Tashkent on 10 March and met Shavkat Mirziyoyev.", "2025-03-10"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), NEXT_DAY_IN_ONE_SENTENCE)
def test_the_next_day_in_the_sentence_of_a_day_counts_from_it(
    language: str, text: str, expected: str
) -> None:
    corpus = make_corpus(make_document(text, language, "2025-03-12"))
    events = extract_events(corpus.documents, corpus.sentences, corpus.mentions, corpus.entities)
    assert [e.date for e in events if e.type == "meet"] == [expected]
