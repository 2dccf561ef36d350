"""A list of dated numbers whose items each carry a topic or a title ("its resolutions 75/210 of
21 December 2020 on marine debris, 76/118 of 9 December 2021 on coral reefs and 77/86 of …",
"Council resolutions 52/12 of 3 April 2023, entitled “…”, 53/4 of …"), found reading drafts of the
Third Committee (issue 7): the list goes on after each topic (``topic_after`` in the lexicon) or
title (``titles.entitled``).  Passages written in UN style; the look-alikes stay apart: an
undated number after a topic, a clause that names a keyword of its own."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

CASES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 75/210 of 21 December 2020 on marine debris, "
        "76/118 of 9 December 2021 on the International Decade of Coral Reefs, 2021–2030, and 77/86 of "
        "7 December 2022 on sustainable fisheries,",
        {"A/RES/75/210": "2020-12-21", "A/RES/76/118": "2021-12-09", "A/RES/77/86": "2022-12-07"},
    ),
    (
        "en",
        "The General Assembly,\n\nNoting Human Rights Council resolutions 52/12 of 3 April 2023, entitled "
        "“Rights of older persons: care and support”,4 53/4 of 12 July 2023 on safe drinking water5 and "
        "54/9 of 11 October 2023 on the right to development,",
        {"A/HRC/RES/52/12": "2023-04-03", "A/HRC/RES/53/4": "2023-07-12", "A/HRC/RES/54/9": "2023-10-11"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant ses résolutions 75/210 du 21 décembre 2020 sur les débris "
        "marins, 76/118 du 9 décembre 2021 relative aux récifs coralliens et 77/86 du 7 décembre 2022 "
        "concernant la pêche durable,",
        {"A/RES/75/210": "2020-12-21", "A/RES/76/118": "2021-12-09", "A/RES/77/86": "2022-12-07"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando sus resoluciones 75/210, de 21 de diciembre de 2020, sobre los "
        "desechos marinos, 76/118, de 9 de diciembre de 2021, relativa a los arrecifes de coral, y 77/86, "
        "de 7 de diciembre de 2022, sobre la pesca sostenible,",
        {"A/RES/75/210": "2020-12-21", "A/RES/76/118": "2021-12-09", "A/RES/77/86": "2022-12-07"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_list_goes_on_after_topics(lang: str, text: str, expected: dict[str, str | None]) -> None:
    result = extract_text(text, lang=lang)
    found = {c.target: c.date for c in result.citations if c.target}
    assert found == expected


def test_undated_number_after_a_topic_stays_apart() -> None:
    # neither number dated: "on X, 12/3" is no list of texts
    text = "The General Assembly,\n\nRecalling its resolution 75/210 on marine debris, 12/3 and others,"
    assert extract_text(text, lang="en").targets() == ["A/RES/75/210"]
