"""Look-alikes a careful reader would not read as citations of United Nations texts: another
system's numbers (a United States immigration decision "27 I&N Dec. 12/3", a vote "5/4 in
favour", a share "1/2 of the funds"); a court's reports or a State's gazette before a number and
its year ("Bull. civ. I, n° 1373 (2001)", "BOE núm. 1325 (2000)"); a lower-case Paris agreement of
another matter, a body named after a treaty ("the Kyoto Protocol Adaptation Fund Board"); a count
after members of the Security Council's list ("2334 (2016) and 2250 persons"); a lower-case
regional council's text; and the subject of an adoption that its date, its session or the manner
of the vote stands apart from. Each form with the real citations beside it that must not change.
The passages are invented for these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, SC, by_language
from rescite.engine.extract import extract_text


def _targets(lang: str, para: str, opening: dict[str, str] = GA) -> list[str | None]:
    return [c.target for c in extract_text(opening[lang] + para).citations]


# (language, paragraph of a General Assembly text, the targets of its records): numbers of other
# systems — a reporter's decision, a vote's count, a share
_OTHER_NUMBERS: list[tuple[str, str, list[str | None]]] = [
    ("en", "Noting the precedent in Matter of Ortega, 27 I&N Dec. 12/3 (BIA 2019), on removal,", []),
    ("en", "Noting the holding of Matter of Vela, 28 I&N Dec. 41/2 (A.G. 2021),", []),
    ("en", "Noting the standard of review applied in removal cases (I&N Dec. 9/5),", []),
    ("en", "Noting the holding in Matter of Ruiz, 26\nI&N Dec. 9/5 (BIA 2017), on bond,", []),
    ("en", "Noting the decision 5/4 in favour of the applicant by the panel,", []),
    ("en", "Noting the decision 7/2 in favor of the claimants,", []),
    ("en", "Noting that decision 1/2 of the funds shall be paid to the trust fund,", []),
    ("fr", "Notant la décision 5/4 en faveur du requérant,", []),
    ("fr", "Notant que la décision 1/2 des fonds sera versée au fonds,", []),
    ("es", "Observando la decisión 5/4 a favor del demandante,", []),
    ("es", "Observando que la decisión 1/2 de los fondos será abonada,", []),
    ("ru", "отмечая решение 5/4 в пользу заявителя,", []),
]
_OTHER_NUMBERS_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling Human Rights Council resolution 12/3 on the right to food,", ["A/HRC/RES/12/3"]),
    ("en", "Recalling its resolution 64/2 and a 1/2 share of the funds,", ["A/RES/64/2"]),
    ("en", "Noting resolution 41/2 of the Human Rights Council in favour of dialogue,", ["A/HRC/RES/41/2"]),
    ("fr", "Rappelant la résolution 12/3 du Conseil des droits de l'homme,", ["A/HRC/RES/12/3"]),
    ("es", "Recordando la resolución 12/3 del Consejo de Derechos Humanos,", ["A/HRC/RES/12/3"]),
    ("en", "Recalling resolution 70/1 in favour of sustainable development,", ["A/RES/70/1"]),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_OTHER_NUMBERS, _OTHER_NUMBERS_SAME))
def test_numbers_of_other_systems(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para) == targets


# (language, paragraph, the targets): a court's reports or a State's gazette before a number and
# its year, a chamber's numeral perhaps between — a page or an issue, no Council resolution
_REPORTS: list[tuple[str, str, list[str | None]]] = [
    ("fr", "Rappelant l'arrêt publié au Bull. civ. I, n° 1373 (2001), relatif aux contrats,", []),
    ("fr", "Rappelant l'arrêt, Bull. crim. n° 1820 (2008), relatif à la détention,", []),
    ("fr", "Rappelant le décret publié au JORF n° 1540 (2004), relatif aux armes,", []),
    ("fr", "Rappelant le décret paru au JO n° 2117 (2013), relatif aux transferts,", []),
    ("fr", "Rappelant l'arrêt de la Cour, Rec. 1325 (2000), relatif à la concurrence,", []),
    ("es", "Recordando la ley publicada en el BOE núm. 1325 (2000), relativa a la igualdad,", []),
    ("es", "Recordando el real decreto publicado en el BOE n.º 2242 (2015), relativo al empleo,", []),
    ("ru", "ссылаясь на Собрание законодательства № 1373 (2001),", []),
    ("ar", "وإذ تشير إلى الجريدة الرسمية رقم 1325 (2000)،", []),
    ("zh", "回顾政府公报第1325(2000)号，", []),
    ("fr", "Rappelant le Recueil des Traités des Nations Unies, vol. 1325 (2000),", []),
    ("ru", "ссылаясь на Сборник договоров, т. 1325 (2000),", []),
]
_REPORTS_SAME: list[tuple[str, str, list[str | None]]] = [
    (
        "fr",
        "Rappelant la résolution 1373 (2001) du Conseil de sécurité, publiée au JORF,",
        ["S/RES/1373(2001)"],
    ),
    ("fr", "Rappelant la résolution 1540 (2004) et l'arrêt publié au Bull. civ.,", ["S/RES/1540(2004)"]),
    (
        "es",
        "Recordando la resolución 1325 (2000) del Consejo de Seguridad y el BOE,",
        ["S/RES/1325(2000)"],
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_REPORTS, _REPORTS_SAME))
def test_reports_and_gazettes_before_a_number(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para) == targets


# (language, paragraph, the targets): a Paris agreement of another matter written in lower case,
# a body named after a treaty — no citation of the treaty
_NOT_THE_TREATY: list[tuple[str, str, list[str | None]]] = [
    ("en", "Welcoming the Paris agreement between the two parties on the ceasefire,", []),
    ("en", "Welcoming the Paris agreement on trade between the two States,", []),
    ("en", "Recalling the Paris agreement of 1991 on the settlement of the conflict,", []),
    ("en", "Recalling the Paris agreement for peace signed by the factions,", []),
    ("en", "Noting the work of the Kyoto Protocol Adaptation Fund Board,", []),
    ("en", "Welcoming the report of the Convention on Biological Diversity Secretariat,", []),
    ("en", "Noting the work of the Paris Agreement Implementation and Compliance Committee,", []),
    ("ar", "وإذ تشير إلى اتفاق باريس للسلام بين الطرفين،", []),
    ("en", "Welcoming the Paris agreement with the creditor countries,", []),
    ("zh", "注意到《京都议定书》适应基金董事会，", []),
]
_TREATY_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling the Paris agreement on climate change,", ["UNTS/3156/54113"]),
    ("en", "Recalling the Paris Agreement, and resolution 71/2,", ["UNTS/3156/54113", "A/RES/71/2"]),
    ("en", "Welcoming the entry into force of the Kyoto Protocol,", ["UNTS/2303/30822"]),
    ("ar", "وإذ تشير إلى اتفاق باريس،", ["UNTS/3156/54113"]),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_NOT_THE_TREATY, _TREATY_SAME))
def test_other_agreement_or_body_named_after_a_treaty(
    lang: str, para: str, targets: list[str | None]
) -> None:
    assert _targets(lang, para) == targets


# (language, paragraph of the Security Council's text, the targets): a number without its year
# after members of the list written with theirs, a word after it — a count, no resolution
_COUNTS: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling its resolutions 2334 (2016) and 2250 persons displaced,", ["S/RES/2334(2016)"]),
    (
        "en",
        "Recalling its resolutions 2334 (2016), 2250 and 2419 refugees,",
        ["S/RES/2334(2016)", "S/RES/2250(2015)"],
    ),
    ("fr", "Rappelant ses résolutions 2334 (2016) et 2250 personnes déplacées,", ["S/RES/2334(2016)"]),
    ("es", "Recordando sus resoluciones 2334 (2016) y 2419 refugiados,", ["S/RES/2334(2016)"]),
    ("es", "Recordando sus resoluciones 2334 (2016) y 2250 efectivos,", ["S/RES/2334(2016)"]),
]
_COUNTS_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling its resolutions 2334 (2016) and 2250,", ["S/RES/2334(2016)", "S/RES/2250(2015)"]),
    (
        "en",
        "Recalling its resolutions 2334 (2016) and 2250 of 9 December 2015,",
        ["S/RES/2334(2016)", "S/RES/2250(2015)"],
    ),
    ("en", "Recalling its resolution 2419,", ["S/RES/2419(2018)"]),
    (
        "en",
        "Recalling its resolutions 2334 (2016) and 2250 on youth,",
        ["S/RES/2334(2016)", "S/RES/2250(2015)"],
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_COUNTS, _COUNTS_SAME))
def test_count_after_the_council_list(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para, SC) == targets


# (language, paragraph, the targets): a regional or local council's text, named in lower case
# after the number — kept unresolved, no Economic and Social Council's
_REGIONAL: list[tuple[str, str, list[str | None]]] = [
    ("fr", "Rappelant la résolution 1987/4 du conseil régional,", [None]),
    ("fr", "Rappelant la résolution 2019/45 du conseil départemental,", [None]),
    ("es", "Recordando la resolución 1987/4 del consejo provincial,", [None]),
    ("es", "Recordando la resolución 2003/17 de la diputación provincial,", [None]),
    ("en", "Recalling resolution 1987/4 of the regional council,", [None]),
    ("ru", "ссылаясь на резолюцию 1987/4 областного совета,", [None]),
    ("ar", "وإذ تشير إلى القرار 1987/4 للمجلس الإقليمي،", [None]),
    ("fr", "Rappelant la résolution 2001/3 du conseil d'administration,", [None]),
    ("es", "Recordando la resolución 2001/3 del consejo directivo,", [None]),
    ("en", "Recalling that the Council of Europe, on 5 July, adopted resolution 2021/12,", [None]),
    ("fr", "Rappelant que le Conseil de l'Europe a adopté la résolution 2021/12,", [None]),
    ("es", "Recordando que el Consejo de Europa aprobó la resolución 2021/12,", [None]),
    ("ru", "напоминая, что Совет Европы принял резолюцию 2021/12,", [None]),
    ("ar", "وإذ تشير إلى أن مجلس أوروبا اعتمد القرار 2021/12،", [None]),
]
_REGIONAL_SAME: list[tuple[str, str, list[str | None]]] = [
    ("fr", "Rappelant la résolution 1987/4 du Conseil économique et social,", ["E/RES/1987/4"]),
    ("es", "Recordando la resolución 1987/4 del Consejo Económico y Social,", ["E/RES/1987/4"]),
    ("en", "Recalling resolution 1987/4 of the Economic and Social Council,", ["E/RES/1987/4"]),
    ("ru", "ссылаясь на резолюцию 1987/4 Экономического и Социального Совета,", ["E/RES/1987/4"]),
    ("en", "Recalling that the Economic and Social Council adopted resolution 2021/12,", ["E/RES/2021/12"]),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_REGIONAL, _REGIONAL_SAME))
def test_regional_council_in_lower_case(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para) == targets


# (language, paragraph, the targets): the adoption's subject with its date, session or manner of
# the vote between it and the number — the subject's text, no citing body's
_ADOPTED: list[tuple[str, str, list[str | None]]] = [
    (
        "fr",
        "Rappelant que le Conseil des droits de l'homme a, le 5 juillet 2021, adopté la résolution 47/3,",
        ["A/HRC/RES/47/3"],
    ),
    ("fr", "Rappelant que le Conseil a, le 5 juillet, adopté la résolution 47/3,", [None]),
    ("en", "Recalling that the Council, on 5 July, adopted resolution 47/3,", [None]),
    (
        "en",
        "Recalling that the Human Rights Council has, on 5 July 2021, adopted resolution 47/3,",
        ["A/HRC/RES/47/3"],
    ),
    (
        "en",
        "Recalling that the Human Rights Council adopted without a vote resolution 47/3,",
        ["A/HRC/RES/47/3"],
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos, en su 47º período de sesiones,"
        " aprobó la resolución 47/3,",
        ["A/HRC/RES/47/3"],
    ),
    ("zh", "回顾人权理事会第四十七届会议通过第47/3号决议，", ["A/HRC/RES/47/3"]),
    ("zh", "回顾人权理事会在第四十七届会议上通过了第47/3号决议，", ["A/HRC/RES/47/3"]),
    ("zh", "回顾人权理事会第四十八届会议未经表决通过第48/13号决议，", ["A/HRC/RES/48/13"]),
    (
        "en",
        "Recalling that the Human Rights Council has, in its resolution 47/3, requested,",
        ["A/HRC/RES/47/3"],
    ),
    (
        "fr",
        "Rappelant que le Conseil des droits de l'homme a, dans sa résolution 47/3, prié,",
        ["A/HRC/RES/47/3"],
    ),
    (
        "ru",
        "напоминая, что Совет по правам человека консенсусом принял резолюцию 48/13,",
        ["A/HRC/RES/48/13"],
    ),
    (
        "en",
        "Recalling that the Human Rights Council, at its forty-seventh session, held in Geneva from"
        " 21 June to 14 July 2021, adopted resolution 47/3,",
        ["A/HRC/RES/47/3"],
    ),
    (
        "ru",
        "напоминая, что Совет по правам человека на своей сорок седьмой сессии, проходившей в Женеве,"
        " принял резолюцию 47/3,",
        ["A/HRC/RES/47/3"],
    ),
]
_ADOPTED_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling that the Human Rights Council adopted resolution 47/3,", ["A/HRC/RES/47/3"]),
    ("fr", "Rappelant que le Conseil des droits de l'homme a adopté la résolution 47/3,", ["A/HRC/RES/47/3"]),
    ("zh", "回顾人权理事会通过第47/3号决议，", ["A/HRC/RES/47/3"]),
    ("en", "Recalling that the Council adopted resolution 47/3,", [None]),
    ("en", "Recalling its resolution 47/3, adopted without a vote,", ["A/RES/47/3"]),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_ADOPTED, _ADOPTED_SAME))
def test_adoption_subject_apart_from_the_number(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para) == targets
