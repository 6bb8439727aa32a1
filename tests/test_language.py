import pytest

from flows.language import identify_language, split_sentences
from models.documents import Document


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Мемлекет басшысы Ақордада Өзбекстан Сыртқы істер министрін қабылдады.", "kk"),
        ("Премьер-Министр Алматы облысының әкімімен кездесіп, өңірдің дамуын талқылады.", "kk"),
        # no letter only Kazakh has (Қ, Ғ, Ұ): і beside Ү, Ң, Ә is Kazakh still
        ("Олжас Бектенов Орынбор облысының губернаторымен кездесті", "kk"),
        ("Премьер-министр Үкімет үйінде Ресей елшісімен кездесті.", "kk"),
        ("Міністр освіти відвідав школу у Києві та зустрівся з учнями.", "uk"),
        ("Президент Казахстана принял в Акорде министра иностранных дел Узбекистана.", "ru"),
        ("Касым-Жомарт Токаев, Президент Республики Казахстан:", "ru"),
        # a Kazakh name in a Russian text is no Kazakh
        (
            "Затем художница Асель Сабыржанқызы представила главам государств свою картину, которую она "
            "начала рисовать с момента вылета гостя в Астану, и предложила им принять участие в её написании.",
            "ru",
        ),
        (
            "Аким Шымкента встретился с жителями микрорайона Қайтпас и обсудил с ними ремонт дорог и школ.",
            "ru",
        ),
        # ... while a Kazakh sentence with Russian words is Kazakh
        ("Министр Астанада инвестициялық форумға қатысты.", "kk"),
        ("Cumhurbaşkanı Erdoğan, Kazakistan Cumhurbaşkanı Tokayev ile Ankara'da görüştü.", "tr"),
        ("Татарстан Рәисе Рөстәм Миңнеханов Казахстан делегациясе белән очрашты.", "tt"),
        ("Җомга көнне Казанда халыкара форум башланды, анда күп кунаклар катнаша.", "tt"),
        ("President Tokayev met the head of Tatarstan in Astana on Monday.", "en"),
        ("12345 !!! ...", "und"),
    ],
)
def test_identify_language(text: str, language: str) -> None:
    assert identify_language(text)[0] == language


def test_sentences_point_into_the_text_and_line_breaks_end_them() -> None:
    text = "Встреча прошла в Астане. Т.е. стороны договорились.\nҚазақстан Президенті сапармен келді"
    doc = Document(
        doc_id="doc-0", source="t.txt", content_hash="0", text=text, language="ru", language_confidence=1
    )
    sentences = split_sentences(doc)
    assert [s.text for s in sentences] == [
        "Встреча прошла в Астане.",
        "Т.е. стороны договорились.",
        "Қазақстан Президенті сапармен келді",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.language for s in sentences] == ["ru", "ru", "kk"]


def test_seed_languages(seed_documents) -> None:  # type: ignore[no-untyped-def]
    documents, _ = seed_documents
    assert [d.language for d in sorted(documents, key=lambda d: d.source)] == ["kk", "ru", "tr", "kk", "ru"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Präsident traf sich gestern in Berlin mit dem Außenminister Kasachstans.", "de"),
        ("Президент України зустрівся з міністром закордонних справ Казахстану.", "uk"),
        ("Prezident Astana şəhərində Qazaxıstanın xarici işlər naziri ilə görüşdü.", "az"),
        ("哈萨克斯坦总统昨天在阿斯塔纳会见了俄罗斯总理。", "zh"),
    ],
)
def test_languages_the_pipeline_does_not_handle_are_named(text: str, language: str) -> None:
    assert identify_language(text)[0] == language


# A Roman ordinal's dot ends no sentence: the name it opens stays in one (razdel splits after it)
ORDINALS = [
    ("tr", "Bu dönemde VI. Henry'nin ordusu yenildi. Sonra barış oldu.", 2),
    ("tr", "Kral II. Albert geldi.", 1),
    ("ru", "Это было в XX в. Потом всё изменилось.", 2),
    ("tr", "Yıl 1998. Sonra geldi.", 2),
]


@pytest.mark.parametrize(("language", "text", "count"), ORDINALS)
def test_a_roman_ordinal_ends_no_sentence(language: str, text: str, count: int) -> None:
    doc = Document(
        doc_id="doc-0", source="t.txt", content_hash="0", text=text, language=language, language_confidence=1
    )
    sentences = split_sentences(doc)
    assert len(sentences) == count
    assert all(text[s.start : s.end] == s.text for s in sentences)
