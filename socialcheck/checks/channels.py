"""``official-channel``: practical school announcements outside the channels
the protocol approves, steering parents to an unofficial channel, and
(Kalisto) WhatsApp groups with pupils.

Sources (own summaries, see ``rules/*.yaml``): Lithora C.1 (practical matters
such as lesuitval, huiswerk, gymspullen, schoolreisje, schoolkamp in principle
only via Parro or e-mail); TWijs B.1 (via the ouderportaal or the school's
login environment); Kalisto B.1/B.2 (a professional group app for the class
parents, e-mail for the others) and the Inleiding (no WhatsApp groups with
pupils: ``settings.official-channel.no_pupil_whatsapp``); Onderwijs Primair
"Gebruik door medewerkers" (official communication only via website, Social
Schools, ParnasSys and e-mail). The approved channels are the pack's
``official_channels``.
"""

from __future__ import annotations

import regex

from ..detectors.base import Context
from ..model import Span
from . import _common as c
from .contact import invitations, names_channel

_DAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"

#: Practical announcements (Lithora C.1, TWijs B.1, Kalisto B.1 name these examples).
_ANNOUNCE = regex.compile(
    c.WB_L + r"(?:"
    r"lesuitval|geen\s+(?:les|lessen|school|gym|gymles|zwemles)"
    r"|(?:gaat|gaan)\s+(?:de\s+|het\s+)?(?:\w+)?les(?:sen)?\s+(?:\w+\s+)?niet\s+door|(?:\w+)?les(?:sen)?\s+(?:gaat|gaan)\s+(?:\w+\s+)?niet\s+door"
    r"|(?:\w+)?les(?:sen)?\s+vervall?(?:t|en)|vervalt\s+(?:de\s+)?(?:\w+)?les"
    r"|(?:zijn|is)\s+(?:de\s+|alle\s+)?(?:kinderen|leerlingen|groepen|groep\s+\d+)\s+(?:\w+\s+){0,4}?vrij|vrije\s+(?:dag|middag|ochtend)"
    r"|studiedag\w*|(?:deuren|school)\s+(?:\w+\s+){0,4}?(?:dicht|gesloten)\b"
    r"|(?:kinderen|leerlingen)\s+(?:\w+\s+){0,4}?naar\s+huis|(?:zijn|is)\s+(?:de\s+|alle\s+)?(?:kinderen|leerlingen)\s+(?:al\s+)?om\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?uit"
    r"|zwemles\w*|zwemspullen|zwemtas|luizencontrole|sportdag\w*"
    r"|huiswerk\w*|hoofdstuk\s+\d+\s+(?:\w+\s+)?(?:leren|lezen|doorlezen|maken|oefenen)|(?:leren|doorlezen|oefenen|maken)\s+(?:\w+\s+){0,2}?hoofdstuk"
    r"|blz\.?\s*\d+|bladzijde\s+\d+|(?:de\s+)?(?:toets|overhoring|dictee|proefwerk|topotoets)\s+(?:over|van|op|is)"
    r"|gymspullen|gymkleding|gymschoenen|gymtas|(?:hebben\s+we\s+)?gym\s+op\s+" + _DAY +
    r"|schoolreis\w*|schoolkamp\w*|excursie\w*"
    r"|ouderavond\w*|tienminutengesprek\w*|oudergesprek\w*|rapportgesprek\w*"
    r"|roosterwijziging\w*|nieuwe\s+rooster|ziekmeld\w*|ziek\s+melden"
    r")" + c.WB_R)
#: Every announcement pattern holds one of these (see :func:`_common.sentences_with`).
_ANNOUNCE_WORDS = frozenset(
    "lesuitval les lessen school zwemles door vervalt vervallen vrij vrije dicht gesloten hoofdstuk blz bladzijde"
    " toets overhoring dictee proefwerk topotoets rooster ziek huis uit zwemspullen zwemtas luizencontrole".split())
_ANNOUNCE_PREFIXES = ("studiedag", "huiswerk", "gym", "schoolreis", "schoolkamp", "excursie", "ouderavond", "zwemles", "sportdag",
                      "tienminutengesprek", "oudergesprek", "rapportgesprek", "roosterwijziging", "ziekmeld")
_WHEN = regex.compile(
    c.WB_L + r"(?:morgen\w*|overmorgen|vanavond|volgende\s+week|komende\s+(?:week|" + _DAY + r")|" + _DAY + r"(?:middag|ochtend)?"
    r"|vanaf\s+\w+|\d{1,2}\s+" + _MONTH + r"|om\s+\d{1,2}(?:[.:]\d{2})?\s*uur|\d{1,2}[.:]\d{2}\s*uur|uiterlijk|week\s+\d+"
    r"|na\s+de\s+(?:vakantie|zomer|herfstvakantie|kerstvakantie))" + c.WB_R)
_PAST = regex.compile(c.WB_L + r"(?:gisteren|vorige\s+week|afgelopen\s+\w+|hebben\s+we\s+gehad|was\s+(?:echt|het|een|weer)|waren\s+we)" + c.WB_R)
_PUPIL_GROUP = regex.compile(
    c.WB_L + r"(?:(?:whats)?app-?groep\w*|groepsapp\w*|klassenapp\w*|appgroep\w*|whatsapp)" + c.WB_R)

#: The group has pupils in it: "app-groep met alle leerlingen", "voor de kinderen van groep 8 een WhatsApp-groep".
_WITH_PUPILS = regex.compile(
    c.WB_L + r"(?:(?:(?:whats)?app-?groep\w*|groepsapp\w*|klassenapp\w*|appgroep\w*)\s+(?:\w+\s+){0,3}?(?:met|voor|van)\s+(?:de\s+|alle\s+|mijn\s+|onze\s+)?(?:leerlingen|kinderen|kids|klas)"
    r"|(?:met|voor)\s+(?:de\s+|alle\s+|mijn\s+|onze\s+)?(?:leerlingen|kinderen|kids)\s+(?:van\s+(?:groep\s+\d+|mijn\s+klas)\s+)?(?:\w+\s+){0,3}?(?:whats)?app-?groep)" + c.WB_R)


def announcement_sentences(ctx: Context) -> list[tuple[int, int]]:
    """Sentences that announce a practical school matter (lesuitval,
    huiswerk, gym, schoolreisje, schoolkamp, studiedag, ouderavond, toets,
    rooster ...) for a coming day or time; retrospective sentences and
    questions are not announcements."""
    out = []
    for sp in c.matching_sentences(ctx, _ANNOUNCE, _ANNOUNCE_WORDS, _ANNOUNCE_PREFIXES):
        low = c.span_text(ctx, sp)
        if c.is_question(low):
            continue
        if _WHEN.search(low) and not _PAST.search(low):
            out.append(sp)
    return out


def check_official_channel(ctx: Context) -> list[Span]:
    """``official-channel``: one span per sentence.

    - default variant: a practical announcement on a known channel that is
      not in the pack's ``official_channels`` (no channel known: none; a
      newsletter is the school's own publication, sent through its channels);
    - ``steer``: a private-message invitation to parents ("app me even
      privé", "stuur me een DM op Instagram", "via Messenger"), on any
      channel; the same to pupils is ``pupil-contact``;
    - ``whatsapp``: with ``no_pupil_whatsapp`` (Kalisto), a WhatsApp/app
      group with pupils, or a WhatsApp text that addresses pupils.

    Parents and pupils writing themselves are not checked.
    """
    if c.author_kind(ctx) in ("parent", "pupil"):
        return []
    spans: dict[tuple[int, int], Span] = {}
    ch = c.channel(ctx)
    official = c.official_channels(ctx)
    if c.pack_setting(ctx, "official-channel", "no_pupil_whatsapp", False):
        for sp in _pupil_whatsapp(ctx):
            spans[sp] = Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel", "whatsapp")
    for inv in invitations(ctx):
        if inv.kind != "message" or inv.names_official:
            continue
        if "pupils" in inv.audience and inv.audience != {"parents"}:
            continue
        if inv.platform in official:
            continue
        spans.setdefault(inv.span, Span(inv.span[0], inv.span[1], "official-channel", 0.85, "conduct.channel", "steer"))
    if ch is not None and ch not in official and ch != "newsletter":
        for sp in announcement_sentences(ctx):
            if names_channel(c.span_text(ctx, sp), official):
                continue        # "ziekmelden kan via de Parro-app": points to the official channel
            spans.setdefault(sp, Span(sp[0], sp[1], "official-channel", 0.8, "conduct.channel"))
    return sorted(spans.values(), key=lambda s: (s.start, s.end))


def _pupil_whatsapp(ctx: Context) -> list[tuple[int, int]]:
    sents = c.sentences(ctx)
    out = []
    for sp in sents:
        low = c.span_text(ctx, sp)
        if _PUPIL_GROUP.search(low) and _WITH_PUPILS.search(low):
            out.append(sp)
    if not out and c.channel(ctx) == "whatsapp" and c.audience(ctx) == {"pupils"} and sents:
        out.append(sents[0])
    return out
