"""Look-alikes of the last two sessions' rules that a careful reader would not read as they did,
in six languages: a General Assembly, council or board of another organisation named with it
("resolution 45/2 of the General Assembly of WIPO", "резолюция 45/2 ГА ВОИС", "l'AG de l'OMPI",
"WIPO General Assembly", "知识产权组织大会") is no organ of the United Nations; a date before a
bracket whose number a clause follows ("通过的报告（第69/313号决议所要求）") is not the number's;
Arabic body names after the glued "ل" with the article ("للجنة الاقتصادية لأفريقيا"); a treaty
footnote that writes the number word before each number ("No. 15410 and No. 15749"); a Bluebook
chain that a participle or a comparison signal leads to another document ("as examined by …",
"following", "contra"); a date "as at" a day before the actor; a copy's label before a symbol that
a sentence then follows ("UN Doc. A/RES/73/151 is summarised below."). Each form with the
look-alikes that must not change. The passages are invented for these tests (numbers,
dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, by_language, dates_of
from rescite.engine.extract import extract_text

R, HRC = "A/RES/", "A/HRC/RES/"
#: an unresolved record (another organisation's or a body's without an id scheme here)
U = ""

# (language, paragraph of a General Assembly text, target ("" unresolved) -> its date or None)
_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    # an organ of another organisation, named after the body's name or before it
    ("en", "Recalling resolution 47/3 of the General Assembly of WIPO on the development agenda,", {U: None}),
    ("en", "Recalling resolution 47/3 of the WIPO General Assembly,", {U: None}),
    ("en", "Welcoming WIPO General Assembly resolution 47/3 of 2 October 2018,", {U: "2018-10-02"}),
    (
        "en",
        "Recalling resolution 31/7 of the General Assembly of ICAO and its resolution 70/1,",
        {U: None, f"{R}70/1": None},
    ),
    ("fr", "Rappelant la résolution 47/3 de l'Assemblée générale de l'OMPI,", {U: None}),
    (
        "fr",
        "Rappelant la résolution 47/3 de l'AG de l'OMPI et sa résolution 70/1,",
        {U: None, f"{R}70/1": None},
    ),
    (
        "fr",
        "Rappelant la résolution 31/7 de l'Assemblée générale de l'Organisation mondiale du tourisme,",
        {U: None},
    ),
    ("es", "Recordando la resolución 47/3 de la Asamblea General de la OMPI,", {U: None}),
    (
        "es",
        "Recordando la resolución 31/7 de la Asamblea General de la Organización Mundial del Turismo,",
        {U: None},
    ),
    (
        "es",
        "Recordando la resolución 47/3 de la AG de la OMPI y su resolución 70/1,",
        {U: None, f"{R}70/1": None},
    ),
    ("ru", "ссылаясь на резолюцию 47/3 ГА ВОИС о повестке дня в области развития,", {U: None}),
    (
        "ru",
        "ссылаясь на резолюцию 47/3 Генеральной Ассамблеи ВОИС и свою резолюцию 70/1,",
        {U: None, f"{R}70/1": None},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 31/7 Генеральной Ассамблеи Всемирной туристской организации,",
        {U: None},
    ),
    ("ar", "وإذ تشير إلى القرار 47/3 للجمعية العامة للمنظمة العالمية للملكية الفكرية،", {U: None}),
    ("ar", "وإذ تشير إلى القرار 31/7 للجمعية العامة لمنظمة السياحة العالمية،", {U: None}),
    ("zh", "回顾世界知识产权组织大会第47/3号决议，", {U: None}),
    ("zh", "回顾知识产权组织大会第47/3号决议和大会第70/1号决议，", {U: None, f"{R}70/1": None}),
    # a date before a bracket whose number a clause follows: not the number's
    ("zh", "注意到2016年7月27日通过的报告（第70/299号决议所要求），", {f"{R}70/299": None}),
    (
        "en",
        "Taking note of the report issued on 2 March 2018 (resolution 72/279 refers),",
        {f"{R}72/279": None},
    ),
    # Arabic: a body's name with the article after the glued "ل" ("للجنة" for "ل" + "اللجنة")
    ("ar", "وإذ تشير إلى القرار 2006/54 للجنة الاقتصادية لأفريقيا،", {U: None}),
    ("ar", "وإذ تشير إلى القرار 2011/3 للجنة الاقتصادية لأوروبا،", {U: None}),
    # a treaty footnote with the number word before each number
    (
        "en",
        "¹ United Nations, Treaty Series, vols. 1035 and 1050, No. 15410 and No. 15749.",
        {"UNTS/1035/15410": None, "UNTS/1050/15749": None},
    ),
    (
        "fr",
        "¹ Nations Unies, Recueil des Traités, vol. 1035 et 1050, n° 15410 et n° 15749.",
        {"UNTS/1035/15410": None, "UNTS/1050/15749": None},
    ),
    # a Bluebook chain that a participle leads to another document: its date is that document's
    (
        "en",
        "G.A. Res. 71/1, as examined by the Special Rapporteur, U.N. Doc. A/72/284 (Aug. 7, 2017).",
        {f"{R}71/1": None, "A/72/284": "2017-08-07"},
    ),
    (
        "en",
        "G.A. Res. 66/290, annex, following U.N. Doc. A/CONF.217/12 (June 24, 2012).",
        {f"{R}66/290": None, "A/CONF.217/12": "2012-06-24"},
    ),
    (
        "en",
        "G.A. Res. 66/290, annex, endorsing U.N. Doc. A/CONF.217/L.2 (June 21, 2012).",
        {f"{R}66/290": None, "A/CONF.217/L.2": "2012-06-21"},
    ),
    # a period's bound that says "as at" before the actor: not the day the number was adopted
    (
        "en",
        "Noting that, as at 30 June 2018, the General Assembly in its resolution 72/266 had approved"
        " the posts,",
        {f"{R}72/266": None},
    ),
    (
        "fr",
        "Notant qu'au 30 juin 2018, l'Assemblée générale, dans sa résolution 72/266, avait approuvé"
        " les postes,",
        {f"{R}72/266": None},
    ),
    (
        "es",
        "Observando que al 30 de junio de 2018 la Asamblea General, en su resolución 72/266, había"
        " aprobado los puestos,",
        {f"{R}72/266": None},
    ),
    (
        "ru",
        "отмечая, что по состоянию на 30 июня 2018 года Генеральная Ассамблея в своей резолюции 72/266"
        " утвердила должности,",
        {f"{R}72/266": None},
    ),
    # Bluebook signals of comparison before another document
    (
        "en",
        "G.A. Res. 3171 (XXVIII), ¶ 3, contra U.N. Doc. A/9030 (Dec. 17, 1973).",
        {f"{R}3171(XXVIII)": None, "A/9030": "1973-12-17"},
    ),
    (
        "en",
        "G.A. Res. 3171 (XXVIII), ¶ 3, compare U.N. Doc. A/9030 (Dec. 17, 1973).",
        {f"{R}3171(XXVIII)": None, "A/9030": "1973-12-17"},
    ),
    # … or a short name of the body with that organisation after it
    ("en", "Recalling resolution 49/5 of the Assembly of WIPO,", {U: None}),
    ("fr", "Rappelant la résolution 49/5 de l'Assemblée de l'OMPI,", {U: None}),
    ("es", "Recordando la resolución 49/5 de la Asamblea de la OMPI,", {U: None}),
    # a regional commission by its short name in French, Russian and Arabic: no Assembly resolution
    ("fr", "Rappelant la résolution 68/2 de la CEE-ONU et sa résolution 70/1,", {U: None, f"{R}70/1": None}),
    ("ru", "ссылаясь на резолюцию 68/2 ЕЭК ООН и свою резолюцию 70/1,", {U: None, f"{R}70/1": None}),
    ("ar", "وإذ تشير إلى قرار الإسكاب 75/4 وقرارها 70/1،", {U: None, f"{R}70/1": None}),
    ("ar", "وإذ تشير إلى القرار 31/2 للإسكوا،", {U: None}),
]

# look-alikes that must not change: the United Nations' own organs, named with the Organization
_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("en", "Recalling resolution 70/1 of the General Assembly of the United Nations,", {f"{R}70/1": None}),
    (
        "en",
        "Recalling UN General Assembly resolution 70/1 and ECOSOC resolution 2017/9,",
        {f"{R}70/1": None, "E/RES/2017/9": None},
    ),
    ("en", "NOTING General Assembly resolution 70/1,", {f"{R}70/1": None}),
    (
        "en",
        "Recalling resolution 70/1 of the General Assembly of 25 September 2015,",
        {f"{R}70/1": "2015-09-25"},
    ),
    ("fr", "Rappelant la résolution 70/1 de l'Assemblée générale de l'ONU,", {f"{R}70/1": None}),
    (
        "fr",
        "Rappelant la résolution 70/1 de l'Assemblée générale du 25 septembre 2015,",
        {f"{R}70/1": "2015-09-25"},
    ),
    ("es", "Recordando la resolución 70/1 de la Asamblea General de la ONU,", {f"{R}70/1": None}),
    ("ru", "ссылаясь на резолюцию 70/1 Генеральной Ассамблеи ООН,", {f"{R}70/1": None}),
    ("ar", "وإذ تشير إلى القرار 70/1 للجمعية العامة،", {f"{R}70/1": None}),
    ("ar", "وإذ تشير إلى القرار 2005/69 للجنة حقوق الإنسان،", {"E/CN.4/RES/2005/69": None}),
    ("zh", "回顾联合国大会第70/1号决议，", {f"{R}70/1": None}),
    (
        "zh",
        "回顾2015年7月27日通过的亚的斯亚贝巴行动议程（第69/313号决议附件），",
        {f"{R}69/313": "2015-07-27"},
    ),
    (
        "en",
        "Recalling the Declaration adopted on 19 September 2016 (resolution 71/1, annex),",
        {f"{R}71/1": "2016-09-19"},
    ),
    (
        "en",
        "¹ United Nations, Treaty Series, vols. 1035 and 1050, No. 15410.",
        {"UNTS/1035/15410": None, "UNTS/1050/15410": None},
    ),
    (
        "en",
        "Noting resolution 12/4 of the General Assembly of the World Intellectual Property Organization,",
        {U: None},
    ),
    ("fr", "Prenant note de la décision 12/4 du Conseil de sécurité de l'OTAN,", {U: None}),
    ("zh", "欢迎2018年3月2日印发的说明（第72/279号决议要求编写），", {f"{R}72/279": None}),
    ("ar", "وإذ تشير إلى المقرر 2016/7 للمجلس التنفيذي لبرنامج الأمم المتحدة الإنمائي،", {U: None}),
    ("en", "ANNEX General Assembly resolution 70/1,", {f"{R}70/1": None}),
    (
        "en",
        "G.A. Res. 3201 (S-VI), U.N. GAOR, 6th Special Sess., Supp. No. 1, at 3, U.N. Doc. A/9556"
        " (May 1, 1974).",
        {f"{R}3201(S-VI)": "1974-05-01", "A/9556": "1974-05-01"},
    ),
    ("en", "Recalling resolution 70/1 of the Assembly,", {f"{R}70/1": None}),
    (
        "en",
        "Recalling decision 2/1 and resolutions 70/1 and 71/313,",
        {U: None, f"{R}70/1": None, f"{R}71/313": None},
    ),
    ("fr", "Rappelant le règlement (CEE) n° 1408/71 et sa résolution 70/1,", {f"{R}70/1": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ROWS, _SAME))
def test_a_look_alike_gives_no_target_or_date_of_its_own(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_dates(dates_of(GA[lang] + para, unresolved=U), expected)


# a copy's label before a symbol that a sentence then follows in lower case cites the symbol: no
# running header run into the text's first line, no own id (text -> its own id, or None)
_OWN: list[tuple[str, str, str | None]] = [
    (
        "en",
        "UN Doc. A/RES/73/151 is summarised below.\n\nThe General Assembly,\n\n"
        "Recalling its resolution 70/1,",
        None,
    ),
    (
        "fr",
        "Citer comme : A/RES/73/151 lorsqu'il est question du mandat.\n\n"
        "Dans sa résolution 70/1, l'Assemblée …",
        None,
    ),
    (
        "es",
        "Citar como: A/RES/73/151 cuando se trate del mandato.\n\nEn su resolución 70/1, la Asamblea …",
        None,
    ),
    ("ru", "Ссылка: A/RES/73/151 при упоминании мандата.\n\nВ своей резолюции 70/1 Ассамблея …", None),
]

_OWN_SAME: list[tuple[str, str, str | None]] = [
    (
        "en",
        "Cite as: A/RES/73/151\n\nThe General Assembly,\n\nRecalling its resolution 70/1,",
        "A/RES/73/151",
    ),
    (
        "en",
        "Protection of refugees A/RES/73/151 recognizing the needs of …\n\nThe General Assembly,\n\n"
        "Recalling its resolution 70/1,",
        "A/RES/73/151",
    ),
]


@pytest.mark.parametrize(("lang", "text", "own"), by_language(_OWN, _OWN_SAME))
def test_a_copy_label_before_a_sentence_cites_the_symbol(lang: str, text: str, own: str | None) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    if own is None:
        assert "A/RES/73/151" in {c.target for c in res.citations}
