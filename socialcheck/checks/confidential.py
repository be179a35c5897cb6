"""``confidential-info``: confidential or internal information.

Sources (own summaries, see ``rules/*.yaml``): SOM art. 3 (no confidential
information on social media); Onderwijs Primair "Twijfel? Vraag om advies"
(take no risks with sensitive or confidential information) and "Privacy en
beeldmateriaal"; Lithora A.2/D.1, TWijs A.2/C.1, Kalisto A.2/C.1 (no
information about school and its people that holds personal data and can
harm them).

What counts: a document marked internal or confidential ("het interne stuk",
"niet verder verspreiden", "dit is nog vertrouwelijk"); personnel and pupil
files (personeelsdossier, leerlingdossier); a colleague's sick leave,
salary, scale or appraisal; a named or singled-out pupil's diagnosis or home
situation; news the team has not been told yet. "Intern begeleider" (a school
role) and general advice ("wachtwoorden zijn vertrouwelijk") are not
confidential information.
"""

from __future__ import annotations

import regex

from ..detectors.base import Context
from ..model import Span
from . import _common as c

_DOSSIER = regex.compile(c.WB_L + r"(?:personeels|leerlingen?|zorg)dossier\w*" + c.WB_R)
_PERSON = regex.compile(c.WB_L + r"(?:haar|zijn|(?:duo)?collega|jongen|meisje|leerlinge?|kind|zoon|dochter|juf|meester)" + c.WB_R)
_STAFF_SUBJECT = regex.compile(
    r"(?i:" + c.WB_L + r"(?:(?:duo|bouw|ib-?)?collega\w*|(?:de|onze|mijn)\s+(?:directeur|directrice|ib'?er|intern\s+begeleider|conciërge|adjunct\w*|duo))" + c.WB_R + r")"
    r"|(?:[Jj]uf|[Mm]eester|[Mm]evrouw|[Mm]eneer)\s+\p{Lu}\p{Ll}+")
_SICK = regex.compile(
    c.WB_L + r"(?:ziektewet|ziek\s+thuis|ziekgemeld|ziek\s+gemeld|burn-?out|overspannen|ziekteverlof|langdurig\s+ziek"
    r"|in\s+de\s+lappenmand|zit\s+(?:al\s+|nu\s+|weer\s+)?(?:\w+\s+){0,4}?thuis\s+met)" + c.WB_R)
_PAY = regex.compile(
    c.WB_L + r"(?:salaris\w*|verdient|loon|trede\s+\d+|schaal\s+\d+|inschaling|beoordeling\w*|functioneringsgesprek\w*"
    r"|(?:officiële\s+)?waarschuwing|berisping|geschorst|schorsing|ontslagen|op\s+non-?actief)" + c.WB_R)
_PUPIL_REF = regex.compile(
    r"\p{Lu}\p{Ll}+\s+(?:uit|van)\s+groep\s+\d"
    r"|(?i:" + c.WB_L + r"(?:een|die|de|deze|onze)\s+(?:jongen|meisje|leerling\w*|kind|kleuter)\s+(?:uit|van|in)\s+(?:mijn\s+|onze\s+|de\s+)?(?:vorige\s+)?(?:groep|klas)"
    r"|(?:haar|zijn)\s+(?:vader|moeder|ouders))")
_PUPIL_SENSITIVE = regex.compile(
    c.WB_L + r"(?:\w*-?diagnose\w*|adhd|autisme|iq\s+van|gevangenis|vechtscheiding|scheiding|veilig\s+thuis|uithuisplaatsing"
    r"|uit\s+huis\s+geplaatst|pleeggezin|jeugdzorg|mishandel\w*|verslaafd|verslaving|schuldhulp\w*|in\s+de\s+schulden)" + c.WB_R)
_INTERNAL = regex.compile(
    c.WB_L + r"(?:interne?\s+(?:stuk\w*|document\w*|memo\w*|mail\w*|notulen|verslag\w*|notitie\w*|informatie|info|rapport\w*|evaluatie\w*|nieuwsbrief|brief|plannen|cijfers)"
    r"|(?:alleen\s+)?voor\s+intern\s+gebruik|vertrouwelijke?\s+(?:stuk\w*|document\w*|memo\w*|mail\w*|notulen|informatie|info|gegevens|brief|bericht\w*|cijfers))" + c.WB_R)
_FWD = regex.compile(
    c.WB_L + r"(?:(?:dit|dat|het|deze\s+info\w*|dit\s+bericht|dit\s+stuk)\s+(?:is|blijft)\s+(?:\w+\s+){0,2}?vertrouwelijk"
    r"|ss+t+|niet\s+verder\s+(?:vertellen|verspreiden|delen|doorsturen|doorvertellen|zeggen)|onder\s+ons\s+gezegd"
    r"|mag\s+(?:eigenlijk\s+)?(?:nog\s+)?niemand\s+weten|off\s+the\s+record)" + c.WB_R + r"|(?:^|\n)\s*vertrouwelijk\s*[:!]")
_BACK = regex.compile(
    c.WB_L + r"(?:in\s+vertrouwen\s+(?:verteld|gezegd|gedeeld|gehoord)|niemand\s+weet\s+het\s+nog|mondje\s+dicht"
    r"|(?:hoort|horen|weet|weten)\s+het\s+(?:pas|nog\s+niet)|nog\s+niet\s+(?:officieel\s+)?(?:bekendgemaakt|gecommuniceerd|aangekondigd|naar\s+buiten\s+gebracht)"
    r"|houd?\s+het\s+(?:even\s+)?voor\s+je(?:zelf)?)" + c.WB_R)
_CONTENT = regex.compile(
    c.WB_L + r"(?:school|scholen|directeur\w*|directie|collega\w*|team|stuk|document\w*|notulen|memo|mail|reorganisatie|fusie\w*|ontslag\w*"
    r"|vertrek\w*|dossier\w*|\w*functies?|salaris|budget|bezuinig\w*|leerling\w*|ouders|kind|jongen|meisje|ziek\w*|zwanger\w*"
    r"|stichting|bestuur|formatie|vacature\w*|klas|groep\s+\d+|\d+)" + c.WB_R)
_WORD = regex.compile(r"\p{L}+")
#: A negation earlier in the same clause: "neem geen risico's met vertrouwelijke informatie".
_NEGATION = regex.compile(c.WB_L + r"(?:geen|niet|nooit)\s+(?:[^\s,;:]+\s+){0,6}$")


#: Words one of which every pattern above needs (see :func:`_common.sentences_with`).
_TRIGGER_WORDS = frozenset(
    "ziek ziektewet ziekgemeld gemeld overspannen ziekteverlof langdurig lappenmand thuis adhd autisme iq gevangenis"
    " veilig geplaatst pleeggezin jeugdzorg verslaafd verslaving verder gezegd niemand record vertrouwen mondje"
    " hoort horen weet weten gecommuniceerd aangekondigd buiten hou houd".split())
_TRIGGER_PREFIXES = ("intern", "vertrouwelijk", "burn", "ss", "bekendgemaakt", "uithuis", "mishandel", "schuld")
_TRIGGER_CONTAINS = ("dossier", "collega", "diagnose", "scheiding")


def _has_content(ctx: Context, sp: tuple[int, int]) -> bool:
    low = c.span_text(ctx, sp)
    stripped = _BACK.sub(" ", _FWD.sub(" ", low))
    if _CONTENT.search(stripped):
        return True
    words = _WORD.findall(ctx.text, sp[0], sp[1])
    return any(w[:1].isupper() and w.lower() not in ("ik", "ssst") for w in words[1:])


def _content_rule(ctx: Context, sp: tuple[int, int], official_school: bool) -> bool:
    low = c.span_text(ctx, sp)
    raw = ctx.text[sp[0]:sp[1]]
    if _DOSSIER.search(low) and _PERSON.search(low):
        return True
    for m in _INTERNAL.finditer(low):
        if not _NEGATION.search(low[:m.start()]):
            return True
    staff = _STAFF_SUBJECT.search(raw)
    if staff and not official_school and _SICK.search(low):
        return True
    if staff and "collega" in low and _PAY.search(low):
        return True
    if _PUPIL_REF.search(raw) and _PUPIL_SENSITIVE.search(low):
        return True
    return False


def check_confidential_info(ctx: Context) -> list[Span]:
    """``confidential-info``: one span per sentence that reveals confidential
    or internal information.

    A sentence that only *marks* confidentiality ("Ssst, dit is nog
    vertrouwelijk, maar ...") is not reported itself; the sentence after it
    is, since that is where the information is. A marker that looks back
    ("niemand weet het nog", "in vertrouwen verteld") marks the sentence it
    stands in, or the one before. A colleague's sick leave is not reported
    in the school's own communication on an official channel (telling
    parents who replaces whom is the school's task; the health-data check
    still applies).
    """
    sents = c.sentences(ctx)
    official_school = c.writes_as_school(ctx) and (c.on_official_channel(ctx) or c.channel(ctx) is None)
    hits: set[int] = set()
    for i in c.sentences_with(ctx, _TRIGGER_WORDS, _TRIGGER_PREFIXES, _TRIGGER_CONTAINS):
        sp = sents[i]
        low = c.span_text(ctx, sp)
        fwd, back = bool(_FWD.search(low)), bool(_BACK.search(low))
        content = _has_content(ctx, sp)
        if _content_rule(ctx, sp, official_school) or ((fwd or back) and content):
            hits.add(i)
        if fwd and i + 1 < len(sents):
            nxt = sents[i + 1]
            nlow = c.span_text(ctx, nxt)
            if not c.is_question(nlow) and _has_content(ctx, nxt) and not (_BACK.search(nlow) and not _has_content(ctx, nxt)):
                hits.add(i + 1)
        if back and not content and i > 0 and _has_content(ctx, sents[i - 1]) \
                and not c.is_question(c.span_text(ctx, sents[i - 1])):
            hits.add(i - 1)
    return [Span(sents[i][0], sents[i][1], "confidential-info", 0.8, "conduct.confidential") for i in sorted(hits)]
