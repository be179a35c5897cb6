"""``logo-use``: the text says the school logo or house style is used; a
reminder that this needs the directie's approval and the approved design.

Sources (own summaries, see ``rules/*.yaml``): Onderwijs Primair "Respecteer
de naam en identiteit van de school" (follow the guidelines for the logo and
ask the directie where needed) and "Gebruik representatieve visuals" (ask the
directie before using a school logo, use the right design). Only Onderwijs
Primair and the default pack have such a rule; the severity comes from the pack
(a reminder: the text cannot show whether approval exists).

Not a logo: logopedie, logopedist, logopedisch (whole-word matching).
"""

from __future__ import annotations

import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c

_LOGO = r"(?:logo(?:'s)?|logootje|huisstijl|beeldmerk|embleem)"
_OWNER = r"(?:de\s+|onze\s+|mijn\s+|het\s+)?(?:school|stichting|schoolbestuur)"
_LOGO_USE = re.compile(
    c.WB_L + r"(?:"
    r"(?:school|stichtings)(?:logo(?:'s)?|huisstijl|kleuren)"
    r"|(?:ons|onze|mijn)\s+(?:(?:nieuwe|eigen|officiële|vertrouwde)\s+)?" + _LOGO +
    r"|(?:het|de|dat)\s+(?:(?:nieuwe|officiële)\s+)?" + _LOGO + r"(?:\s+en\s+(?:de\s+)?(?:huisstijl|kleuren|naam))?\s+(?:van|op)\s+" + _OWNER +
    r")" + c.WB_R)
_ANY_LOGO = re.compile(c.WB_L + r"(?:(?:het|de|dat|met)\s+" + _LOGO + r"|[\w ]+-logo(?:'s)?)" + c.WB_R
                       + r"|^\W*" + _LOGO + r"\s+van\b")
#: The logo in another design than the approved one: "in een kerstversie", "een zomerse make-over", "geel in
#: plaats van blauw", "met een zonnebril erop", "zelf opgefrist" (Onderwijs Primair: only the approved design).
_ALTERED = re.compile(
    c.WB_L + r"(?:\w*versie|variant|make-over|\w*jasje|look|kleurstelling|\w+kleuren|(?!huisstijl)\w*stijl|\w*sfeer|\w*muts\w*|zonnebril\w*"
    r"|filter|geanimeerd\w*|animatie|opgefrist|strakker|moderner|nagetekend|opnieuw\s+getekend|in\s+plaats\s+van|glitter"
    r"|zelf\s+(?:gemaakt|ontworpen|getekend|geknutseld|bedacht)|(?:ontworpen|getekend|bedacht|gemaakt)\s+door|gegoten|laten\s+dansen"
    r"|ronddraait|neon\w*|clownsneus|oortjes|\w*gezicht"
    # "in Canva omgezet naar onze teamkleur", "in mijn eigen kleuren gezet", "uitgerekt", "wat frisser gemaakt"
    r"|canva|omgezet|uitgerekt|frisser|in\s+(?:mijn|m'n|onze)\s+eigen\s+kleur(?:en)?|in\s+het\s+(?:roze|paars|geel|rood|groen|oranje))" + c.WB_R)
#: The author made or changed it: "ik heb het logo ...", "heb ik zelf ...", "zelf in elkaar gezet".
_MADE_BY_ME = re.compile(c.WB_L + r"(?:ik\s+heb|heb\s+ik|zelf|ik\s+(?:zet|maak|maakte|gebruik|plak))" + c.WB_R)
#: The approved design named: "in de officiële huisstijl", "zoals de directie het heeft vastgesteld".
_OFFICIAL_DESIGN = re.compile(c.WB_L + r"(?:officiële|vastgestelde|vaste|huisstijl\w*|zoals\s+de\s+(?:directie|stichting|school))" + c.WB_R)
_SCHOOL_WORD = re.compile(c.WB_L + r"(?:school|stichting)" + c.WB_R)
_APPROVED = re.compile(
    c.WB_L + r"(?:(?:goedgekeurd|goedkeuring|toestemming|akkoord|fiat)\b[^.!?\n]{0,80}?\b(?:directie|directeur|schoolleiding|bestuur|stichting)"
    r"|(?:directie|directeur|schoolleiding|bestuur)\b[^.!?\n]{0,80}?\b(?:goedgekeurd|goedkeuring|toestemming|akkoord)"
    r"|volgens\s+de\s+(?:\w+\s+)?(?:huisstijl)?richtlijnen|huisstijlhandboek"
    r"|(?:van|via)\s+de\s+(?:directie|directeur|directrice|schoolleiding)\s+(?:\w+\s+)?(?:gekregen|kregen|ontvangen|aangeleverd)"
    r"|(?:na|in)\s+overleg\s+met\s+(?:de\s+|het\s+|onze\s+|ons\s+|mijn\s+)?(?:directie|directeur|directrice|schoolleiding|schoolleider|bestuur)"
    r"|(?:met\s+(?:het\s+)?(?:akkoord|zegen|ok|oké|instemming)\s+van)\s+(?:de\s+|onze\s+)?(?:directie|directeur|directrice|schoolleiding|schoolleider)"
    r"|(?:directie|directeur|directrice|schoolleiding|schoolleider)\b[^.!?\n]{0,60}?\b(?:groen\s+licht|vond\s+het\s+(?:prima|goed)|ok\s+gegeven|oké\s+gegeven|mochten\s+we|mocht\s+ik))" + c.WB_R)
#: A sentence that states the logo rule instead of using the logo: "wil je ons logo gebruiken ..., vraag het dan
#: even bij mij" (or "loop dan even bij mij langs"), "als je het logo gebruikt, vraag eerst toestemming", "graag het logo niet zelf aanpassen", and the
#: approver's own word: "ik heb de ouderraad toestemming gegeven".
_RULE = re.compile(
    c.WB_L + r"(?:(?:wil|wilt|willen|als|wanneer)\s+(?:je|jij|jullie|u)\b[^.!?\n]{0,100}?\b(?:vraag|vragen|overleg|neem\s+contact|loop\s+(?:\w+\s+){0,4}?langs|kom\s+(?:\w+\s+){0,4}?langs|meld\s+je)"
    r"|(?:graag|let\s+op|denk\s+eraan|vergeet\s+niet)\b[^.!?\n]{0,60}?\bniet\s+(?:zelf\s+)?(?:aanpassen|veranderen|bewerken|wijzigen"
    r"|uitrekken|vervormen|gebruiken)"
    r"|(?:heb|hebben)\s+(?:ik|wij|we)\b[^.!?\n]{0,60}?\b(?:toestemming|goedkeuring|akkoord)\s+gegeven"
    r"|(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:\w+\s+){0,6}?(?:toestemming|goedkeuring|akkoord)\s+gegeven)" + c.WB_R)
_LOGO_OR_BOSS = re.compile(r"logo|huisstijl|beeldmerk|directie|directeur|directrice|schoolleid|bestuur")
_NO_APPROVAL = re.compile(c.WB_L + r"(?:zonder|geen|niet\s+om)\s+(?:\w+\s+)?(?:toestemming|goedkeuring|akkoord)" + c.WB_R)


def check_logo_use(ctx: Context) -> list[Span]:
    """``logo-use``: one span per sentence that says the school's logo or
    house style is used ("met ons schoollogo", "het logo van onze school",
    "in de huisstijl van de school"). A logo of someone else ("het logo van de
    Koningsspelen") does not count. Nothing is reported when the text says the
    directie approved it ("de directeur heeft de versie goedgekeurd"). When
    the school itself is the author, only a logo in another design than the
    approved one counts (:data:`_ALTERED`: "ons logo in een kerstversie")."""
    school = c.author_kind(ctx) == "school"
    spans = []
    sents = c.sentences(ctx)
    for i in c.sentences_with(ctx, contains=("logo", "huisstijl", "beeldmerk", "schoolkleuren", "stichtingskleuren", "embleem")):
        sp = sents[i]
        slow = c.span_text(ctx, sp)
        if c.is_question(slow):
            # "Ik heb het logo even roze gemaakt, mooi toch?": the clause before the tag question
            cut = slow.rfind(",")
            if cut < 0:
                continue
            slow = slow[:cut]
            sp = (sp[0], sp[0] + cut)
        if _RULE.search(slow):
            continue        # "wil je ons logo gebruiken, vraag het dan even bij mij": the rule itself, not a use
        hit = _LOGO_USE.search(slow)
        if hit is None:
            m = _ANY_LOGO.search(slow)
            org = c.org_pattern(c.organisations(ctx))
            if m and (_SCHOOL_WORD.search(slow) or (org and org.search(ctx.text, *sp)) or c.names_school(ctx, *sp)):
                hit = m
            elif m and _ALTERED.search(slow) and (_MADE_BY_ME.search(slow) or "-logo" in m.group()):
                hit = m     # "het Klimboom-logo in regenboogkleuren", "het logo heb ik in Canva omgezet naar groen"
        if hit is not None and school and (not _ALTERED.search(slow) or _OFFICIAL_DESIGN.search(slow)):
            continue        # the school using its own logo as it is
        if hit is not None:
            spans.append(Span(sp[0], sp[1], "logo-use", 0.8, "conduct.logo"))
    if spans and approved(ctx):
        return []
    return spans


def approved(ctx: Context) -> bool:
    """True if the text says the directie approved the logo use and does not say approval for it is missing (in a
    sentence about the logo or the directie: "kinderen zonder toestemming staan niet in beeld" is about a film)."""
    if not _APPROVED.search(ctx.lower):
        return False
    return not any(_LOGO_OR_BOSS.search(ctx.lower, s, e) and _NO_APPROVAL.search(ctx.lower, s, e)
                   for s, e in c.sentences(ctx))
