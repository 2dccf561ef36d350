"""The own id of texts of other bodies and of volumes, in six languages: a Chinese heading of the
text's noun and number alone on its line ("决议 13/3", "决定 2029/231", "决议 2967 (2029)") — also
when a text layer prints the body's name right above it, with no blank line —, the Environment
Assembly's texts whose body line gives its full name ("… of the United Nations Environment
Programme,"), a law library's citation line of a Chinese text ("UNGA Res … UN Doc A/RES/…"), a
session volume's cover ("Supplement No. 49 (A/79/49)" then "Volume I") — read from text, HTML and
Word.  Every row failed before.  And the look-alikes, which must keep no own id or their citations:
a cover's line cited ("See Supplement No. …", a reference broken after its comma), a Chinese line
wrapped inside a word after a number, a symbol the first paragraph cites, "Recalling A/RES/70/1"
at the top, an agenda item, a job number, a bar code.

Every passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import html

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_word import docx, p
from test_ownid_seventeen import LANGS, ORG

#: the texts' running title
TOPIC = {
    "en": "Safe water for rural schools",
    "fr": "Eau salubre pour les écoles rurales",
    "es": "Agua potable para las escuelas rurales",
    "ru": "Безопасная вода для сельских школ",
    "ar": "توفير المياه المأمونة للمدارس الريفية",
    "zh": "农村学校的安全用水",
}
#: the Environment Assembly's full name, as its texts' body line gives it
UNEA = {
    "en": "United Nations Environment Assembly of the United Nations Environment Programme",
    "fr": "Assemblée des Nations Unies pour l'environnement du Programme des Nations Unies "
    "pour l'environnement",
    "es": "Asamblea de las Naciones Unidas sobre el Medio Ambiente del Programa de las Naciones Unidas "
    "para el Medio Ambiente",
    "ru": "Ассамблея Организации Объединенных Наций по окружающей среде Программы Организации "
    "Объединенных Наций по окружающей среде",
    "ar": "جمعية الأمم المتحدة للبيئة التابعة لبرنامج الأمم المتحدة للبيئة",
    "zh": "联合国环境规划署联合国环境大会",
}
UNEA_BODY = {
    "en": "The {b},\n\nNoting General Assembly resolution 71/313 of 6 July 2017,\n\n1. Invites Member States "
    "to share their experience;\n",
    "fr": "L'{b},\n\nNotant la résolution 71/313 de l'Assemblée générale du 6 juillet 2017,\n\n1. Invite "
    "les États Membres à partager leur expérience ;\n",
    "es": "La {b},\n\nObservando la resolución 71/313 de la Asamblea General, de 6 de julio de 2017,\n\n"
    "1. Invita a los Estados Miembros a compartir su experiencia;\n",
    "ru": "{b},\n\nпринимая к сведению резолюцию 71/313 Генеральной Ассамблеи от 6 июля 2017 года,\n\n"
    "1. предлагает государствам-членам делиться своим опытом;\n",
    "ar": "إن {b}،\n\nإذ تلاحظ قرار الجمعية العامة 71/313 المؤرخ 6 تموز/يوليه 2017،\n\n1 - تدعو الدول "
    "الأعضاء إلى تبادل خبراتها؛\n",
    "zh": "{b}，\n\n注意到大会2017年7月6日第71/313号决议，\n\n1. 请会员国交流经验；\n",
}
#: a session volume's cover: its records, session, supplement line, volume and contents
COVER = {
    "en": "Official Records of the General Assembly\nSeventy-ninth Session\nSupplement No. 49 (A/79/49)\n"
    "Volume I\nResolutions adopted in the autumn",
    "fr": "Documents officiels de l'Assemblée générale\nSoixante-dix-neuvième session\n"
    "Supplément no 49 (A/79/49)\nVolume I\nRésolutions adoptées à l'automne",
    "es": "Documentos Oficiales de la Asamblea General\nSeptuagésimo noveno período de sesiones\n"
    "Suplemento núm. 49 (A/79/49)\nVolumen I\nResoluciones aprobadas en otoño",
    "ru": "Официальные отчеты Генеральной Ассамблеи\nСемьдесят девятая сессия\nДополнение № 49 (A/79/49)\n"
    "Том I\nРезолюции, принятые осенью",
    "ar": "الوثائق الرسمية للجمعية العامة\nالدورة التاسعة والسبعون\nالملحق رقم 49 (A/79/49)\nالمجلد الأول\n"
    "القرارات المتخذة في الخريف",
    "zh": "大会正式记录\n第七十九届会议\n补编第49号(A/79/49)\n第一卷\n秋季通过的决议",
}
COVER_FOOT = {lang: f"{ORG[lang]} • New York, 2025" for lang in LANGS}
VOLUME = "A/79/49(Vol.I)"
#: two texts printed in the volume, each its heading and body line ("{n}": its number)
GA_TEXT = {
    "en": "The General Assembly,\n\nNoting its resolution 71/313,\n\n1. Decides to revert to the matter;\n",
    "fr": "L'Assemblée générale,\n\nNotant sa résolution 71/313,\n\n1. Décide de revenir sur la question ;\n",
    "es": "La Asamblea General,\n\nObservando su resolución 71/313,\n\n1. Decide volver a examinar "
    "la cuestión;\n",
    "ru": "Генеральная Ассамблея,\n\nпринимая к сведению свою резолюцию 71/313,\n\n1. постановляет "
    "вернуться к этому вопросу;\n",
    "ar": "إن الجمعية العامة،\n\nإذ تلاحظ قرارها 71/313،\n\n1 - تقرر العودة إلى هذه المسألة؛\n",
    "zh": "大会，\n\n注意到其第71/313号决议，\n\n1. 决定再次审议此事项；\n",
}
GA_TEXT = {lang: "79/{n}. {t}\n\n" + body for lang, body in GA_TEXT.items()}
CITED = ["A/RES/71/313"]

ZH_CTOC = "联合国打击跨国有组织犯罪公约缔约方会议"
ZH_COUNCIL = "经济及社会理事会"
ZH_BODY = "{b}，\n回顾大会2017年7月6日第71/313号决议，\n1. 鼓励会员国分享良好做法；\n"

ROWS: list[tuple[str, str, str | None, list[str]]] = [
    # -- a Chinese heading: the noun and the number alone on its line
    (
        "zh: a Council's decision headed by its noun and number, under the Council's name",
        f"{ZH_COUNCIL}\n\n决定 2029/231\n{TOPIC['zh']}\n" + ZH_BODY.format(b=ZH_COUNCIL),
        "E/DEC/2029/231",
        CITED,
    ),
    (
        "zh: a Conference's resolution printed right under the Conference's name (a text layer)",
        f"{ZH_CTOC}\n决议 13/3\n{TOPIC['zh']}\n" + ZH_BODY.format(b=ZH_CTOC),
        "CTOC/COP/RES/13/3",
        CITED,
    ),
    (
        "zh: a Council's resolution and year, its adoption's date spaced out (a text layer)",
        "决议 2967 (2029)\n2029 年 3 月 9 日安全理事会第 9990 次会议通过\n安全理事会，\n"
        "回顾其第 2250(2015)号决议，\n1. 决定继续处理此案。\n",
        "S/RES/2967(2029)",
        ["S/RES/2250(2015)"],
    ),
    # -- a law library's citation line over a Chinese text, in its text layer
    (
        "zh: a copy's citation line with the symbol right above the body's line",
        "UNGA Res 79/17 (11 December 2024) UN Doc A/RES/79/17\n大会，\n"
        "注意到大会 2017 年 7 月 6 日第 71/313 号决议，\n1. 请会员国交流经验。\n",
        "A/RES/79/17",
        CITED,
    ),
]
for _l in LANGS:
    if _l not in ("en", "zh"):  # (English and Chinese knew the full name)
        ROWS.append(
            (
                f"{_l}: the Environment Assembly's text, its body line giving the full name",
                f"{UNEA[_l]}\n\n7/2. {TOPIC[_l]}\n\n" + UNEA_BODY[_l].format(b=UNEA[_l]),
                "UNEP/EA.7/RES.2",
                CITED,
            )
        )
    ROWS += [
        (
            f"{_l}: a session volume's cover",
            f"{COVER[_l]}\n\n{COVER_FOOT[_l]}\n",
            VOLUME,
            [],
        ),
        (
            f"{_l}: a session volume's cover, then two of its texts",
            f"{COVER[_l]}\n\n"
            + GA_TEXT[_l].format(n=5, t=TOPIC[_l])
            + "\n"
            + GA_TEXT[_l].format(n=6, t=TOPIC[_l]),
            VOLUME,
            CITED,
        ),
    ]

LOOK_ALIKES: list[tuple[str, str, str | None, list[str]]] = [
    (
        "a cover's line after a see-word: a volume cited",
        "See Supplement No. 53 (A/79/53)\n\nThe General Assembly,\n\nNoting its resolution 71/313,\n",
        None,
        ["A/79/53", "A/RES/71/313"],
    ),
    (
        "a reference broken after its comma: the volume cited",
        "Official Records of the General Assembly, Seventy-ninth Session,\nSupplement No. 53 (A/79/53)\n\n"
        "The General Assembly,\n\nNoting its resolution 71/313,\n",
        None,
        ["A/79/53", "A/RES/71/313"],
    ),
    (
        "a supplement's line with words after its bracket",
        "Supplement No. 53 (A/79/53), chapter IV\n\nThe General Assembly,\n\nNoting its resolution 71/313,\n",
        None,
        ["A/79/53", "A/RES/71/313"],
    ),
    (
        "zh: a line wrapped after a number, inside the noun: one mention",
        "秘书长的报告\n本报告审查了会员国在农村学校安全用水方面取得的进展，是根据大会2017年7月6日第71/313\n"
        "号决议，\n编写的。\n",
        None,
        CITED,
    ),
    (
        "zh: a volume's cover under a report's own masthead keeps the masthead",
        f"{ORG['zh']}\tA/79/123\n大会\tDistr.: General\n\n{COVER['zh']}\n",
        "A/79/123",
        ["A/79/49"],
    ),
]
_TRAP_TEXT = {
    "en": "The present report reviews progress made in rural schools since the last report.\n",
    "fr": "Le présent rapport fait le point des progrès accomplis dans les écoles rurales.\n",
    "es": "En el presente informe se examinan los progresos realizados en las escuelas rurales.\n",
    "ru": "В настоящем докладе рассматривается прогресс, достигнутый в сельских школах.\n",
    "ar": "يستعرض هذا التقرير التقدم المحرز في المدارس الريفية.\n",
    "zh": "本报告审查了农村学校取得的进展。\n",
}
_FIRST_CITES = {
    "en": "The present report is submitted pursuant to resolution A/RES/71/313.\n",
    "fr": "Le présent rapport est soumis en application de la résolution A/RES/71/313.\n",
    "es": "El presente informe se presenta en cumplimiento de la resolución A/RES/71/313.\n",
    "ru": "Настоящий доклад представляется во исполнение резолюции A/RES/71/313.\n",
    "ar": "يقدم هذا التقرير عملا بالقرار A/RES/71/313.\n",
    "zh": "本报告是根据A/RES/71/313号决议提交的。\n",
}
_RECALLING = {
    "en": "Recalling A/RES/70/1, the present note sets out the programme.\n",
    "fr": "Rappelant A/RES/70/1, la présente note expose le programme.\n",
    "es": "Recordando A/RES/70/1, la presente nota expone el programa.\n",
    "ru": "Ссылаясь на A/RES/70/1, в настоящей записке излагается программа.\n",
    "ar": "إذ يشار إلى A/RES/70/1، تعرض هذه المذكرة البرنامج.\n",
    "zh": "回顾A/RES/70/1，本说明列出方案。\n",
}
_AGENDA = {
    "en": "Item 64 of the provisional agenda",
    "fr": "Point 64 de l'ordre du jour provisoire",
    "es": "Tema 64 del programa provisional",
    "ru": "Пункт 64 предварительной повестки дня",
    "ar": "البند 64 من جدول الأعمال المؤقت",
    "zh": "临时议程项目64",
}
for _l in LANGS:
    LOOK_ALIKES += [
        (f"{_l}: a symbol the first paragraph cites", f"{TOPIC[_l]}\n\n{_FIRST_CITES[_l]}", None, CITED),
        (
            f"{_l}: 'Recalling A/RES/70/1' at the top",
            f"{_RECALLING[_l]}{_TRAP_TEXT[_l]}",
            None,
            ["A/RES/70/1"],
        ),
        (f"{_l}: an agenda item's number", f"{_AGENDA[_l]}\n\n{TOPIC[_l]}\n\n{_TRAP_TEXT[_l]}", None, []),
        (
            f"{_l}: a job number and a bar code line",
            f"*2912345*\n{TOPIC[_l]}\n\n{_TRAP_TEXT[_l]}\n29-12345 (E)    110329\n",
            None,
            [],
        ),
    ]


def _check(text: str, own: str | None, cited: list[str]) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert list(dict.fromkeys(c.target for c in res.citations)) == cited


@pytest.mark.parametrize(("name", "text", "own", "cited"), ROWS, ids=[r[0] for r in ROWS])
def test_own_id(name: str, text: str, own: str, cited: list[str]) -> None:
    _check(text, own, cited)


@pytest.mark.parametrize(("name", "text", "own", "cited"), LOOK_ALIKES, ids=[r[0] for r in LOOK_ALIKES])
def test_look_alike_keeps_its_reading(name: str, text: str, own: str | None, cited: list[str]) -> None:
    _check(text, own, cited)


def _html(text: str) -> bytes:
    paras = "".join(f"<p>{html.escape(x)}</p>" for x in text.split("\n") if x.strip())
    return f"<html><body>{paras}</body></html>".encode()


def _word(text: str) -> bytes:
    return docx("".join(p(x) for x in text.split("\n") if x.strip()))


FILE_ROWS = [r for r in ROWS if "Environment Assembly" in r[0] or "cover, then" in r[0]]


@pytest.mark.parametrize(("name", "text", "own", "cited"), FILE_ROWS, ids=[r[0] for r in FILE_ROWS])
def test_own_id_in_html_and_word(name: str, text: str, own: str, cited: list[str]) -> None:
    _check(text_of(_html(text), "text.html"), own, cited)
    _check(text_of(_word(text), "text.docx"), own, cited)
