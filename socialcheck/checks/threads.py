"""Written-out threads: who says what, and which speaker is the author.

People paste a whole discussion into a draft (a Facebook comment thread, a
group chat, X replies) to check their own reply. The text then holds other
people's turns too, and a check that reports once per text must not land on
someone else's line. This module finds the turns and guesses whose turns are
the author's.

Turn formats recognised (each line-initial):

- ``Naam Achternaam: tekst``, ``Mustafa E.: tekst``, ``Juf Kim: tekst``,
  ``Linda (moeder van Ruben): tekst``, ``Bram (20:14): tekst``;
- ``@handle: tekst``, also numbered (``@handle 1/2: tekst``), and lower-case handles with a digit, dot or underscore
  (``meesterbram_77: tekst``);
- a single first name (``Wouter: tekst``) only when it is in the project's
  first-name list (``socialcheck/data/first_names.txt``), so that labels such
  as ``Tip:``, ``POV:`` or ``Onderwerp:`` are not speakers;
- any of these after a chat export's time stamp (``[12-03 19:41] Naam: tekst``,
  ``12-03-2025 19:41 - Naam: tekst``);
- the block form, a line holding only a speaker's name, with or without a
  colon, with the text on the next line (``Wendy Kramer`` / ``Daar gaat mijn
  dochter heen``; ``Noor:`` / ``Mevrouw, ik snap het niet``).

A text is a thread when it has at least two turns by at least two speakers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import data
from ..detectors.base import Context
from . import _common as c

_NAME_TOKEN = r"(?:[" + c._UPPER + r"][\w'’-]*\.?)"
_PARTICLE = r"(?:van|de|der|den|ter|te|'t|el|al|ben|op|in|oude|Oude)"
#: Emoji and pictographs (with variation selector and joiner) that display names often end in.
_EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]"
_SPEAKER = (
    r"(?:@[\w.]+"
    r"|[a-z][\w.]*(?:_|\d|\.)[\w.]*"
    r"|(?:(?:[Jj]uf|[Mm]eester|[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]entor)[ \t]+)?" + _NAME_TOKEN
    + r"(?:[ \t]+(?:" + _PARTICLE + r"|" + _NAME_TOKEN + r")){0,3})"
    r"(?:[ \t]?" + _EMOJI + r"{1,4})?"      # a display name ending in emoji: "@juf_noor_🍂", "Juf Sanne 🌻"
    r"(?:[ \t]*\([^()\n]{1,60}\))?"
    r"(?:[ \t]+\(?\d{1,2}/\d{1,2}\)?)?")     # a numbered thread: "@juf_anna 1/2: ...", "Kees (2/3): ..."
#: A chat export's time stamp before the speaker: "[12-03 19:41] ", "[19:41, 12-3-2025] ", "12-03-2025 19:41 - ".
_STAMP = (r"(?:\[[^\]\n]{1,30}\][ \t]*"
          r"|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+\d{1,2}[:.]\d{2}[ \t]*[-–][ \t]*)?")
#: A reply marker in front of a nested comment: "  ↳ Femke Lind: ...", "» Sanne: ...".
_REPLY_MARK = r"(?:[↳↪└»][ \t]*)?"
_TURN_LINE = re.compile(r"(?m)^[ \t]*" + _REPLY_MARK + _STAMP + r"(?P<who>" + _SPEAKER + r")[ \t]*:[ \t]+(?=\S)")
#: A speaker on a line of its own above the turn's text; a LinkedIn-style note after a middle dot may follow the
#: name ("Peter Hoogland · Beleidsadviseur gemeente", "Sanne Bos · 2 u") and is not part of the speaker.
_BLOCK_LINE = re.compile(r"(?m)^[ \t]*(?P<who>" + _SPEAKER + r")[ \t]*(?:·[^\n:]{1,60}?)?:?[ \t]*\n(?=[ \t]*\S)")
#: A numbered part of a thread at the start of a turn: "@juf_anna: 2/3 Wie dit bedenkt ...".
_PART_NUMBER = re.compile(r"[ \t]*\(?\d{1,2}/\d{1,2}\)?[ \t]")
#: The same number in the speaker label: "Kees (2/3): ...".
_PART_IN_LABEL = re.compile(r"\d/\d")
#: A bracketed time or note after a name, or a thread number: "Bram (20:14)", "zoeyy.x11 (di 19:03)",
#: "@juf (reel)", "Marieke (auteur)", "@juf 2/3"; dropped when comparing speakers.
#: Notes that mark a speaker as the writer of the post or column above the comments: "Marieke (auteur)".
_WRITER = r"auteur|schrijver|schrijfster|blogger|author|op|ts"
#: Also a longer note that says so: "(ik)", "(ik dus)", "(= ik)", "(ik, schrijver)", "(beheerder, ik)",
#: "(schrijver van dit draadje)", "(@rikvoorde, auteur)".
_WRITER_IN_NOTE = r"[^()\n]{0,40}?(?<![\w@.-])(?:ik|ikzelf|auteur|schrijver|schrijfster|blogger|author)(?![\w-])[^()\n]{0,40}?"
_SUFFIX = re.compile(r"\s*(?:\((?:[^()\n]*\d{1,2}[:.]\d{2}[^()\n]*|reel|post|bewerkt|edited|" + _WRITER
                     + r"|" + _WRITER_IN_NOTE + r")\)|\(?\d{1,2}/\d{1,2}\)?)\s*$", re.I)
_AUTHOR_MARK = re.compile(r"\((?:" + _WRITER + r"|" + _WRITER_IN_NOTE + r")\)", re.I)
#: A note in brackets after a speaker's name: "Linda (moeder van Ruben)", "@koen (bio: koffie | racefiets)".
_NOTE_AFTER = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")
#: Line labels that look like a speaker but are not ("Let op:", "Onderwerp:", "Van:").
_NOT_SPEAKER_FIRST = frozenset(
    "let tip update datum tijd locatie waar wanneer wat wie ps nb vraag antwoord edit thema onderwerp aan van cc bcc"
    " titel caption bio beschrijving hashtags kosten opgave aanmelden programma info toelichting context noot bron"
    " link video foto reel story pov spoiler outro intro thumbnail onderschrift groep morgen vandaag reacties reactie"
    " post bericht tekst sfeer audio muziek geluid beeld scene scène".split())

#: Staff, parent and pupil cues in a speaker's name ("Juf Kim", "mama_van_lotje", "sophie.x.2013").
_STAFF_NAME = re.compile(r"juf|meester|meneer|mevrouw|\bmevr\b|\bdhr\b|docent|leerkracht|mentor|teacher|directeur|\bib\b", re.I)
_PARENT_NAME = re.compile(r"moeder|vader|ouder|mama|papa|\boma\b|\bopa\b", re.I)
_PUPIL_NAME = re.compile(r"(?:19|20)[01]\d|leerling", re.I)


def parent_name(speaker: str) -> bool:
    """True if a thread speaker's name says it is a parent or grandparent ("Mama Esra", "Vader van Tim", "oma_truus")."""
    return _PARENT_NAME.search(speaker) is not None


class Turn(NamedTuple):
    """One turn of a thread: ``start`` of its speaker line, ``body`` where its
    text starts, ``end`` where the next turn starts (character offsets into
    the text), and ``speaker`` as written, without a time note."""

    start: int
    body: int
    end: int
    speaker: str
    marked: bool = False    # the speaker line says this is the post's own writer: "Marieke (auteur)"


def turns(ctx: Context) -> tuple[Turn, ...]:
    """The turns of a written-out thread in text order, or ``()`` when the
    text is not one (fewer than two turns or one speaker). Computed once per text."""
    return c.memo(ctx, "thread-turns", _turns)


#: A chat written down by its author, who labels their own turns "Ik:": those turns are the author's.
#: Speaker labels that mark the author's own turns ("Ik: ...").
SELF = frozenset({"ik", "ikzelf"})
#: The same with a note after it: "Ik (Judith): ...", "Ik (moeder van Luuk, groep 3): ...".
_SELF_NOTED = re.compile(r"(?i)(?:ik|ikzelf)[ \t]*\([^()\n]{1,60}\)")


def is_self(who: str) -> bool:
    """True if a speaker label marks the author's own turns: "Ik", "Ikzelf",
    or either with a note in brackets ("Ik (Judith)", "Ik (moeder van Luuk)")."""
    w = who.strip()
    return w.lower() in SELF or _SELF_NOTED.fullmatch(w) is not None


def _speaker_ok(who: str) -> bool:
    first = who.split()[0].lower().rstrip(".")
    if first in _NOT_SPEAKER_FIRST:
        return False
    if " " in who.strip() or who.startswith("@") or not who[0].isupper() or "_" in who:
        return True         # (a handle-like display name: "Esther_mama_van_Daan")
    return first in SELF or first in _ROLE_SPEAKERS or first in data.lower_set("first_names")


#: One-word speaker labels that name a role, not a person: "Vader: Hoi juf, ...", "Leerling: ik snap het niet".
_ROLE_SPEAKERS = frozenset("vader moeder mama papa ouder oma opa leerling juf meester mentor directeur".split())


def _turns(ctx: Context) -> tuple[Turn, ...]:
    text = ctx.text
    if ":" not in text and "\n" not in text:
        return ()
    found = [(m.start(), m.end(), m.group("who"))
             for m in _TURN_LINE.finditer(text) if _speaker_ok(m.group("who"))]
    if len(found) < 2:
        found = [(m.start(), m.end(), m.group("who"))
                 for m in _BLOCK_LINE.finditer(text) if _speaker_ok(m.group("who"))]
    # (the author's "Ik (Rianne, leerkracht op De Linde):" and "Ik (Rianne):" are one speaker, "Ik")
    found = [(s, b, "Ik" if is_self(w) else _SUFFIX.sub("", w), bool(_AUTHOR_MARK.search(w)) or is_self(w))
             for s, b, w in found]
    # "@koen (bio: ...)" above and "@koen" below are one speaker, named as in their bare labels
    bare = {w for _, _, w, _ in found}
    found = [(s, b, n if (n := _NOTE_AFTER.sub("", w)) != w and n in bare else w, m) for s, b, w, m in found]
    if len(found) < 2 or len({w for _, _, w, _ in found}) < 2:
        return ()
    out = []
    for k, (s, b, w, marked) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(text)
        out.append(Turn(s, b, end, w, marked))
    return tuple(out)


#: A note on a line of its own: "[WhatsApp-groep 'Ouders groep 5b', beheerd door meester Dennis]", "(Messenger, via
#: het account van Lotte uit groep 7)", "Gesprek met Daan (4 havo)".
_NOTE_LINE = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{3,200}\]|\([^)\n]{3,200}\)|(?:gesprek|chat|dm|privéchat|appgesprek)\s+(?:met|tussen)\s+[^\n:]{2,120})[ \t]*$", re.I)


def opening_note(ctx: Context) -> str:
    """The note that sets the scene of a chat or thread, lower case ("[whatsapp-gesprek tussen juf iris en jesse
    (groep 8)]", "gesprek met daan (4 havo)"): the first line that is a note in brackets or names the chat, before
    the first turn of a thread (or anywhere in a text that is none). Empty if there is none."""
    def note(cx: Context) -> str:
        tl = turns(cx)
        m = _NOTE_LINE.search(cx.lower, 0, tl[0].start if tl else len(cx.lower))
        return m.group().strip() if m else ""
    return c.memo(ctx, "thread-opening-note", note)


def speaker_at(ctx: Context, pos: int) -> str | None:
    """The speaker of the thread turn that holds offset ``pos`` (as in :class:`Turn`), or ``None`` outside a
    thread or before its first turn."""
    return next((t.speaker for t in turns(ctx) if t.start <= pos < t.end), None)


def author_speaker(ctx: Context) -> str | None:
    """The speaker whose turns are the author's, when the text says so clearly
    enough; None outside a thread or when no speaker stands out.

    A speaker marked as the post's writer ("Marieke (auteur)") is the
    author. Otherwise, signals per speaker (a score; the best must lead by at least 1): inside
    knowledge, a statement of employment or, for a staff author, speaking for the colleagues ("namens alle
    collega's") in a turn (+3, see
    :mod:`socialcheck.checks.role`), correcting others about the school (+1),
    the name alone on a line above the first turn, heading the post the comments are under (+2),
    a staff title or handle ("Juf Kim", "@meester.joost") for a staff author
    (+3), a parent or pupil name ("Linda (moeder van Ruben)", "lynn.2014")
    for a staff author (-3; the reverse for a parent author), speaking of "mijn zoon" or "ons kind" in a turn
    for a staff author (-2), numbering the parts of a thread ("@juf_anna: 2/3 ...", +2), calling someone
    "juf" or "meester" for a staff author (-2: that is how pupils and parents
    address the teacher), opening the thread (-1: the author usually replies;
    not in a two-person chat under a title line such as "Messenger – A en B"),
    and half a point per turn.
    """
    return c.memo(ctx, "thread-author", _author_speaker)


#: A parent speaking of their own child: "het ligt aan mijn kind??", "onze dochter zit in groep 5".
_PARENT_VOICE = re.compile(r"\b(?:mijn|m'n|ons|onze)\s+(?:kind|kinderen|zoon|zoontje|dochter|dochtertje)\b")
#: Calling someone "juf"/"meester" (not "mevrouw": a teacher addresses a parent so): "Hoi juf Sanne!", "Juf Ilse, ik heb je ...", "juf ik heb u ...", "dank u meester!".
_ADDRESSES_STAFF = re.compile(
    r"(?:^|[.!?,]\s|\b(?:hoi|hallo|hey|hé|hee|dag|beste|lieve|goedemorgen|goedemiddag|dank\s+(?:je|u)(?:\s+wel)?|bedankt)\s)"
    r"\W*(?:juf|juffrouw|meester)\b(?:\s+[^\W\d_]+)?\s*(?:[,!?:]|\s+(?:ik|mag|wil|kunt|kun|heeft|hebt|weet)\b)")
#: A chat's title line: "Messenger – Joyce Wessels en Nadia El Idrissi", "WhatsApp: juf Ilse ↔ Sem",
#: "Instagram-berichten – @a en @b".
_CHAT_HEADER = re.compile(r"\s*[^\n]{0,40}?(?:messenger|whatsapp|berichten|dm|chat|privébericht\w*|app)\b[^\n]{0,80}?(?:\ben\b|↔|&|<->|→)", re.I)


def _author_speaker(ctx: Context) -> str | None:
    tl = turns(ctx)
    if not tl:
        return None
    marked = {t.speaker for t in tl if t.marked}
    if len(marked) == 1:
        return marked.pop()
    from .role import _CORRECTION, _EMPLOYMENT, _INSIDE, _SPEAK
    kind = c.author_kind(ctx)
    base: dict[str, float] = {}
    inside: set[str] = set()
    correcting: set[str] = set()
    addressing: set[str] = set()    # who calls someone "juf" or "meester" is not the teacher
    parenting: set[str] = set()     # who speaks of "mijn zoon" or "ons kind" writes as a parent
    numbering: set[str] = set()     # who numbers the parts of a thread ("1/3", "2/3") is its writer
    # the author usually replies in a thread; in a chat between two people under its title line either may have begun
    opener = 0.0 if len({t.speaker for t in tl}) == 2 and _CHAT_HEADER.match(ctx.text, 0, tl[0].start) else -1.0
    for k, t in enumerate(tl):
        who = t.speaker
        if who not in base:
            sc = opener if k == 0 else 0.0
            if kind in ("staff", "unknown"):
                sc += 3 * bool(_STAFF_NAME.search(who)) - 3 * bool(_PARENT_NAME.search(who) or _PUPIL_NAME.search(who))
            elif kind == "parent":
                sc += 3 * bool(_PARENT_NAME.search(who)) - 3 * bool(_STAFF_NAME.search(who))
            base[who] = sc
        base[who] += 0.5
        body = ctx.lower[t.body:t.end]
        if who not in inside and (_INSIDE.search(body) or _EMPLOYMENT.search(body)
                                  or (kind in ("staff", "unknown") and _SPEAK.search(body))):
            inside.add(who)
        if who not in correcting and _CORRECTION.search(body):
            correcting.add(who)
        if kind in ("staff", "unknown") and who not in addressing and _ADDRESSES_STAFF.search(body):
            addressing.add(who)
        if kind in ("staff", "unknown") and who not in parenting and _PARENT_VOICE.search(body):
            parenting.add(who)
        if _PART_NUMBER.match(ctx.text, t.body) or _PART_IN_LABEL.search(ctx.text, t.start, t.body):
            numbering.add(who)
    poster = _poster_line(ctx.text, tl)
    scores = {w: sc + 3 * (w in inside) + (w in correcting) - 2 * (w in addressing) - 2 * (w in parenting) + 2 * (w == poster)
              + 2 * (w in numbering)
              for w, sc in base.items()}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 1:
        return None
    best = ranked[0][0]
    if len(ranked) > 1 and ranked[0][1] < 3 and (_POSTER.search(ctx.text, 0, tl[0].start) or (c.channel(ctx) in c.VIDEO_CHANNELS and _below_post(ctx.text, tl))) \
            and not _handle_in(best, ctx.text[:tl[0].start]):
        # only turn counts favour this commenter, and the post above the comments has its own poster
        # ("TikTok @mamavan2boefjes" ... "@oma_joke: Prachtig"): the author is the poster, not a commenter
        return None
    return best


#: The heading of the comments under a post: "Reacties", "Reacties (12)", "💬 Comments".
_COMMENTS_HEAD = re.compile(r"(?mi)^[ \t]*(?:[^\w\s]{1,3}[ \t]*)?(?:reacties|comments|opmerkingen)\b[^\n\w]{0,6}(?:\d+[^\n\w]{0,3})?$")


def _last_comments_head(text: str, end: int) -> re.Match | None:
    """The last comments heading (:data:`_COMMENTS_HEAD`) in ``text[:end]``, or None."""
    m = None
    for m in _COMMENTS_HEAD.finditer(text, 0, end):
        pass
    return m


def _below_post(text: str, tl: list) -> bool:
    """True if the turns ``tl`` are comments under the author's own post: a comments heading
    (:data:`_COMMENTS_HEAD`) stands between them and a post above it written in the first person
    ("Ik heb de les opgenomen ... Reacties ...") whose header names none of the speakers (a post
    "bericht van Hetty" with Hetty answering below is Hetty's, and the author may be any commenter)."""
    m = _last_comments_head(text, tl[0].start)
    if m is None or _FIRST_PERSON.search(text, 0, m.start()) is None:
        return False
    head = text[:m.start()].lower()
    return not any(t.speaker.lstrip("@").lower() in head for t in tl)


#: A byline naming who made the post: "van het kanaal Meester Mark", "Geüpload door: Erik Wolters", "by @anna".
_BYLINE = re.compile(r"\b(?:van|door|by)\s*:?\s+(?:het\s+kanaal\s+)?[@" + c._UPPER + r"]")
#: A post's header "name · time" ("groep6fan · 2 d", "Lotte Verhoef · 3 u"): the post names its poster.
_BYLINE_DOT = re.compile(r"(?m)^[ \t]*[^\n·]{1,40}?[ \t]·[ \t]")


def _own_video_post(ctx: Context, head: str, tl: tuple[Turn, ...]) -> bool:
    """True if ``head``, the text above a thread's first turn, is a video post with the comments under it
    (a comments heading, :data:`_COMMENTS_HEAD`, closes it) on a video channel, and names no one else as its
    poster: no poster line or byline (:data:`_POSTER`, :data:`_BYLINE_DOT`, :data:`_BYLINE`) and no speaker of the
    thread in it. The text being checked is then the author's own video with its comments ("Tekst in beeld:
    ... Voice-over: ... Reacties: ...")."""
    if c.channel(ctx) not in c.VIDEO_CHANNELS:
        return False
    m = _last_comments_head(head, len(head))
    if m is None:
        return False
    above = head[:m.start()]
    low = above.lower()
    return (_POSTER.search(above) is None and _BYLINE_DOT.search(above) is None and _BYLINE.search(above) is None
            and not any(t.speaker.lstrip("@").lower() in low for t in tl))


#: The post speaks in the first person: its writer is the author, not a commenter below it.
_FIRST_PERSON = re.compile(r"(?i)(?<![\w@])(?:ik|mijn|m'n|we|wij|ons|onze)(?![\w])")


def _poster_line(text: str, tl: list) -> str | None:
    """The speaker whose name alone makes up a line above the first turn: the header of the post the
    comments are under ("Lotte Verhoef" / "Wat een heerlijke dag in Artis met groep 6!" / ... / "Sandra de
    Wit: ..."), or None. A date or time after a middle dot may follow the name ("Lotte Verhoef · 2 u"). A
    heading that ends in whose post it is counts too ("Reacties onder de nieuwe profielfoto van Dennis Kroon")."""
    head = text[:tl[0].start]
    names = {t.speaker.lower(): t.speaker for t in tl}
    for line in head.splitlines():
        name = line.split("·")[0].strip().lower()
        if name in names:
            return names[name]
        whose = _WHOSE_POST.search(name)
        if whose is not None and whose.group(1) in names:
            return names[whose.group(1)]
    return None


#: A heading that names whose post the comments are under: "reacties onder de profielfoto van dennis kroon" (lower case).
_WHOSE_POST = re.compile(r"^\W*(?:reacties|comments|opmerkingen)\s+(?:onder|op|bij)\s+(?:\S+\s+){1,5}?van\s+(.+?)\W*$")


#: A post's header line ending in who posted it: "TikTok @mamavan2boefjes", "Instagram – @juf.yas".
_POSTER = re.compile(r"(?m)^[^\n:]{0,40}?(?<![\w.])@[\w.]{3,}[ \t]*$")


def _handle_in(who: str, head: str) -> bool:
    """True if the handle of speaker ``who`` (its first word, without "@") stands in ``head``, the text above
    the first turn, with or without "@": "juf.yas.kalisto · 2 d", "TikTok @mamavan2boefjes"."""
    handle = who.split()[0].lstrip("@")
    return re.search(r"(?<![\w.])@?" + re.escape(handle) + r"(?![\w])", head) is not None


def in_author_turn(ctx: Context, start: int) -> bool:
    """True if offset ``start`` lies in one of the author's turns, or the text
    has no thread or no clear author (then every sentence may be the author's).
    Text before the first turn (a context note, the post being discussed) is
    not the author's when an author is known, unless it is the author's own
    post or column (:func:`wrote_the_post`)."""
    who = author_speaker(ctx)
    if who is None:
        return True
    tl = turns(ctx)
    if start < tl[0].start:
        return wrote_the_post(ctx)
    for t in tl:
        if t.start <= start < t.end:
            return t.speaker == who
    return False


#: A header that names another poster: "[Openbare post van Ilse de Wit: ...]", "Bericht van Joost in de groep".
#: Also a poster named by a handle or a description: "Instagram-post van @obs_hetveldhuis", "LinkedIn-bericht van
#: een onderwijsadviseur".
_POSTED_BY = re.compile(r"\b(?:post|bericht|blog|column|tweet|video|artikel|reel|story)\s+van\s+"
                        r"((?:[" + c._UPPER + r"][\w'-]+)(?:\s+(?:de|van|der|den|ter|ten)?\s*[" + c._UPPER + r"][\w'-]+)*"
                        r"|@[\w.]+|(?:een|de|het)\s+[^\W\d_]+)")


def wrote_the_post(ctx: Context) -> bool:
    """True if the text before a thread's first turn (a blog column, a
    LinkedIn article, the post under which the comments follow) is the
    author's own: the author's speaker is marked as its writer ("Marieke
    (auteur)"), or the byline above the comments names the author's speaker
    ("een blog van Marieke Oudshoorn" ... "Marieke: dank je!"), or the post's header
    holds the author's handle ("juf.yas.kalisto · 2 d" ... "juf.yas.kalisto: haha ja"), or it is a video
    post closed by a comments heading that names no other poster (:func:`_own_video_post`). A header that names
    another poster ("[Openbare post van Ilse de Wit: ...]") is not the author's, even above "Ik:" turns."""
    return c.memo(ctx, "thread-own-post", _wrote_the_post)


def _wrote_the_post(ctx: Context) -> bool:
    who = author_speaker(ctx)
    tl = turns(ctx)
    if who is None or not tl:
        return False
    head = ctx.text[:tl[0].start]
    if (by := _POSTED_BY.search(head)) and by.group(1).split()[0] != who.split()[0]:
        return False        # "[Openbare post van Ilse de Wit: ...]" above "Ik: ..." turns: someone else's post
    if any(t.marked and t.speaker == who for t in tl):
        return True
    if _own_video_post(ctx, head, tl):
        return True
    first = who.split()[0]
    if (first.startswith("@") or not first[0].isupper()) and len(first.lstrip("@")) >= 4 and " " not in who:
        # a handle in the post's header: "juf.yas.kalisto · 2 d", "🎵 origineel geluid – meesterbram.tw"
        return _handle_in(who, head)
    if first.startswith("@") or len(first) < 3 or not first[0].isupper():
        return False
    return re.search(r"(?<!\w)" + re.escape(first) + r"(?!\w)", head) is not None
