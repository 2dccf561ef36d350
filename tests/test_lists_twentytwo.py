"""Lists that go on after each item's topic or title, undated, in six languages: a list a plural
noun opens ("its resolutions 69/313 on … and 72/279 on …", "sus resoluciones 69/313, relativa al
…, y 72/279", "قراريها 69/313 بشأن … و 72/279 بشأن …") or a possessive ("its resolution 70/1 on …
and 71/313 on …") goes on after the topic word or the quoted title to a number of the same series
after the list word. Before, a list went on after a topic only when one of the two numbers had a
date. In Chinese, numbers before one noun each with its topic before it ("关于…的第69/313号和
关于…的第72/279号决议"): before, the first was lost. Bounded: one sentence, one paragraph, a
short stretch, no body named after the number, no noun of another kind of text (a report, a
convention, a decision) in the topic. Each form with the
look-alikes that must not change. The passages are invented for these tests (numbers, topics and
wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, by_language, dates_of

R, D, SC, E, HRC = "A/RES/", "A/DEC/", "S/RES/", "E/RES/", "A/HRC/RES/"

# (language, paragraph of a General Assembly text, target -> date or None, each date checked)
_TOPIC_LISTS: list[tuple[str, str, dict[str, str | None]]] = [
    # English
    (
        "en",
        "Recalling its resolutions 69/313 on the financing framework for development and 72/279 on"
        " the repositioning of the development system,",
        {f"{R}69/313": None, f"{R}72/279": None},
    ),
    (
        "en",
        "Reaffirming its resolutions 1514 (XV) on the granting of independence to colonial peoples"
        " and 2625 (XXV) concerning friendly relations among States,",
        {f"{R}1514(XV)": None, f"{R}2625(XXV)": None},
    ),
    (
        "en",
        "Recalling its resolution 70/1 on the 2030 Agenda and 71/313 on the global indicator framework,",
        {f"{R}70/1": None, f"{R}71/313": None},
    ),
    (
        "en",
        "Taking note of its decisions 72/536 relating to the revitalization of its work and 73/555"
        " relating to its programme of work,",
        {f"{D}72/536": None, f"{D}73/555": None},
    ),
    (
        "en",
        "Recalling its resolutions 66/288 entitled “Our common future” and 67/203 on the follow-up"
        " to the Conference,",
        {f"{R}66/288": None, f"{R}67/203": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/1 on the new agenda, 69/313 on financing and 71/243 on"
        " operational activities for development,",
        {f"{R}70/1": None, f"{R}69/313": None, f"{R}71/243": None},
    ),
    (
        "en",
        "Recalling Economic and Social Council resolutions 2019/15 on gender mainstreaming in the"
        " system and 2021/7 on humanitarian coordination,",
        {f"{E}2019/15": None, f"{E}2021/7": None},
    ),
    (
        "en",
        "Recalling Human Rights Council resolutions 5/1 on institution-building and 16/21 on the"
        " review of its work and functioning,",
        {f"{HRC}5/1": None, f"{HRC}16/21": None},
    ),
    (
        "en",
        "Recalling its resolutions 61/295 concerning the rights of indigenous peoples as well as"
        " 65/198 concerning the high-level plenary meeting,",
        {f"{R}61/295": None, f"{R}65/198": None},
    ),
    (
        "en",
        "Recalling its resolutions 68/6 regarding the outcome of the special event and 70/299"
        " regarding the follow-up and review,",
        {f"{R}68/6": None, f"{R}70/299": None},
    ),
    (
        "en",
        "Recalling its resolutions 69/313 on financing, 70/1 on the new agenda and 71/243 of"
        " 21 December 2016,",
        {f"{R}69/313": None, f"{R}70/1": None, f"{R}71/243": "2016-12-21"},
    ),
    # French
    (
        "fr",
        "Rappelant ses résolutions 69/313 sur le cadre de financement du développement et 72/279"
        " sur le repositionnement du système,",
        {f"{R}69/313": None, f"{R}72/279": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 61/295 relative aux droits des peuples autochtones et 65/198"
        " relative à la réunion plénière de haut niveau,",
        {f"{R}61/295": None, f"{R}65/198": None},
    ),
    (
        "fr",
        "Réaffirmant ses résolutions 1514 (XV) sur l'octroi de l'indépendance aux peuples"
        " coloniaux et 2625 (XXV) relative aux relations amicales entre les États,",
        {f"{R}1514(XV)": None, f"{R}2625(XXV)": None},
    ),
    (
        "fr",
        "Prenant note de ses décisions 72/536 concernant la revitalisation de ses travaux et"
        " 73/555 concernant son programme de travail,",
        {f"{D}72/536": None, f"{D}73/555": None},
    ),
    (
        "fr",
        "Rappelant sa résolution 70/1 sur le nouveau programme et 71/313 sur le cadre mondial d'indicateurs,",
        {f"{R}70/1": None, f"{R}71/313": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 70/1 sur le nouveau programme, 69/313 sur le financement et"
        " 71/243 sur les activités opérationnelles,",
        {f"{R}70/1": None, f"{R}69/313": None, f"{R}71/243": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 68/6 relative au suivi de la manifestation spéciale et"
        " 70/299 sur le suivi et l'examen,",
        {f"{R}68/6": None, f"{R}70/299": None},
    ),
    # Spanish
    (
        "es",
        "Reafirmando sus resoluciones 1514 (XV) sobre la concesión de la independencia a los"
        " pueblos coloniales y 2625 (XXV) sobre las relaciones de amistad,",
        {f"{R}1514(XV)": None, f"{R}2625(XXV)": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 61/295 sobre los derechos de los pueblos indígenas y 65/198"
        " sobre la reunión plenaria de alto nivel,",
        {f"{R}61/295": None, f"{R}65/198": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 69/313 о рамках финансирования развития и 72/279 о"
        " перестройке системы развития,",
        {f"{R}69/313": None, f"{R}72/279": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 61/295 относительно прав коренных народов и 65/198"
        " относительно пленарного заседания высокого уровня,",
        {f"{R}61/295": None, f"{R}65/198": None},
    ),
    (
        "ru",
        "принимая к сведению свои решения 72/536 об активизации своей работы и 73/555 о своей"
        " программе работы,",
        {f"{D}72/536": None, f"{D}73/555": None},
    ),
    (
        "ru",
        "вновь подтверждая свои резолюции 1514 (XV) о предоставлении независимости колониальным"
        " странам и народам и 2625 (XXV) о дружественных отношениях,",
        {f"{R}1514(XV)": None, f"{R}2625(XXV)": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 70/1 о новой повестке дня, 69/313 о финансировании и 71/243"
        " об оперативной деятельности,",
        {f"{R}70/1": None, f"{R}69/313": None, f"{R}71/243": None},
    ),
    (
        "ru",
        "ссылаясь на свою резолюцию 70/1 о новой повестке дня и 71/313 о глобальной системе показателей,",
        {f"{R}70/1": None, f"{R}71/313": None},
    ),
    # Arabic
    (
        "ar",
        "وإذ تشير إلى قراريها 69/313 بشأن إطار تمويل التنمية و 72/279 بشأن إعادة تنظيم المنظومة الإنمائية،",
        {f"{R}69/313": None, f"{R}72/279": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراراتها 61/295 المتعلق بحقوق الشعوب الأصلية و 65/198 المتعلق بالاجتماع"
        " العام الرفيع المستوى،",
        {f"{R}61/295": None, f"{R}65/198": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 66/288 المعنون “مستقبلنا المشترك” و 70/1 المعنون “تغيير العالم”،",
        {f"{R}66/288": None, f"{R}70/1": None},
    ),
    (
        "ar",
        "وإذ تؤكد من جديد قراريها 1514 (د-15) بشأن منح الاستقلال للشعوب المستعمرة و 2625 (د-25)"
        " بشأن العلاقات الودية،",
        {f"{R}1514(XV)": None, f"{R}2625(XXV)": None},
    ),
    (
        "ar",
        "وإذ تحيط علما بمقرريها 72/536 بشأن تنشيط أعمالها و 73/555 بشأن برنامج عملها،",
        {f"{D}72/536": None, f"{D}73/555": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراراتها 70/1 بشأن الخطة الجديدة و 69/313 بشأن التمويل و 71/243 بشأن"
        " الأنشطة التنفيذية،",
        {f"{R}70/1": None, f"{R}69/313": None, f"{R}71/243": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 68/6 حول الوثيقة الختامية للمناسبة الخاصة و70/299 حول المتابعة والاستعراض،",
        {f"{R}68/6": None, f"{R}70/299": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 69/313 relativa al marco de financiación y 72/279 relativa al"
        " reposicionamiento del sistema,",
        {f"{R}69/313": None, f"{R}72/279": None},
    ),
    (
        "es",
        "Recordando sus decisiones 72/536 sobre la revitalización de su labor y 73/555 sobre su"
        " programa de trabajo,",
        {f"{D}72/536": None, f"{D}73/555": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 70/1 sobre la nueva agenda, 69/313 sobre la financiación y"
        " 71/243 sobre las actividades operacionales,",
        {f"{R}70/1": None, f"{R}69/313": None, f"{R}71/243": None},
    ),
    (
        "en",
        "Recalling its resolutions 62/208 on the triennial review and 67/226 on the quadrennial"
        " review, and its decision 70/536,",
        {f"{R}62/208": None, f"{R}67/226": None, f"{D}70/536": None},
    ),
    (
        "en",
        "Recalling also its resolutions 57/270 B on integrated follow-up and 61/16 on the"
        " strengthening of the Economic and Social Council,",
        {f"{R}57/270B": None, f"{R}61/16": None},
    ),
    (
        "en",
        "Welcoming the adoption of Human Rights Council resolutions 46/3 on the right to food and"
        " 47/18 on the elimination of racism,",
        {f"{HRC}46/3": None, f"{HRC}47/18": None},
    ),
    (
        "fr",
        "Rappelant les résolutions du Conseil des droits de l'homme 46/3 sur le droit à"
        " l'alimentation et 47/18 sur l'élimination du racisme,",
        {f"{HRC}46/3": None, f"{HRC}47/18": None},
    ),
    (
        "ru",
        "ссылаясь на резолюции Экономического и Социального Совета 2019/15 о учете гендерной"
        " проблематики и 2021/7 о координации гуманитарной помощи,",
        {f"{E}2019/15": None, f"{E}2021/7": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراري المجلس الاقتصادي والاجتماعي 2019/15 بشأن تعميم مراعاة المنظور"
        " الجنساني و 2021/7 بشأن تنسيق المساعدة الإنسانية،",
        {f"{E}2019/15": None, f"{E}2021/7": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 69/313 بشأن تمويل التنمية و72/279 بشأن المنظومة الإنمائية،",
        {f"{R}69/313": None, f"{R}72/279": None},
    ),
    # Chinese: the numbers before one noun, each with its topic before it
    (
        "zh",
        "回顾其关于发展筹资的第69/313号和关于业务活动的第71/243号决议，",
        {f"{R}69/313": None, f"{R}71/243": None},
    ),
    (
        "zh",
        "回顾其关于发展筹资的第69/313号、关于发展系统的第72/279号和关于业务活动的第71/243号决议，",
        {f"{R}69/313": None, f"{R}72/279": None, f"{R}71/243": None},
    ),
    (
        "zh",
        "回顾人权理事会关于食物权的第46/3号和关于消除种族主义的第47/18号决议，",
        {f"{HRC}46/3": None, f"{HRC}47/18": None},
    ),
    (
        "zh",
        "回顾其关于发展筹资的2015年7月27日第69/313号和关于业务活动的2016年12月21日第71/243号决议，",
        {f"{R}69/313": "2015-07-27", f"{R}71/243": "2016-12-21"},
    ),
    (
        "zh",
        "回顾其关于非殖民化的第1514(XV)号和关于友好关系的第2625(XXV)号决议，",
        {f"{R}1514(XV)": None, f"{R}2625(XXV)": None},
    ),
]

# look-alikes that must not change: a noun of another kind of text in the topic (a report, a
# convention, a decision), a singular noun without a possessive, a body after the number, a
# sentence's or a paragraph's end, a number of another series, a topic too long
_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling its resolution 69/313 on the report contained in document A/70/123 and 2/3 of"
        " the members,",
        {f"{R}69/313": None, "A/70/123": None},
    ),
    (
        "en",
        "Recalling resolution 70/12 on the question and 5/2 of the Council,",
        {f"{R}70/12": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/12 on the report of the Secretary-General and 71/243,",
        {f"{R}70/12": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/12 on the Convention on the Rights of the Child and 44/25,",
        {f"{R}70/12": None, "UNTS/1577/27531": None},
    ),
    (
        "en",
        "Recalling its resolutions 1514 (XV) on decolonization and 70/1 on the new agenda,",
        {f"{R}1514(XV)": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/12 on the question. And 71/243 on the other,",
        {f"{R}70/12": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/12 on the question\n\nand 71/243 on the other,",
        {f"{R}70/12": None},
    ),
    (
        "fr",
        "Rappelant sa résolution 69/313 sur le rapport publié sous la cote A/70/123 et 2/3 des membres,",
        {f"{R}69/313": None, "A/70/123": None},
    ),
    (
        "fr",
        "Rappelant la décision 70/512 sur la question et 5/2 du Conseil,",
        {f"{D}70/512": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 70/12 relativas al informe del Secretario General y 71/243,",
        {f"{R}70/12": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 70/12 о докладе Генерального секретаря и 71/243,",
        {f"{R}70/12": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراراتها 70/12 بشأن تقرير الأمين العام و 71/243،",
        {f"{R}70/12": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/12 on the question, which was the subject of long and careful"
        " deliberation in the Committee, in the working group, in informal consultations among"
        " the delegations concerned, in the meetings of the regional groups and, finally, in the"
        " plenary meetings held during the first and the second part of the resumed session, and"
        " 71/243,",
        {f"{R}70/12": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/12 on the question and 71/243 of the Economic and Social Council,",
        {f"{R}70/12": None},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 70/12 о положении и 5/2 Совета,",
        {f"{R}70/12": None},
    ),
    (
        "en",
        "Recalling its resolutions 70/12 on the Protocol to the Convention and 2/3 of its Parties,",
        {f"{R}70/12": None},
    ),
    (
        "zh",
        "回顾其关于发展筹资的第69/313号决议和关于业务活动的2016年12月21日第71/243号决议，",
        {f"{R}69/313": None, f"{R}71/243": "2016-12-21"},
    ),
    (
        "zh",
        "回顾其2007年6月18日第5/1号和第5/2号决议，",
        {f"{HRC}5/1": "2007-06-18", f"{HRC}5/2": "2007-06-18"},
    ),
]


def _dates(text: str) -> dict[str, set[str | None]]:
    return dates_of(text, unresolved="")


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_TOPIC_LISTS, _SAME))
def test_an_undated_list_goes_on_after_a_topic(lang: str, para: str, expected: dict[str, str | None]) -> None:
    got = _dates(f"{GA[lang]}{para}\n")
    assert got == {target: {date} for target, date in expected.items()}
