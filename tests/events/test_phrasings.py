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
    # an invitation accepted: the inviter named after the one who accepts it
    ("ru", "Касым-Жомарт Токаев принял приглашение Владимира Путина посетить Москву.", "invite", [PUTIN, TOKAYEV]),
    ("kk", "Қасым-Жомарт Тоқаев Владимир Путиннің Мәскеуге сапармен келу туралы шақыруын қабылдады.", "invite",
     [PUTIN, TOKAYEV]),
    ("tr", "Kasım-Jomart Tokayev, Vladimir Putin'in Moskova'yı ziyaret etme davetini kabul etti.", "invite",
     [PUTIN, TOKAYEV]),
    ("en", "Kassym-Jomart Tokayev accepted Vladimir Putin's invitation to visit Moscow.", "invite",
     [PUTIN, TOKAYEV]),
    ("ru", "Касым-Жомарт Токаев ответил согласием на приглашение Владимира Путина посетить Москву.", "invite",
     [PUTIN, TOKAYEV]),
    ("tt", "Рөстәм Миңнеханов Касыйм-Җомарт Токаевның чакыруын кабул итте.", "invite", [TOKAYEV, MINNIKHANOV]),
    # accepted with no inviter named: the intention of the one who accepts it
    ("ru", "Касым-Жомарт Токаев принял приглашение посетить Москву.", "intend", [TOKAYEV]),
    ("kk", "Қасым-Жомарт Тоқаев Мәскеуге сапармен бару туралы шақыруды қабылдады.", "intend", [TOKAYEV]),
    ("en", "Kassym-Jomart Tokayev accepted an invitation to visit Moscow.", "intend", [TOKAYEV]),
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
    # the teller, not whose act it tells nor whose aide they are
    ("kk", "Бұған дейін Ресей президентінің баспасөз хатшысы Дмитрий Песков Владимир Путиннің Астанаға сапары "
           "туралы хабарлаған еді.", "announce", ["person/dmitry-peskov"]),
    # the traveller: named after the participle of the visit's clause, the subject of a passive, whose visit
    ("tr", "Kasım-Jomart Tokayev, resmi ziyaret için Astana'da bulunan Kırgızistan Cumhurbaşkanı Sadır Caparov ile "
           "görüştü.", "visit", [JAPAROV]),
    ("en", "Sadyr Japarov was welcomed by Kassym-Jomart Tokayev upon arrival in Astana.", "visit", [JAPAROV]),
    ("en", "Sergey Lavrov and Kassym-Jomart Tokayev discussed the upcoming visit of Russian President Vladimir "
           "Putin to Astana.", "visit", [PUTIN]),
    # the occasion a frame names is of the one who acts and whom they met, not of whose visit was told of
    ("kk", "Владимир Путиннің сапары туралы Сергей Лавров Мұрат Нұртілеумен кездесуі барысында айтты.", "meet",
     [LAVROV, "person/murat-nurtleu"]),
    # what one did at a forum: they took part in it; an agreement reached during the visit: of those who met
    ("kk", "Қасым-Жомарт Тоқаев Астанада өткен халықаралық форумында сөз сөйледі.", "meet", [TOKAYEV]),
    ("kk", "Қасым-Жомарт Тоқаев Бішкекке келді.\nҚасым-Жомарт Тоқаев Садыр Жапаровпен келіссөздер жүргізді.\n"
           "Сапар аясында келісімге қол жеткізілді.", "agree", [TOKAYEV, JAPAROV]),
    # a meeting expected: planned; the chance to meet one is thanked for is no meeting
    ("en", "Recep Tayyip Erdogan is expected to meet his Russian counterpart Vladimir Putin in Astana.", "meet",
     [ERDOGAN, PUTIN]),
    # talks to come with no one named to hold them with: an intention
    ("tr", "Recep Tayyip Erdoğan, ziyareti kapsamında ikili görüşmeler de gerçekleştirecek.", "intend", [ERDOGAN]),
    # "his counterpart": the one the sentence before named
    ("en", "Vladimir Putin arrived in Astana.\nKassym-Jomart Tokayev warmly welcomed his counterpart.", "meet",
     [TOKAYEV, PUTIN]),
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
    # leaders named by office in English: whose thanks to whom
    ("en", "Sadyr Japarov spoke by phone with Recep Tayyip Erdogan.\nIn reply, the Turkish President thanked the "
           "Kyrgyz Head of State for the warm words.", "thank", [ERDOGAN, JAPAROV]),
    # the one staying at a named place is on a visit there, not the one they meet
    ("tr", "Bakü’de bulunan Kasım-Jomart Tokayev, İlham Aliyev ile görüştü.", "visit", [TOKAYEV]),
    # a host hosting a guest: the guest's visit (hosted in the passive: the subject's)
    ("tr", "Recep Tayyip Erdoğan, Ankara'da İlham Aliyev'i ağırladı.", "visit", [ALIYEV]),
    ("tr", "Kasım-Jomart Tokayev, Ankara'da Recep Tayyip Erdoğan tarafından ağırlandı.", "visit", [TOKAYEV]),
    ("en", "Shavkat Mirziyoyev hosted Kassym-Jomart Tokayev in Tashkent.", "visit", [TOKAYEV]),
    ("en", "Kassym-Jomart Tokayev was hosted by Shavkat Mirziyoyev in Tashkent.", "visit", [TOKAYEV]),
    # visiting told as a noun
    ("ru", "Рустам Минниханов поделился впечатлениями после посещения выставочного комплекса в Астане.", "visit",
     [MINNIKHANOV]),
    # an invitation told with its invitee alone: the document's other principal person invited
    ("ru", "Рустам Минниханов встретился с Касым-Жомартом Токаевым.\nКасым-Жомарт Токаев и Рустам Минниханов "
           "обсудили торговлю.\nКасым-Жомарта Токаева пригласили посетить Татарстан.", "invite",
     [MINNIKHANOV, TOKAYEV]),
    ("en", "Rustam Minnikhanov met Kassym-Jomart Tokayev.\nKassym-Jomart Tokayev and Rustam Minnikhanov discussed "
           "trade.\nKassym-Jomart Tokayev was invited to visit Tatarstan.", "invite", [MINNIKHANOV, TOKAYEV]),
    # "the two leaders": the pair the text named together, not the spokesman who comments on their meeting
    ("en", "Sergey Lavrov commented on the meeting of Kassym-Jomart Tokayev and Shavkat Mirziyoyev.\nSergey Lavrov "
           "said it was important.\nThe two leaders met in Shymkent.", "meet", [TOKAYEV, MIRZIYOYEV]),
    ("ru", "Сергей Лавров прокомментировал встречу Касым-Жомарта Токаева и Шавката Мирзиёева.\nСергей Лавров "
           "отметил, что это важно.\nОба лидера встретились в Шымкенте.", "meet", [TOKAYEV, MIRZIYOYEV]),
    # two countries sign: their leaders, the principal persons
    ("en", "Shavkat Mirziyoyev met Kassym-Jomart Tokayev in Tashkent.\nKassym-Jomart Tokayev thanked Shavkat "
           "Mirziyoyev.\nKassym-Jomart Tokayev spoke.\nUzbekistan and Kazakhstan signed the treaty.", "sign",
     [TOKAYEV, MIRZIYOYEV]),
    ("tr", "Şevket Mirziyoyev, Kasım-Jomart Tokayev ile görüştü.\nKasım-Jomart Tokayev, Şevket Mirziyoyev'e "
           "teşekkür etti.\nKasım-Jomart Tokayev konuştu.\nÖzbekistan ve Kazakistan anlaşma imzaladı.", "sign",
     [TOKAYEV, MIRZIYOYEV]),
    # the guests, named by that word alone: the narrative's subject
    ("ru", "Рустам Минниханов прибыл в Уральск.\nДалее почетные гости встретились с делегациями татарских "
           "объединений.", "meet", [MINNIKHANOV]),
    ("en", "Rustam Minnikhanov arrived in Uralsk.\nThe guests then met with representatives of the Tatar community.",
     "meet", [MINNIKHANOV]),
    # a community met: the one named person makes the meeting
    ("ru", "Ранее Рустам Минниханов встретился с общиной татар в Канаде.", "meet", [MINNIKHANOV]),
    # a signing recalled in a nominalised clause, no signatory named: the principal persons
    ("kk", "Қасым-Жомарт Тоқаев Режеп Тайып Ердоғанмен келіссөз жүргізді.\nТоқаев Ердоғанға алғыс айтты.\nТоқаев "
           "мамыр айында мәлімдемеге қол қойылғанын атап өтті.", "sign", [TOKAYEV, ERDOGAN]),
    # a summit named with an indefinite article; talks of a named format
    ("en", "Recep Tayyip Erdogan will participate in a summit of the Turkic states on Thursday.", "meet", [ERDOGAN]),
    ("en", "Recep Tayyip Erdogan and Kassym-Jomart Tokayev will hold one-on-one talks.", "meet", [ERDOGAN, TOKAYEV]),
    # a congratulation of one of the two persons the document is about, naming no counterpart: to the other
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ile telefon görüşmesi gerçekleştirdi.\nErdoğan ve Tokayev "
           "ticareti ele aldı.\nPaylaşıma göre, toplantıda Tokayev, Cumhuriyetin kuruluşunun 100. yılını kutladı.",
     "congratulate", [TOKAYEV, ERDOGAN]),
    ("ru", "Реджеп Тайип Эрдоган провёл телефонный разговор с Касым-Жомартом Токаевым.\nЭрдоган и Токаев обсудили "
           "торговлю.\nТокаев поздравил турецкий народ со 100-летием Республики.", "congratulate", [TOKAYEV, ERDOGAN]),
    # talks planned within the visit: the occasion's principal persons
    ("ru", "Касым-Жомарт Токаев пригласил Владимира Путина в Астану.\nВладимир Путин поблагодарил Токаева.\nВ рамках "
           "визита запланированы переговоры на высшем уровне.", "meet", [TOKAYEV, PUTIN]),
    ("en", "Kassym-Jomart Tokayev invited Vladimir Putin to Astana.\nVladimir Putin thanked Tokayev.\nTalks at the "
           "highest level are planned within the visit.", "meet", [TOKAYEV, PUTIN]),
    # the meeting named before it is said to have taken place
    ("ru", "Встреча Владимира Путина и Нурсултана Назарбаева состоялась в Кремле.", "meet",
     [PUTIN, "person/nursultan-nazarbayev"]),
    ("en", "The meeting of Vladimir Putin and Nursultan Nazarbayev took place in the Kremlin.", "meet",
     [PUTIN, "person/nursultan-nazarbayev"]),
    # the speaker's own agreement, told in quoted speech: the speaker and whom they name
    ("tr", "Hakan Fidan Astana'ya geldi.\n\"Zirveyi birlikte düzenlemek için anlaştık\", dedi Murat Nurtleu, Hakan "
           "Fidan ile görüştükten sonra.", "agree", ["person/murat-nurtleu", "person/hakan-fidan"]),
    ("ru", "Хакан Фидан прибыл в Астану.\n«Мы договорились вместе провести саммит», — сказал Мурат Нуртлеу после "
           "встречи с Хаканом Фиданом.", "agree", ["person/murat-nurtleu", "person/hakan-fidan"]),
    # whom a meeting is told of is not one who met
    ("kk", "Ресей басшысы Владимир Путин Қасым-Жомарт Тоқаевқа Нұрсұлтан Назарбаевпен не себепті кездескенін "
           "түсіндірген.", "meet", [PUTIN, "person/nursultan-nazarbayev"]),
    # talks and agreements written with ё, as some outlets do
    ("ru", "Касым-Жомарт Токаев провёл переговоры с Шавкатом Мирзиёевым.", "meet", [TOKAYEV, MIRZIYOYEV]),
    ("ru", "Касым-Жомарт Токаев встретился с Садыром Жапаровым.\nДостигнута договорённость о поставках.", "agree",
     [TOKAYEV, JAPAROV]),
    # coming or going to a named place is a visit
    ("kk", "Қасым-Жомарт Тоқаев Ташкентке келді.", "visit", [TOKAYEV]),
    ("kk", "Қасым-Жомарт Тоқаев Бішкекке барды.", "visit", [TOKAYEV]),
    ("tt", "Рөстәм Миңнеханов Астанага килде.", "visit", [MINNIKHANOV]),
    ("en", "Rustam Minnikhanov came to Astana.", "visit", [MINNIKHANOV]),
    ("en", "Kassym-Jomart Tokayev flew to Bishkek.", "visit", [TOKAYEV]),
    # a telephone conversation in Tatar
    ("tt", "Рөстәм Миңнеханов Касыйм-Җомарт Токаев белән телефоннан сөйләште.", "discuss", [MINNIKHANOV, TOKAYEV]),
    # a telephone call told by who called whom
    ("ru", "Владимир Путин позвонил Касым-Жомарту Токаеву.", "discuss", [PUTIN, TOKAYEV]),
    ("en", "Vladimir Putin phoned Kassym-Jomart Tokayev.", "discuss", [PUTIN, TOKAYEV]),
    ("kk", "Қасым-Жомарт Тоқаев Владимир Путинге телефон соқты.", "discuss", [TOKAYEV, PUTIN]),
    ("kk", "Владимир Путин Қасым-Жомарт Тоқаевқа қоңырау шалды.", "discuss", [PUTIN, TOKAYEV]),
    ("tr", "Kasım-Jomart Tokayev, Vladimir Putin'i telefonla aradı.", "discuss", [TOKAYEV, PUTIN]),
    ("tt", "Рөстәм Миңнеханов Касыйм-Җомарт Токаевка шалтыратты.", "discuss", [MINNIKHANOV, TOKAYEV]),
    # talks held by phone are the call, not a meeting
    ("en", "Kassym-Jomart Tokayev held phone talks with Vladimir Putin.", "discuss", [TOKAYEV, PUTIN]),
    # a welcome, a greeting, a reception in the passive; talks hosted
    ("kk", "Шавкат Мирзиёевті әуежайда Қасым-Жомарт Тоқаев қарсы алды.", "meet", [MIRZIYOYEV, TOKAYEV]),
    ("en", "Kassym-Jomart Tokayev greeted Vladimir Putin at the Akorda.", "meet", [TOKAYEV, PUTIN]),
    ("en", "Shavkat Mirziyoyev was greeted by Kassym-Jomart Tokayev.", "meet", [MIRZIYOYEV, TOKAYEV]),
    ("ru", "Шавкат Мирзиёев был принят Касым-Жомартом Токаевым в Акорде.", "meet", [MIRZIYOYEV, TOKAYEV]),
    ("ru", "Шавкат Мирзиёев был встречен Касым-Жомартом Токаевым.", "meet", [MIRZIYOYEV, TOKAYEV]),
    ("en", "Kassym-Jomart Tokayev hosted talks with Shavkat Mirziyoyev in Astana.", "meet", [TOKAYEV, MIRZIYOYEV]),
    # signing, thanks, congratulations and invitations told by their nouns
    ("en", "Kassym-Jomart Tokayev and Shavkat Mirziyoyev inked a deal on water.", "sign", [TOKAYEV, MIRZIYOYEV]),
    ("en", "Kassym-Jomart Tokayev sent a letter of thanks to Vladimir Putin.", "thank", [TOKAYEV, PUTIN]),
    ("tr", "Kasım-Jomart Tokayev, Recep Tayyip Erdoğan'a teşekkürlerini iletti.", "thank", [TOKAYEV, ERDOGAN]),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевке ризашылық білдірді.", "thank", [TOKAYEV, MIRZIYOYEV]),
    ("tr", "Kasım-Jomart Tokayev, Recep Tayyip Erdoğan'a tebrik mesajı gönderdi.", "congratulate", [TOKAYEV, ERDOGAN]),
    ("en", "Kassym-Jomart Tokayev extended an invitation to Vladimir Putin to visit Kazakhstan.", "invite",
     [TOKAYEV, PUTIN]),
    ("ru", "Касым-Жомарт Токаев направил приглашение Владимиру Путину посетить Казахстан.", "invite",
     [TOKAYEV, PUTIN]),
    # an understanding reached
    ("kk", "Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев уағдаластыққа қол жеткізді.", "agree", [TOKAYEV, MIRZIYOYEV]),
    # "the two presidents": the document's principal persons
    ("en", "Kassym-Jomart Tokayev met Shavkat Mirziyoyev.\nTokayev thanked Mirziyoyev.\nThe two presidents signed a "
           "joint statement.", "sign", [TOKAYEV, MIRZIYOYEV]),
    # agreements reached, told by their nouns
    ("en", "Kassym-Jomart Tokayev and Shavkat Mirziyoyev reached an agreement on water.", "agree",
     [TOKAYEV, MIRZIYOYEV]),
    ("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев достигли договоренности о поставках.", "agree",
     [TOKAYEV, MIRZIYOYEV]),
    ("tr", "Kasım-Jomart Tokayev ve Şevket Mirziyoyev su konusunda mutabakata vardı.", "agree", [TOKAYEV, MIRZIYOYEV]),
    # talks to come; an intention to travel in Tatar
    ("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев проведут переговоры в Ташкенте.", "meet", [TOKAYEV, MIRZIYOYEV]),
    ("tt", "Рөстәм Миңнеханов Астанага барырга ниятли.", "intend", [MINNIKHANOV]),
    # thanks and congratulations in more of their forms (a converb, a telegram, Tatar "рәхмәт әйтте")
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev'e tebrik telgrafı gönderdi.", "congratulate",
     [ERDOGAN, TOKAYEV]),
    ("tt", "Рөстәм Миңнеханов Касыйм-Җомарт Токаевка рәхмәт әйтте.", "thank", [MINNIKHANOV, TOKAYEV]),
    ("tt", "Рөстәм Миңнеханов Касыйм-Җомарт Токаевка рәхмәтен җиткерде.", "thank", [MINNIKHANOV, TOKAYEV]),
    # documents signed in the passive, in the leaders' presence: the principal persons
    ("en", "In the presence of the heads of state, a number of documents were signed.\nKassym-Jomart Tokayev met "
           "Shavkat Mirziyoyev.\nTokayev thanked Mirziyoyev.", "sign", [TOKAYEV, MIRZIYOYEV]),
    # leaders named by office: in Tatar spelling, "the Head of State" in English
    ("tt", "Касыйм-Җомарт Токаев сөйләде.\nРөстәм Миңнеханов Казакъстан Президенты белән очрашты.", "meet",
     [MINNIKHANOV, TOKAYEV]),
    ("en", "Kassym-Jomart Tokayev spoke.\nThen the Head of State received Shavkat Mirziyoyev.", "meet",
     [TOKAYEV, MIRZIYOYEV]),
    # an invitation in the passive: the invitee and who invited them
    ("ru", "Владимир Путин встретился с Касым-Жомартом Токаевым.\nТокаев и Путин обсудили торговлю.\nВладимир "
           "Путин был приглашен Касым-Жомартом Токаевым в Астану.", "invite", [PUTIN, TOKAYEV]),
    ("tr", "Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ile görüştü.\nErdoğan ve Tokayev ticareti ele aldı.\nRecep "
           "Tayyip Erdoğan, Kasım-Jomart Tokayev tarafından Kazakistan'a davet edildi.", "invite", [TOKAYEV, ERDOGAN]),
    # the meeting named first, its place between it and that it took place
    ("kk", "Қасым-Жомарт Тоқаев пен Шавкат Мирзиёевтің кездесуі Ақордада өтті.", "meet", [TOKAYEV, MIRZIYOYEV]),
    ("tr", "Kasım-Jomart Tokayev ile Şevket Mirziyoyev arasındaki görüşme Akorda'da gerçekleşti.", "meet",
     [TOKAYEV, MIRZIYOYEV]),
    ("tt", "Рөстәм Миңнеханов белән Касыйм-Җомарт Токаевның очрашуы Кремльдә узды.", "meet",
     [MINNIKHANOV, TOKAYEV]),
    ("ru", "Переговоры Касым-Жомарта Токаева и Шавката Мирзиёева прошли в Акорде.", "meet", [TOKAYEV, MIRZIYOYEV]),
    # meeting, seeing off, chairing talks: more verbs of a meeting
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен жүздесті.", "meet", [TOKAYEV, MIRZIYOYEV]),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевті шығарып салды.", "meet", [TOKAYEV, MIRZIYOYEV]),
    ("tt", "Рөстәм Миңнеханов Касыйм-Җомарт Токаевны аэропортта озатты.", "meet", [MINNIKHANOV, TOKAYEV]),
    ("tr", "Kasım-Jomart Tokayev, Şevket Mirziyoyev ile heyetlerarası görüşmelere başkanlık etti.", "meet",
     [TOKAYEV, MIRZIYOYEV]),
    # the speaker's own agreement in quoted speech
    ("en", "\"We agreed to build a plant,\" Kassym-Jomart Tokayev said after meeting Shavkat Mirziyoyev.", "agree",
     [TOKAYEV, MIRZIYOYEV]),
    ("kk", "«Зауыт салуға келістік», — деді Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесуден кейін.", "agree",
     [TOKAYEV, MIRZIYOYEV]),
    ("tt", "«Без завод төзергә килештек», — диде Рөстәм Миңнеханов Касыйм-Җомарт Токаев белән очрашудан соң.",
     "agree", [MINNIKHANOV, TOKAYEV]),
    # journeys to come or made
    ("tt", "Рөстәм Миңнеханов Казакъстанга барачак.", "visit", [MINNIKHANOV]),
    ("en", "Kassym-Jomart Tokayev will travel to Tashkent.", "visit", [TOKAYEV]),
    ("ru", "Касым-Жомарт Токаев побывал в Ташкенте.", "visit", [TOKAYEV]),
    # an occasion to come, told by its verb's future form
    ("ru", "Касым-Жомарт Токаев сообщил, что саммит пройдет в Астане.", "announce", [TOKAYEV]),
    ("tt", "Касыйм-Җомарт Токаев саммит Астанада узачагын игълан итте.", "announce", [TOKAYEV]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event_type", "actors"), PHRASINGS)
def test_phrasings_and_their_actors(language: str, text: str, event_type: str, actors: list[str]) -> None:
    assert [e.actors for e in _events(text, language) if e.type == event_type] == [actors]


# (language, text, type that must not come out): what a sentence embeds is no event of its own.
NOT_EVENTS = [
    # an invitation accepted is no visit yet
    ("ru", "Касым-Жомарт Токаев принял приглашение Владимира Путина посетить Москву.", "visit"),
    ("kk", "Қасым-Жомарт Тоқаев Владимир Путиннің Мәскеуге сапармен келу туралы шақыруын қабылдады.", "visit"),
    ("tr", "Kasım-Jomart Tokayev, Vladimir Putin'in Moskova'yı ziyaret etme davetini kabul etti.", "visit"),
    ("en", "Kassym-Jomart Tokayev accepted an invitation from Vladimir Putin to visit Moscow.", "visit"),
    ("ru", "Касым-Жомарт Токаев принял приглашение посетить Москву.", "visit"),
    ("kk", "Қасым-Жомарт Тоқаев Мәскеуге сапармен бару туралы шақыруды қабылдады.", "visit"),
    ("en", "Kassym-Jomart Tokayev accepted an invitation to visit Moscow.", "visit"),
    # agreeing to sign is an agreement, no signing yet
    ("en", "Kassym-Jomart Tokayev and Shavkat Mirziyoyev agreed to sign a roadmap.", "sign"),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевке Ташкентке сапармен келуге шақырғаны үшін ризашылығын білдірді.",
     "invite"),
    ("kk", "Қасым-Жомарт Тоқаев Шавкат Мирзиёевке Ташкентке сапармен келуге шақырғаны үшін ризашылығын білдірді.",
     "visit"),
    ("kk", "Бұл туралы Сергей Лавров сұхбатында айтты.", "announce"),
    ("en", "Sergey Lavrov said that relations are strong.", "announce"),
    ("en", "Rustam Minnikhanov thanked Kassym-Jomart Tokayev for the opportunity to meet.", "meet"),
    # a visit the sentence speaks of is no one's visit
    ("en", "Sergey Lavrov said the agenda of the upcoming visit is ready.", "visit"),
    # in a document of talks by telephone, "during the talks" is the call, not a meeting
    ("ru", "Владимир Путин и Касым-Жомарт Токаев по телефону обсудили подготовку к саммиту.\nВ ходе переговоров "
           "Путин поблагодарил Токаева за поддержку.", "meet"),
    ("en", "Sadyr Japarov and Kassym-Jomart Tokayev discussed by phone the coming summit.\nDuring the talks, "
           "Japarov thanked Tokayev for his support.", "meet"),
    ("ru", "Ильхам Алиев и Реджеп Тайип Эрдоган обсудили по видеосвязи итоги года.\nВо время переговоров Алиев "
           "поблагодарил Эрдогана.", "meet"),
    ("ru", "Садыр Жапаров и Касым-Жомарт Токаев обсудили вопросы торговли между Бишкеком и Астаной.", "discuss"),
    # "thanks to" gives a cause, not thanks
    ("en", "The growth of trade was possible thanks to the work of Sadyr Japarov and Kassym-Jomart Tokayev.",
     "thank"),
    # hosting a summit is no one's visit
    ("en", "Kassym-Jomart Tokayev hosted the summit in Astana.", "visit"),
    # the heads of government of many countries are a session of many, not two countries' leaders
    ("ru", "Рустам Минниханов встретился с Касым-Жомартом Токаевым.\nКасым-Жомарт Токаев поблагодарил Рустама "
           "Минниханова.\nГлавы правительств Армении, Белоруссии, Казахстана и России подписали соглашение.", "sign"),
    # the host named after its participle ("Y'i ağırlayan X") is not the guest
    ("tr", "Kasım-Jomart Tokayev'i ağırlayan Şevket Mirziyoyev, Taşkent'te konuştu.", "visit"),
    # coming to a conclusion, to power, to an opinion is no journey
    ("kk", "Қасым-Жомарт Тоқаев қорытындыға келді.", "visit"),
    ("en", "Kassym-Jomart Tokayev came to power in 2019.", "visit"),
    ("en", "Kassym-Jomart Tokayev came to the conclusion that trade grows.", "visit"),
    ("tt", "Рөстәм Миңнеханов шундый фикергә килде.", "visit"),
    ("kk", "Қасым-Жомарт Тоқаев бұл пікірге келеді.", "visit"),
    # a letter sent to a city is no journey; "gelecek yıl" is next year
    ("ru", "Касым-Жомарт Токаев направил письмо в Бишкек.", "visit"),
    ("tr", "Recep Tayyip Erdoğan gelecek yıl Astana'da bir fabrika açacak.", "visit"),
    # accepting an invitation or congratulations is no reception
    ("ru", "Касым-Жомарт Токаев принял приглашение Владимира Путина посетить Москву.", "meet"),
    ("ru", "Касым-Жомарт Токаев принял поздравления Владимира Путина.", "meet"),
    # a speech met with applause, a law passed, a call to an office: no meeting, no call between two
    ("ru", "Доклад Касым-Жомарта Токаева был встречен аплодисментами.", "meet"),
    ("ru", "Касым-Жомарт Токаев позвонил в редакцию.", "discuss"),
    # seeing the New Year in; greeting a forum's participants
    ("kk", "Қасым-Жомарт Тоқаев Жаңа жылды Астанада қарсы алды.", "meet"),
    ("en", "Kassym-Jomart Tokayev greeted the participants of the forum.", "meet"),
    # talks hosted are no guest's visit; talks held by phone are no meeting
    ("en", "Kassym-Jomart Tokayev hosted talks with Shavkat Mirziyoyev in Astana.", "visit"),
    ("en", "Kassym-Jomart Tokayev held phone talks with Vladimir Putin.", "meet"),
    # those invited together by someone unnamed did not invite each other
    ("ru", "На форум приглашены Касым-Жомарт Токаев и Владимир Путин.", "invite"),
    # a telephone conversation that took place is no meeting; preparing for a meeting is none
    ("tr", "Recep Tayyip Erdoğan ile Kasım-Jomart Tokayev arasında telefon görüşmesi gerçekleşti.", "meet"),
    ("kk", "Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев кездесуге дайындық кеше өтті.", "meet"),
    # having been in a role is no journey
    ("ru", "Касым-Жомарт Токаев побывал в роли ведущего.", "visit"),
    # what one tells was done is no announcement
    ("ru", "Касым-Жомарт Токаев сообщил, что встретился с журналистами.", "announce"),
    ("tt", "Касыйм-Җомарт Токаев саммит Астанада узганын игълан итте.", "announce"),
]  # fmt: skip


# (language, text, travellers): travellers a sentence lists together ("among those who came were A, B and C")
# each made a visit of their own.
TRAVELLERS = [
    ("tt", "Казанга килүчеләр арасында Садыр Жапаров, Шавкат Мирзиёев һәм Илһам Әлиев бар иде.",
     [[JAPAROV], [MIRZIYOYEV], [ALIYEV]]),
    ("kk", "Астанаға келгендер арасында Садыр Жапаров пен Шавкат Мирзиёев болды.", [[JAPAROV], [MIRZIYOYEV]]),
    # hosts and guests listed together: only the guests travelled
    ("ru", "Садыр Жапаров и гости форума, в числе которых Касым-Жомарт Токаев и Шавкат Мирзиёев, посетили музей в "
           "Бишкеке.", [[TOKAYEV], [MIRZIYOYEV]]),
    ("en", "Sadyr Japarov and the guests of the forum, among them Kassym-Jomart Tokayev and Shavkat Mirziyoyev, "
           "visited the museum in Bishkek.", [[TOKAYEV], [MIRZIYOYEV]]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "travellers"), TRAVELLERS)
def test_travellers_listed_together_each_visit(language: str, text: str, travellers: list[list[str]]) -> None:
    assert sorted(e.actors for e in _events(text, language) if e.type == "visit") == sorted(travellers)


# (language, text, how many meetings): the sessions of one visit are meetings of their own (the airport
# welcome, tête-à-tête talks, the delegations' talks, a council session); talks told again are the same.
SESSIONS = [
    ("tr", "Kasım-Jomart Tokayev ve Şevket Mirziyoyev baş başa ve heyetlerarası görüşmeler yaptı.", 2),
    ("ru", "В аэропорту Ташкента Касым-Жомарта Токаева встретил Шавкат Мирзиёев.\nЗатем Касым-Жомарт Токаев и "
           "Шавкат Мирзиёев провели переговоры.\nВ ходе переговоров Касым-Жомарт Токаев и Шавкат Мирзиёев "
           "обсудили торговлю.", 2),
    ("en", "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent.\nDuring the talks, Kassym-Jomart Tokayev "
           "and Shavkat Mirziyoyev discussed trade.", 1),
    # a summit told again by one who took part in it
    ("tr", "Bakü'deki toplantıya Recep Tayyip Erdoğan, Kasım-Jomart Tokayev ve Sadır Caparov katıldı.\nZirvede "
           "Recep Tayyip Erdoğan, zirveye katılan liderlere hediye verdi.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "meetings"), SESSIONS)
def test_the_sessions_of_a_visit_are_meetings_of_their_own(language: str, text: str, meetings: int) -> None:
    assert len([e for e in _events(text, language) if e.type == "meet"]) == meetings


@pytest.mark.parametrize(("language", "text", "event_type"), NOT_EVENTS)
def test_what_a_sentence_embeds_is_no_event(language: str, text: str, event_type: str) -> None:
    assert [e for e in _events(text, language) if e.type == event_type] == []


# (language, text, expected (type, actors) rows): a sentence stating several events, one row each (the talks and
# the summit or forum they were held at are two sessions).
SEVERAL = [
    ("en", "During the talks, Kassym-Jomart Tokayev expressed his gratitude to Vladimir Putin for participating "
           "in the summit.", [("meet", [TOKAYEV, PUTIN]), ("meet", [TOKAYEV, PUTIN]), ("thank", [TOKAYEV, PUTIN])]),
    ("ru", "Рустам Минниханов и Касым-Жомарт Токаев встретились.\nТокаев и Минниханов приняли участие в форуме.\n"
           "В ходе встречи Касым-Жомарт Токаев поблагодарил Рустама Минниханова за визит.",
     [("meet", [MINNIKHANOV, TOKAYEV]), ("meet", [TOKAYEV, MINNIKHANOV]), ("thank", [TOKAYEV, MINNIKHANOV])]),
    # what the speaker says they agreed, beside the meeting they speak after, is an act of its own
    ("kk", "Хакан Фидан Астанаға келді.\n«Саммитті бірге өткізуге уағдаластық», - деді Мұрат Нұртілеу Хакан Фиданмен "
           "өткен кездесуден кейін.", [("visit", ["person/hakan-fidan"]),
                                    ("meet", ["person/murat-nurtleu", "person/hakan-fidan"]),
                                    ("agree", ["person/murat-nurtleu", "person/hakan-fidan"])]),
    # the summit held at the place named, and the talks held there: two meetings
    ("tr", "Recep Tayyip Erdoğan, zirvenin yapıldığı Akorda'da Kasım-Jomart Tokayev ile bir araya geldi.",
     [("meet", [ERDOGAN, TOKAYEV]), ("meet", [ERDOGAN, TOKAYEV])]),
    ("kk", "Режеп Тайып Ердоған саммит өткен Ақордада Қасым-Жомарт Тоқаевпен кездесті.",
     [("meet", [ERDOGAN, TOKAYEV]), ("meet", [ERDOGAN, TOKAYEV])]),
    # congratulations told by a Turkish converb, then an invitation: both
    ("tr", "Kasım-Jomart Tokayev, Şevket Mirziyoyev'i tebrik ederek onu Kazakistan'a davet etti.",
     [("congratulate", [TOKAYEV, MIRZIYOYEV]), ("invite", [TOKAYEV, MIRZIYOYEV])]),
    # coming to a place, told by a converb, then meeting there: the visit and the meeting
    ("kk", "Қасым-Жомарт Тоқаев Ташкентке келіп, Шавкат Мирзиёевпен кездесті.",
     [("visit", [TOKAYEV]), ("meet", [TOKAYEV, MIRZIYOYEV])]),
    ("tr", "Kasım-Jomart Tokayev Taşkent'e gelerek Şevket Mirziyoyev ile görüştü.",
     [("visit", [TOKAYEV]), ("meet", [TOKAYEV, MIRZIYOYEV])]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "rows"), SEVERAL)
def test_several_events_of_one_sentence(language: str, text: str, rows: list[tuple[str, list[str]]]) -> None:
    assert sorted((e.type, e.actors) for e in _events(text, language)) == sorted(rows)
