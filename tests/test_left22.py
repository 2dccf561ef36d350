"""Forms left out last session: a Council number alone in the sentence after the one that names
the Council with a date; a treaty's short name that is also its Committee's, after a party's or
a ratification's words; the Council's numbers with and without their years in one list; a second
noun dated after the list word when the body follows the first number (French, Spanish) or in a
second clause of the same subject (Chinese); the texts a possessive names before "including";
the Arabic and Russian "same Assembly"; and the verbs of UN paragraphs the lexicons lacked. Each
form with the citations beside it that must not change. The passages are invented for these
tests (numbers, dates and wording made up)."""

from __future__ import annotations

import pytest

from passages import GA, HRC, GaRow, by_language, by_tables, ga_targets, targets_of
from rescite.engine.extract import extract_text

#: a record as (target, reason)
_Why = tuple[str | None, str | None]


def _records(lang: str, para: str, head: dict[str, str] = GA) -> list[_Why]:
    return [(c.target, c.reason) for c in extract_text(head[lang] + para, lang=lang).citations]


def _open(n: int, years: str) -> _Why:
    return (None, f"Security Council resolution {n} without its year (its number leaves {years} open)")


# (language, paragraph, its records): the Council's number alone in the sentence after the
# Council's dated one is the Council's, its year the one written with it elsewhere, else open
_NEXT_SENTENCE: list[tuple[str, str, list[_Why]]] = [
    (
        "en",
        "Noting that the Security Council met on 14 June 2019 on the situation. In resolution 2473, "
        "it renewed the authorizations,",
        [("S/RES/2473(2019)", None)],
    ),
    (
        "en",
        "Recalling that on 22 December 2017 the Security Council acted on the question. Resolution "
        "2397 calls upon all States to report,",
        [_open(2397, "2017 or 2018")],
    ),
    (
        "fr",
        "Rappelant que le Conseil de sécurité s'est réuni le 22 décembre 2017. La résolution 2397 "
        "prie les États de faire rapport, et rappelant aussi la résolution 2397 (2017),",
        [("S/RES/2397(2017)", None), ("S/RES/2397(2017)", None)],
    ),
    (
        "es",
        "Recordando que el 9 de junio de 2016 el Consejo de Seguridad examinó la cuestión. La "
        "resolución 2292 autoriza a los Estados a inspeccionar buques,",
        [("S/RES/2292(2016)", None)],
    ),
    (
        "ru",
        "напоминая, что 9 июня 2016 года Совет Безопасности рассмотрел этот вопрос. Резолюция 2292 "
        "уполномочивает государства досматривать суда,",
        [("S/RES/2292(2016)", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى أن مجلس الأمن نظر في المسألة في 9 حزيران/يونيه 2016. ويأذن القرار 2292 للدول "
        "بتفتيش السفن،",
        [("S/RES/2292(2016)", None)],
    ),
    (
        "zh",
        "回顾安全理事会2016年6月9日审议了这一问题。第2292号决议授权各国检查船只，",
        [("S/RES/2292(2016)", None)],
    ),
]
_NEXT_SENTENCE_SAME: list[tuple[str, str, list[_Why]]] = [
    # the Council's sentence gives no date: the number is no one's
    (
        "en",
        "Noting that the Security Council met on the situation. Resolution 2292 authorizes States,",
        [],
    ),
    # a body named in the next sentence: its number
    (
        "en",
        "Noting that the Security Council met on 9 June 2016. General Assembly resolution 70/291 "
        "reviewed the Strategy,",
        [("A/RES/70/291", None)],
    ),
    # a number with its year is read as it was
    (
        "fr",
        "Rappelant que le Conseil de sécurité s'est réuni le 9 juin 2016. La résolution 2292 (2016) "
        "autorise les États,",
        [("S/RES/2292(2016)", None)],
    ),
]


# a treaty's short name that is also its Committee's: the treaty's after a party's or a
# ratification's words, in a list too
_CEDAW, _CRC, _CAT, _CRPD = "UNTS/1249/20378", "UNTS/1577/27531", "UNTS/1465/24841", "UNTS/2515/44910"
_ACRONYMS: list[GaRow] = [
    ("en", "Calling upon States parties to CEDAW to withdraw reservations incompatible with it,", {_CEDAW}),
    (
        "en",
        "Urging States that have not yet done so to ratify CAT and the CRC as a matter of priority,",
        {_CAT, _CRC},
    ),
    ("en", "Welcoming the growing number of ratifications of CRPD,", {_CRPD}),
    ("fr", "Engageant les États parties à la CEDEF à retirer leurs réserves,", {_CEDAW}),
    ("fr", "Invitant les États qui ne l'ont pas encore fait à ratifier la CDE,", {_CRC}),
    ("es", "Instando a los Estados partes en la CEDAW a que retiren sus reservas,", {_CEDAW}),
    ("es", "Alentando a los Estados a ratificar la CDN y la CEDAW,", {_CRC, _CEDAW}),
]
_ACRONYMS_SAME: list[GaRow] = [
    # the Committee: no treaty
    ("en", "Welcoming the work of CEDAW at its eighty-second session,", set()),
    ("en", "Taking note of the report of the CRC (A/79/41),", {"A/79/41"}),
    ("es", "Acogiendo con beneplácito la labor del Comité (CEDAW),", set()),
    # a symbol of the Committee's series
    ("en", "Calling upon States parties to CEDAW/C/GC/38 to act,", {"CEDAW/C/GC/38"}),
]


# the Council's numbers with and without their years in one list: each the Council's
_COUNCIL_LIST: list[tuple[str, str, list[_Why]]] = [
    (
        "zh",
        "回顾第1325号和第1889(2009)号决议，",
        [("S/RES/1325(2000)", None), ("S/RES/1889(2009)", None)],
    ),
    (
        "zh",
        "回顾第1325(2000)号、第1889号和第2122(2013)号决议，",
        [("S/RES/1325(2000)", None), ("S/RES/1889(2009)", None), ("S/RES/2122(2013)", None)],
    ),
    (
        "en",
        "Recalling resolutions 1325 and 1889 (2009),",
        [("S/RES/1325(2000)", None), ("S/RES/1889(2009)", None)],
    ),
    (
        "fr",
        "Rappelant les résolutions 1325 (2000), 1889 et 2122 (2013),",
        [("S/RES/1325(2000)", None), ("S/RES/1889(2009)", None), ("S/RES/2122(2013)", None)],
    ),
    (
        "es",
        "Recordando las resoluciones 2122 (2013) y 2397,",
        [("S/RES/2122(2013)", None), _open(2397, "2017 or 2018")],
    ),
]
_COUNCIL_LIST_SAME: list[tuple[str, str, list[_Why]]] = [
    # no number of the list with its year: not the Council's list
    ("zh", "回顾第1325号和第1889号决议，", []),
    ("en", "Recalling resolutions 1325 and 1889,", []),
    # another body named before the list
    ("zh", "回顾大会第1325号和第1889(2009)号决议，", [("S/RES/1889(2009)", None)]),
    # a note's mark after the list's last number; a smaller number after a list: no Council's
    ("en", "Recalling resolution 2122 (2013),4 and its follow-up,", [("S/RES/2122(2013)", None)]),
    ("en", "Recalling resolutions 2122 (2013) and 1325,", [("S/RES/2122(2013)", None)]),
    (
        "en",
        "Recalling resolutions 1514 (XV) and 2625 (XXV),",
        [("A/RES/1514(XV)", None), ("A/RES/2625(XXV)", None)],
    ),
]


# a second noun dated after the list word: the owner of the number before, its body written after
# that number (French, Spanish), or the subject of a second clause of adoption (Chinese)
_HRC = "A/HRC/RES/"
_DATED_AND: list[GaRow] = [
    (
        "fr",
        "Rappelant la résolution 51/7 du Conseil des droits de l'homme et, le 7 octobre, "
        "la résolution 51/19,",
        {f"{_HRC}51/7", f"{_HRC}51/19"},
    ),
    (
        "fr",
        "Rappelant la résolution 51/7 du Conseil des droits de l'homme, en date du 6 octobre 2022, "
        "et, le 7 octobre, la résolution 51/19,",
        {f"{_HRC}51/7", f"{_HRC}51/19"},
    ),
    (
        "es",
        "Recordando la resolución 51/7 del Consejo de Derechos Humanos y, el 7 de octubre, "
        "la resolución 51/19,",
        {f"{_HRC}51/7", f"{_HRC}51/19"},
    ),
    (
        "en",
        "Recalling resolution 51/7 of the Human Rights Council and, on 7 October, resolution 51/19,",
        {f"{_HRC}51/7", f"{_HRC}51/19"},
    ),
    (
        "ar",
        "وإذ تشير إلى القرار 51/7 لمجلس حقوق الإنسان، وفي 7 تشرين الأول/أكتوبر، القرار 51/19،",
        {f"{_HRC}51/7", f"{_HRC}51/19"},
    ),
    (
        "zh",
        "注意到人权理事会2022年10月6日通过了第51/7号决议，并于10月7日通过了第51/19号决议，",
        {f"{_HRC}51/7", f"{_HRC}51/19"},
    ),
    (
        "zh",
        "注意到人权理事会通过了第51/7号决议，又通过了第51/19号决议和第51/20号决议，",
        {f"{_HRC}51/7", f"{_HRC}51/19", f"{_HRC}51/20"},
    ),
]
_DATED_AND_SAME: list[GaRow] = [
    # no date of its own after the list word: the citing body's, as before
    (
        "fr",
        "Rappelant la résolution 51/7 du Conseil des droits de l'homme et la résolution 51/19,",
        {f"{_HRC}51/7", "A/RES/51/19"},
    ),
    # another body named with the second noun
    (
        "es",
        "Recordando la resolución 51/7 del Consejo de Derechos Humanos y, el 7 de diciembre, la "
        "resolución 77/215 de la Asamblea General,",
        {f"{_HRC}51/7", "A/RES/77/215"},
    ),
    (
        "zh",
        "回顾人权理事会第51/7号决议，并请秘书长提交第77/215号决议所述报告，",
        {f"{_HRC}51/7", "A/RES/77/215"},
    ),
]


#: the Human Rights Council's line that opens a passage of its own text

# "including resolutions …" after the texts a possessive names: the possessive's (the citing
# body's), not the body named with the number before
_INCLUDING: list[GaRow] = [
    (
        "fr",
        "Rappelant la résolution 74/146 de l'Assemblée générale et ses résolutions sur la question, "
        "notamment les résolutions 44/12 et 47/3,",
        {"A/RES/74/146", f"{_HRC}44/12", f"{_HRC}47/3"},
    ),
    (
        "es",
        "Recordando la resolución 74/146 de la Asamblea General y sus resoluciones sobre la cuestión, "
        "incluidas las resoluciones 44/12 y 47/3,",
        {"A/RES/74/146", f"{_HRC}44/12", f"{_HRC}47/3"},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 74/146 Генеральной Ассамблеи и на свои резолюции по этому вопросу, "
        "в том числе резолюции 44/12 и 47/3,",
        {"A/RES/74/146", f"{_HRC}44/12", f"{_HRC}47/3"},
    ),
    (
        "ar",
        "وإذ يشير إلى قرارات الجمعية العامة ذات الصلة وإلى قراراته بشأن هذه المسألة، "
        "بما فيها القراران 44/12 و 47/3،",
        {f"{_HRC}44/12", f"{_HRC}47/3"},
    ),
]
_INCLUDING_SAME: list[GaRow] = [
    # the body's texts singled out, no possessive between
    (
        "fr",
        "Rappelant toutes les résolutions de la Commission des droits de l'homme sur la question, "
        "notamment la résolution 2004/27,",
        {"E/CN.4/RES/2004/27"},
    ),
    (
        "en",
        "Recalling General Assembly resolution 74/146 and its resolutions on the subject, including "
        "resolutions 44/12 and 47/3,",
        {"A/RES/74/146", f"{_HRC}44/12", f"{_HRC}47/3"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_INCLUDING, _INCLUDING_SAME))
def test_including_after_a_possessive(lang: str, para: str, targets: set[str]) -> None:
    assert targets_of(HRC[lang] + para, lang) == targets


# the same Assembly, in Arabic and Russian: the Assembly's text
_SAME_ASSEMBLY: list[GaRow] = [
    ("ar", "وإذ تشير إلى قرار الجمعية نفسها 72/305،", {"A/RES/72/305"}),
    (
        "ar",
        "وإذ تشير إلى قرار مجلس حقوق الإنسان 44/12 وإلى قرار الجمعية ذاتها 72/305،",
        {f"{_HRC}44/12", "A/RES/72/305"},
    ),
    ("ru", "ссылаясь на резолюцию той же Ассамблеи 72/305,", {"A/RES/72/305"}),
]
_SAME_ASSEMBLY_SAME: list[GaRow] = [
    ("ar", "وإذ تشير إلى قرار الجمعية العامة 72/305،", {"A/RES/72/305"}),
    ("ru", "ссылаясь на резолюцию Генеральной Ассамблеи 72/305,", {"A/RES/72/305"}),
]


#: the object after a verb, in each language
_OBJECT = {
    "en": "resolution 72/305,",
    "fr": "la résolution 72/305,",
    "es": "la resolución 72/305,",
    "ru": "резолюцию 72/305,",
    "ar": "القرار 72/305،",
    "zh": "第72/305号决议，",
}
# (language, verb, its function): common verbs of UN paragraphs that the lexicons lacked
_VERBS: list[tuple[str, str, str]] = [
    ("en", "Applauds", "acknowledges"),
    ("en", "Saluting", "acknowledges"),
    ("en", "Deploring", "acknowledges"),
    ("en", "Cognizant of", "acknowledges"),
    ("en", "Supporting", "acts"),
    ("en", "Looking forward to", "acts"),
    ("fr", "Se réjouissant de", "acknowledges"),
    ("fr", "Accueillant favorablement", "acknowledges"),
    ("fr", "Rend hommage à", "acknowledges"),
    ("fr", "Prend également note de", "acknowledges"),
    ("fr", "Appuie", "acts"),
    ("fr", "Souscrivant à", "acts"),
    ("es", "Acogiendo con agrado", "acknowledges"),
    ("es", "Acoge también con beneplácito", "acknowledges"),
    ("es", "Valorando", "acknowledges"),
    ("es", "Respalda", "acts"),
    ("es", "Apoyando", "acts"),
    ("ru", "высоко оценивая", "acknowledges"),
    ("ru", "будучи встревожена", "acknowledges"),
    ("ru", "напоминая о", "builds_on"),
    ("ru", "ссылается также на", "builds_on"),
    ("ru", "поддерживает", "acts"),
    ("ar", "وإذ تشيد ب", "acknowledges"),
    ("ar", "وإذ تعترف ب", "acknowledges"),
    ("ar", "وإذ تحث على تنفيذ", "acts"),
    ("ar", "يساند", "acts"),
    ("zh", "欣见", "acknowledges"),
    ("zh", "满意地注意到", "acknowledges"),
    ("zh", "认识到", "acknowledges"),
    ("zh", "支持", "acts"),
    ("zh", "促请执行", "acts"),
]
_VERBS_SAME: list[tuple[str, str, str]] = [
    ("en", "Welcomes", "acknowledges"),
    ("fr", "Salue", "acknowledges"),
    ("es", "Acoge con beneplácito", "acknowledges"),
    ("ru", "ссылаясь на", "builds_on"),
    ("ar", "وإذ تشير إلى", "builds_on"),
    ("zh", "回顾", "builds_on"),
]


@pytest.mark.parametrize(("lang", "verb", "function"), by_language(_VERBS, _VERBS_SAME))
def test_verbs_of_un_paragraphs(lang: str, verb: str, function: str) -> None:
    glue = "" if lang == "zh" else " "
    cites = extract_text(GA[lang] + verb + glue + _OBJECT[lang], lang=lang).citations
    assert [(c.target, c.function) for c in cites] == [("A/RES/72/305", function)]


# a one-line French text full of the words French shares with Spanish ("en", "que"): read as French
# (or as either), its French nouns looked for
_ONE_LINE: list[tuple[str, set[str]]] = [
    (
        "La Commission a en effet estimé que la résolution 63/8 que la CND a en vue "
        "en ce moment en fait partie.",
        {"A/RES/63/8"},
    ),
    (
        "La Conférence a en outre la résolution 63/8 en vue, que la Commission a en mémoire en ce moment.",
        {"A/RES/63/8"},
    ),
    (
        "Le Conseil a en effet jugé en 2021 que la résolution 75/12 que la Commission "
        "a en vue en fait partie.",
        {"A/RES/75/12"},
    ),
]
_ONE_LINE_SAME: list[tuple[str, set[str]]] = [
    ("Observa que en la resolución 63/8 se pide que en 2021 la Comisión informe en Viena.", {"A/RES/63/8"}),
    (
        "Recordando la resolución 70/1 en la que la Asamblea aprobó la Agenda 2030 "
        "para el Desarrollo Sostenible.",
        {"A/RES/70/1"},
    ),
]


@pytest.mark.parametrize(
    ("line", "targets"),
    [pytest.param(*r, id=f"fr-{i}") for i, r in enumerate(_ONE_LINE)]
    + [pytest.param(*r, id=f"same-es-{i}") for i, r in enumerate(_ONE_LINE_SAME)],
)
def test_one_line_french(line: str, targets: set[str]) -> None:
    assert targets_of(line) == targets


@pytest.mark.parametrize(
    ("lang", "para", "targets"),
    by_tables(
        acronyms=(_ACRONYMS, _ACRONYMS_SAME),
        dated_and=(_DATED_AND, _DATED_AND_SAME),
        same_assembly=(_SAME_ASSEMBLY, _SAME_ASSEMBLY_SAME),
    ),
)
def test_assembly_targets(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


@pytest.mark.parametrize(
    ("lang", "para", "records"),
    by_tables(
        next_sentence=(_NEXT_SENTENCE, _NEXT_SENTENCE_SAME), council_list=(_COUNCIL_LIST, _COUNCIL_LIST_SAME)
    ),
)
def test_council_records(lang: str, para: str, records: list[_Why]) -> None:
    assert _records(lang, para) == records
