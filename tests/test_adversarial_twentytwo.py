"""Look-alikes of this session's new rules that a careful reader would not read as they do: a body
named as a clause's actor, then the paragraph of a text with no possessive ("the Council, in
paragraph 5 of resolution 60/251"), owns no text, nor does a body named as the object of a request
("it requested the Council, in paragraph 6 of its resolution …"); a treaty's name inside another
treaty's title, an amendment's, a body's ("the Ad Hoc Working Group on the Paris Agreement") or a
region's convention ("the Inter-American Convention against Corruption"), and a Paris agreement
of an earlier year, are no citation of the United Nations treaty. Each form with the look-alikes
that must not change. The passages are invented for these tests (numbers, dates and wording
changed)."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text


def _targets(lang: str, para: str) -> list[str | None]:
    return [c.target for c in extract_text(GA[lang] + para).citations]


# (language, paragraph of a General Assembly text, the targets of its records): the actor's
# paragraph without a possessive — the bare number is the citing body's
_ACTOR_BARE: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        "Recalling that the Human Rights Council, in paragraph 4 of resolution 58/262, was asked to report,",
        ["A/RES/58/262"],
    ),
    (
        "en",
        "Noting that the Commission on the Status of Women, in paragraph 2 (c) of resolution 66/130, met,",
        ["A/RES/66/130"],
    ),
    (
        "en",
        "Noting that the Human Rights Council, in paragraph 7 of resolution 69/16, was encouraged,",
        ["A/RES/69/16"],
    ),
    (
        "es",
        "Recordando que el Consejo de Derechos Humanos, en el párrafo 4 de la resolución 58/262, actuó,",
        ["A/RES/58/262"],
    ),
    (
        "ru",
        "напоминая, что Совет по правам человека в пункте 4 резолюции 58/262 получил поручение,",
        ["A/RES/58/262"],
    ),
    (
        "ar",
        "وإذ تشير إلى أن مجلس حقوق الإنسان، في الفقرة 4 من القرار 58/262، كُلف بالإبلاغ،",
        ["A/RES/58/262"],
    ),
]
_ACTOR_SAME: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        "Recalling that the Human Rights Council, in paragraph 4 of its resolution 41/17, requested,",
        ["A/HRC/RES/41/17"],
    ),
    (
        "ru",
        "напоминая, что Совет по правам человека в пункте 4 своей резолюции 41/17 просил,",
        ["A/HRC/RES/41/17"],
    ),
    (
        "en",
        "Recalling the adoption by the Human Rights Council in resolution 41/17 of guidelines,",
        ["A/HRC/RES/41/17"],
    ),
    (
        "en",
        "Recalling that the Council, in paragraph 4 of General Assembly resolution 58/262, was asked,",
        ["A/RES/58/262"],
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_ACTOR_BARE, _ACTOR_SAME))
def test_actor_paragraph_needs_possessive(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para) == targets


# (language, paragraph, the targets): a United Nations treaty's name inside another treaty's title,
# or a region's convention that shares its words
_NOT_THE_TREATY: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        "Recalling the Cartagena Protocol on Biosafety to the Convention on Biological Diversity"
        " and resolution 71/2,",
        ["A/RES/71/2"],
    ),
    (
        "fr",
        "Rappelant le Protocole de Cartagena sur la prévention des risques biotechnologiques"
        " relatif à la Convention sur la diversité biologique,",
        [],
    ),
    (
        "es",
        "Recordando el Protocolo de Cartagena sobre Seguridad de la Biotecnología"
        " del Convenio sobre la Diversidad Biológica,",
        [],
    ),
    (
        "ru",
        "ссылаясь на Картахенский протокол по биобезопасности к Конвенции о биологическом разнообразии,",
        [],
    ),
    ("ar", "وإذ تشير إلى بروتوكول قرطاجنة للسلامة الأحيائية التابع لاتفاقية التنوع البيولوجي،", []),
    ("en", "Noting the entry into force of the Inter-American Convention against Corruption,", []),
    ("en", "Welcoming the ratifications of the Arab Convention against Corruption,", []),
    ("en", "Welcoming the African Union Declaration on the Elimination of Violence against Women,", []),
    (
        "en",
        "Noting the Convention against Torture of the Council of Europe and resolution 71/2,",
        ["A/RES/71/2"],
    ),
    ("en", "Noting the Convention against Corruption, of the African Union,", []),
    ("fr", "Notant la Convention contre la torture du Conseil de l'Europe,", []),
    ("es", "Observando la Convención contra la Tortura del Consejo de Europa,", []),
    ("ru", "отмечая Конвенцию против пыток Совета Европы,", []),
    ("ar", "وإذ تلاحظ اتفاقية مناهضة التعذيب الأوروبية،", []),
    # an amendment to the treaty, a protocol of a year to it, a protocol after the treaty's name
    ("fr", "Notant l'entrée en vigueur de l'Amendement de Doha au Protocole de Kyoto,", []),
    ("es", "Observando la entrada en vigor de la Enmienda de Doha al Protocolo de Kioto,", []),
    ("ru", "отмечая вступление в силу Дохинской поправки к Киотскому протоколу,", []),
    ("zh", "注意到《京都议定书》多哈修正生效，", []),
    ("zh", "注意到《禁奴公约》的修正议定书，", []),
    ("zh", "注意到《生物多样性公约》的《卡塔赫纳生物安全议定书》生效，", []),
    (
        "ru",
        "призывая ратифицировать Протокол 2014 года к Конвенции о принудительном или обязательном труде,",
        ["pub:protocol-of-2014-to-the-forced-labour-convention-1930"],
    ),
    # the protocol that amends the treaty; a region's convention by its organisation's name
    ("en", "Noting the Protocol amending the Slavery Convention and resolution 71/2,", ["A/RES/71/2"]),
    ("fr", "Notant le Protocole amendant la Convention relative à l'esclavage,", []),
    ("es", "Observando el Protocolo para modificar la Convención sobre la Esclavitud,", []),
    ("ru", "отмечая Протокол о внесении изменений в Конвенцию о рабстве,", []),
    ("en", "Noting the Convention against Corruption adopted by the African Union in 2003,", []),
    ("zh", "注意到非洲联盟《反腐败公约》生效，", []),
    ("zh", "注意到欧洲委员会《禁止酷刑公约》，", []),
    ("zh", "注意到阿拉伯国家联盟《有组织犯罪公约》，", []),
    # the Paris Agreement's ad hoc working group: the treaty inside the body's name
    ("en", "Taking note of the conclusions of the Ad Hoc Working Group on the Paris Agreement,", []),
    ("fr", "Prenant note des conclusions du Groupe de travail spécial de l'Accord de Paris,", []),
    ("es", "Tomando nota de las conclusiones del Grupo de Trabajo Especial sobre el Acuerdo de París,", []),
    ("ru", "принимая к сведению выводы Специальной рабочей группы по Парижскому соглашению,", []),
    ("ar", "وإذ تحيط علما باستنتاجات الفريق العامل المخصص المعني باتفاق باريس،", []),
    ("zh", "注意到《巴黎协定》特设工作组的结论，", []),
]
_TREATY_SAME: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        "Recalling the Convention on Biological Diversity and the Convention against Corruption,",
        ["UNTS/1760/30619", "UNTS/2349/42146"],
    ),
    ("en", "Recalling the Optional Protocol to the Convention against Torture,", ["UNTS/2375/24841"]),
    ("fr", "Rappelant la Convention sur la diversité biologique,", ["UNTS/1760/30619"]),
    ("zh", "注意到《巴黎协定》生效，", ["UNTS/3156/54113"]),
    ("ru", "ссылаясь на Конвенцию о биологическом разнообразии,", ["UNTS/1760/30619"]),
    ("ar", "وإذ تشير إلى اتفاقية مناهضة التعذيب،", ["UNTS/1465/24841"]),
    ("zh", "注意到《反腐败公约》和《禁止酷刑公约》，", ["UNTS/2349/42146", "UNTS/1465/24841"]),
    ("en", "Recalling the Slavery Convention of the League of Nations,", ["UNTS/60/1414"]),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_NOT_THE_TREATY, _TREATY_SAME))
def test_treaty_name_inside_another_title(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para) == targets


# (language, paragraph, the targets): another agreement signed in Paris, of a year before the
# Paris Agreement's
_OTHER_PARIS: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling the Paris Agreement on Laos of 1962 and resolution 74/12,", ["A/RES/74/12"]),
    ("en", "Recalling the Paris Agreement of 14 March 1984,", []),
    ("fr", "Rappelant l'Accord de Paris sur le Laos du 14 mars 1984,", []),
    ("es", "Recordando el Acuerdo de París sobre Laos de 1984,", []),
    ("ru", "ссылаясь на Парижское соглашение по Лаосу 1984 года,", []),
    ("ar", "وإذ تشير إلى اتفاق باريس بشأن لاوس لعام 1984،", []),
]
_OTHER_PARIS_SAME: list[tuple[str, str, list[str | None]]] = [
    ("en", "Recalling the Paris Agreement of 12 December 2015,", ["UNTS/3156/54113"]),
    ("fr", "Rappelant l'Accord de Paris du 12 décembre 2015,", ["UNTS/3156/54113"]),
    ("ru", "ссылаясь на Парижское соглашение 2015 года,", ["UNTS/3156/54113"]),
    ("ar", "وإذ تشير إلى اتفاق باريس لعام 2015،", ["UNTS/3156/54113"]),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_OTHER_PARIS, _OTHER_PARIS_SAME))
def test_paris_agreement_of_an_earlier_year(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para) == targets


# (language, paragraph, the targets): the body named before the paragraph is the object of a
# request, not the clause's actor: "its" is the requesting (citing) body's
_OBJECT_OF_REQUEST: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        "Recalling that it asked the Human Rights Council, in paragraph 3 of its resolution 62/219, to act,",
        ["A/RES/62/219"],
    ),
    (
        "en",
        "Requests the Human Rights Council, in paragraph 2 of its resolution 67/98, to report,",
        ["A/RES/67/98"],
    ),
    (
        "en",
        "Recalling that it invited the Commission on the Status of Women, in its resolution 64/77, to meet,",
        ["A/RES/64/77"],
    ),
    (
        "en",
        "Recalling its request to the Human Rights Council, in paragraph 3 of its resolution 62/219,",
        ["A/RES/62/219"],
    ),
    (
        "es",
        "Recordando que pidió al Consejo de Derechos Humanos, en el párrafo 3 de su resolución 62/219,"
        " que actuara,",
        ["A/RES/62/219"],
    ),
    (
        "ru",
        "напоминая, что она просила Совет по правам человека в пункте 3 своей резолюции 62/219 действовать,",
        ["A/RES/62/219"],
    ),
]
_OBJECT_SAME: list[tuple[str, str, list[str | None]]] = [
    (
        "en",
        "Welcoming the decision of the Human Rights Council, in paragraph 2 of its resolution 5/1, to act,",
        ["A/HRC/RES/5/1"],
    ),
    (
        "en",
        "Noting that the Human Rights Council, in paragraph 3 of its resolution 41/17, acted,",
        ["A/HRC/RES/41/17"],
    ),
    (
        "ar",
        "وإذ تشير إلى أنها طلبت إلى مجلس حقوق الإنسان، في الفقرة 3 من قرارها 62/219، أن يعمل،",
        ["A/RES/62/219"],
    ),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_OBJECT_OF_REQUEST, _OBJECT_SAME))
def test_object_of_a_request_is_no_actor(lang: str, para: str, targets: list[str | None]) -> None:
    assert _targets(lang, para) == targets
