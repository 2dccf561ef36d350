"""Adversarial rows for the rules of session 22 (issue 7): near misses each rule must leave alone
and forms it must cover but missed. A Council number in the sentence after the Council's dated
one is not the Council's where the next sentence gives it to another body by its short name
("In its resolution 2473, the Assembly …"), and a list there gives each number; a treaty's short
name after a party's words is not the treaty where a word of its Committee or of another text
follows ("the CEDAW Committee", "CRC general comment No. 25", "CEDAW's Optional Protocol"), and a
list's next item may join its preposition to its article ("et au CDE"); a list of the Council's
numbers in another body's text is the Council's where the Council is named after it, or another
body opens the list's next item; a code's noun before a document's symbol with lettered parts
("the model A/CN.9/1012") leaves the document cited. The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GaRow, by_language, ga_targets
from rescite.engine.extract import extract_text

_CEDAW, _CRC, _CAT, _CRPD = "UNTS/1249/20378", "UNTS/1577/27531", "UNTS/1465/24841", "UNTS/2515/44910"
_MET_EN = "Noting that the Security Council met on 14 June 2019. "
_MET_FR = "Notant que le Conseil de sécurité s'est réuni le 14 juin 2019. "

# (language, paragraph of an Assembly text, its distinct targets): the Council's number in the
# sentence after its dated one
_NEXT: list[GaRow] = [
    ("en", _MET_EN + "In its resolution 2473, the Assembly requested a report,", set()),
    ("en", _MET_EN + "The Assembly, in resolution 2473, requested a report,", set()),
    ("fr", _MET_FR + "Dans sa résolution 2473, l'Assemblée a prié le Secrétaire général,", set()),
    (
        "es",
        "Observando que el Consejo de Seguridad se reunió el 14 de junio de 2019. En su resolución "
        "2473, la Asamblea pidió un informe,",
        set(),
    ),
    (
        "ru",
        "отмечая, что Совет Безопасности провел заседание 14 июня 2019 года. В резолюции 2473 "
        "Ассамблея просила представить доклад,",
        set(),
    ),
    (
        "en",
        _MET_EN + "Resolutions 2473 and 2474 renewed the mandates,",
        {"S/RES/2473(2019)", "S/RES/2474(2019)"},
    ),
    (
        "fr",
        _MET_FR + "Les résolutions 2473 et 2474 ont prorogé les mandats,",
        {"S/RES/2473(2019)", "S/RES/2474(2019)"},
    ),
    (
        "ar",
        "وإذ تلاحظ أن مجلس الأمن اجتمع في 14 حزيران/يونيه 2019. ومدد القراران 2473 و 2474 الولايات،",
        {"S/RES/2473(2019)", "S/RES/2474(2019)"},
    ),
    (
        "zh",
        "注意到安全理事会于2019年6月14日举行会议。第2473号、第2474号和第2475号决议延长了任务期限，",
        {"S/RES/2473(2019)", "S/RES/2474(2019)", "S/RES/2475(2019)"},
    ),
]
_NEXT_SAME: list[GaRow] = [
    ("en", _MET_EN + "Paragraph 2473 of the report describes the meeting,", set()),
    ("en", _MET_EN + "See page 2473 of the record,", set()),
    ("en", _MET_EN + "Decision 2473 of the Board refers to it,", set()),
    ("en", _MET_EN + "Resolution 2473 was welcomed by the Assembly,", {"S/RES/2473(2019)"}),
    ("en", _MET_EN + "Resolution 2473 was adopted by the Council,", {"S/RES/2473(2019)"}),
    # a number after the singular noun's: no item of a list
    ("en", _MET_EN + "Under resolution 2473, 2500 troops were deployed,", {"S/RES/2473(2019)"}),
    ("fr", _MET_FR + "Au titre de la résolution 2473, 2500 soldats ont été déployés,", {"S/RES/2473(2019)"}),
    ("en", _MET_EN.rstrip() + "\nResolution 2473 renewed the mandate,", {"S/RES/2473(2019)"}),
    (
        "es",
        "Observando que el 9 de junio de 2016 el Consejo de Seguridad examinó la cuestión. La "
        "resolución 2292 autoriza la inspección, y la Asamblea toma nota de ello,",
        {"S/RES/2292(2016)"},
    ),
    (
        "ru",
        "отмечая, что Совет Безопасности провел заседание 14 июня 2019 года. В резолюции 2473 Совет "
        "продлил мандат,",
        {"S/RES/2473(2019)"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_NEXT, _NEXT_SAME))
def test_council_number_in_the_next_sentence(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


# a treaty's short name after a party's or a ratification's words
_ACRONYMS: list[GaRow] = [
    ("en", "Noting the reports of States parties to the CRC and the CEDAW Committee,", {_CRC}),
    ("en", "Noting the provisions of CRC general comment No. 25,", set()),
    ("en", "Noting the provisions of CRC General Comment No. 25,", set()),
    ("en", "Recalling the obligations under CEDAW general recommendation No. 35,", set()),
    ("en", "Noting that States parties to CRPD Committee sessions attended,", set()),
    ("en", "Noting the provisions of CAT Committee's rules of procedure,", set()),
    (
        "en",
        "Urging States that have ratified CEDAW's Optional Protocol to accept the inquiry procedure,",
        set(),
    ),
    ("en", "Calling upon States to accede to the CRC's Optional Protocols,", set()),
    ("fr", "Notant les dispositions de la CEDEF observation générale n° 3,", set()),
    ("fr", "Invitant les États parties à la CEDEF et au CDE à coopérer,", {_CEDAW, _CRC}),
    ("es", "Tomando nota de las disposiciones de la CEDAW recomendación general núm. 35,", set()),
    ("es", "Instando a los Estados partes en la CDN y en la CEDAW a que cumplan,", {_CRC, _CEDAW}),
]
_ACRONYMS_SAME: list[GaRow] = [
    ("en", "Noting the reservations to CEDAW article 16 made by some States,", {_CEDAW}),
    ("en", "Urging States to ratify CEDAW, CRC, CAT and CRPD,", {_CEDAW, _CRC, _CAT, _CRPD}),
    ("en", "Urging States to ratify\nCEDAW and the CRPD,", {_CEDAW, _CRPD}),
    ("en", "Welcoming the dialogue of States parties to CEDAW with the Committee,", {_CEDAW}),
    ("fr", "Invitant les États à ratifier la Convention et à faire rapport au CDE,", set()),
    ("es", "Tomando nota de las disposiciones de CEDAW/C/GC/39,", {"CEDAW/C/GC/39"}),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_ACRONYMS, _ACRONYMS_SAME))
def test_treaty_short_name_or_its_committee(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


# a list of the Council's numbers with and without their years in another body's text
_LIST = {"S/RES/1325(2000)", "S/RES/1889(2009)"}
_COUNCIL_LIST: list[GaRow] = [
    ("en", "Recalling resolutions 1325 and 1889 (2009) of the Security Council,", _LIST),
    ("es", "Recordando las resoluciones 1325 y 1889 (2009) del Consejo de Seguridad,", _LIST),
    ("ru", "ссылаясь на резолюции 1325 и 1889 (2009) Совета Безопасности,", _LIST),
    (
        "en",
        "Recalling resolutions 1325 and 1889 (2009) and Economic and Social Council resolution 2009/12,",
        _LIST | {"E/RES/2009/12"},
    ),
    (
        "en",
        "Recalling resolutions 1325 and 1889 (2009), and General Assembly resolution 70/1,",
        _LIST | {"A/RES/70/1"},
    ),
]
_COUNCIL_LIST_SAME: list[GaRow] = [
    (
        "fr",
        "Rappelant les résolutions 1325 et 1889 (2009) ainsi que la résolution 70/1 de l'Assemblée générale,",
        _LIST | {"A/RES/70/1"},
    ),
    # another body named after the list or before it: the year's number alone is read as before
    (
        "en",
        "Recalling resolutions 1325 and 1889 (2009) of the Economic and Social Council,",
        {"S/RES/1889(2009)"},
    ),
    (
        "fr",
        "Rappelant les résolutions 1325 et 1889 (2009) du Conseil économique et social,",
        {"S/RES/1889(2009)"},
    ),
    ("zh", "回顾经济及社会理事会第1325号和第1889(2009)号决议，", {"S/RES/1889(2009)"}),
    ("en", "Recalling Human Rights Council resolutions 1325 and 1889 (2009),", {"S/RES/1889(2009)"}),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_COUNCIL_LIST, _COUNCIL_LIST_SAME))
def test_council_list_in_another_body_text(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


# a code's noun before a symbol: a document's symbol with lettered parts stays cited
_CODES: list[GaRow] = [
    ("en", "Welcoming the model A/CN.9/1012 adopted by the Commission,", {"A/CN.9/1012"}),
    ("fr", "Prenant note de la loi type et du modèle A/CN.9/1012,", {"A/CN.9/1012"}),
    ("es", "Tomando nota del modelo A/CN.9/1012 y de la ley modelo,", {"A/CN.9/1012"}),
]
_CODES_SAME: list[GaRow] = [
    ("en", "Noting the invoice A/2019/12 for the aircraft,", set()),
    ("fr", "Notant que les observateurs ont voyagé sur le vol A/320,", set()),
    ("en", "Taking note of the model contained in A/CN.9/1012,", {"A/CN.9/1012"}),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_CODES, _CODES_SAME))
def test_code_noun_before_a_document(lang: str, para: str, targets: set[str]) -> None:
    assert ga_targets(lang, para) == targets


# (language, text, the own ids of its records): a heading's year-number over a title that names
# another organisation's organ or a State's keeps its own id; over that organ's line it has none
_OWN: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Decision 2019/210\nReport of the Government of Haiti\n\nAt its 40th plenary meeting, on 24 July "
        "2019, the Council took note of A/79/12.\n",
        {"E/DEC/2019/210"},
    ),
    (
        "en",
        "Decision 2019/210\nStatute of the Tribunal\n\nAt its 40th plenary meeting, on 24 July 2019, the "
        "Council took note of A/79/12.\n",
        {"E/DEC/2019/210"},
    ),
    (
        "fr",
        "Décision 2019/210\nRapport du Gouvernement haïtien\n\nÀ sa 40e séance plénière, le 24 juillet "
        "2019, le Conseil a pris note du document A/79/12.\n",
        {"E/DEC/2019/210"},
    ),
    (
        "en",
        "Resolution 2019/12\nCooperation with the Council of Europe\n\nRecalling its resolution 2018/5,\n",
        {"E/RES/2019/12"},
    ),
    (
        "es",
        "Resolución 2019/12\nCooperación con el Consejo de Europa\n\nRecordando su resolución 2018/5,\n",
        {"E/RES/2019/12"},
    ),
]
_OWN_SAME: list[tuple[str, str, set[str | None]]] = [
    (
        "en",
        "Resolution 2019/12\nThe Municipal Council of Geneva,\nRecalling Economic and Social Council "
        "resolution 2018/5,\n",
        {None},
    ),
    (
        "ar",
        "القرار 2019/12\nإن المجلس البلدي،\n\nإذ يشير إلى قرار المجلس الاقتصادي والاجتماعي 2018/5،\n",
        {None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "own"), by_language(_OWN, _OWN_SAME))
def test_heading_over_a_title_that_names_an_organ(lang: str, text: str, own: set[str | None]) -> None:
    assert {c.source_id for c in extract_text(text, lang=lang).citations} == own
