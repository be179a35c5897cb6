"""``lesson-recording``: a recording of a lesson or school activity shared
without saying that consent was given.

Sources (own summaries, see ``rules/*.yaml``): Lithora A.1 and A.7 (no
recordings during lessons or of school activities, and never shared, without
consent); TWijs A.1 and A.7 (no recordings of lessons, also online lessons,
for social media); Kalisto A.5 (written consent for film of school
situations); Onderwijs Primair "Privacy en beeldmateriaal" (images of school
activities only with consent of parents and the directie); SOM
"Achtergrondinformatie" (respect the privacy of others).

Photos alone are left to the media checks (consent register, manifest); this
check is about video, film and sound: "filmpje", "video", "opname",
"opgenomen", "gefilmd", "livestream".
"""

from __future__ import annotations

import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c
from .contact import names_channel

_REC_NOUN = re.compile(
    c.WB_L + r"(?:video(?:'s|tje|tjes)?|filmpje(?:s)?|(?:scherm|video|geluids|audio|zoom|teams)?-?opnames?|geluidsopname\w*"
    r"|screen-?recording\w*|recording\w*|spraakmemo\w*|voice-?memo\w*|screencast\w*|livestream\w*|live-?stream\w*|vlog(?:je|jes|s)?"
    r"|reels?|clip(?:je|jes|s)?|beelden\s+van\s+(?:de|het|onze|mijn)|tiktok(?:je|jes|s)|timelapse|aftermovie|compilatie(?:filmpje)?"
    r"|geluid\s+aan|sound\s+on|met\s+geluid|zo\s+klinkt|luister\s+(?:maar\s+|eens\s+)?(?:mee|naar)|live\s+(?:vanuit|uit|in)\s+(?:de|onze|mijn|het)\b)" + c.WB_R)
_REC_VERB = re.compile(
    # (not a hospital admission: "ze is opgenomen in het ziekenhuis")
    c.WB_L + r"(?:opgenomen(?!\s+(?:\w+\s+)?in\s+(?:het|een|de)\s+(?:\w+\s+)?(?:ziekenhuis|kliniek|umc|hospice|instelling|psychiatrie))|\w*gefilmd|filmde|filmden|gestreamd|(?:ik\s+|we\s+)?stream(?:en)?\s+(?:\w+\s+){0,2}?(?:de|het|onze|mijn)\s+(?:hele\s+)?\w+|live\s+uitgezonden|opname\s+gemaakt|op\s+(?:film|video|beeld)\s+(?:vastgelegd|gezet)"
    r"|(?:foto'?s|fotootjes|kiekjes|plaatjes)\s+(?:\w+\s+){0,3}?(?:gemaakt|geschoten|genomen))" + c.WB_R)
#: Photos of pupils at an activity, presented in the post: "hieronder een album met foto's van de kinderen",
#: "Foto's van alle kinderen aan de kersttafel". Photos need the pupils named (a photo of the building is not one).
_PHOTO_NOUN = re.compile(c.WB_L + r"(?:foto'?s|fotootjes|fotoalbum|album|kiekjes|fotoserie|fotocollage|collage|fotoreportage|fotomap"
                         # a photo post's own words: "foto 1 t/m 8:", "foto van groep 8", "fotodump", "in de carrousel",
                         # "boomerang van 2b", "sneak peek van" (not "Slide 2:", a frame of a story that may hold text only)
                         r"|foto(?=\s*\d|\s+van\b)|fotodump|carrou?sel|carousel|boomerang|sneak\s+peek"
                         r"|klassenfoto'?s?|groepsfoto'?s?)" + c.WB_R)
_PHOTO_PUPILS = re.compile(
    c.WB_L + r"(?:(?:de|alle|onze|mijn)\s+(?:kinderen|leerlingen|kleuters|kids)|groep\s+\d+|(?:de|mijn|onze)\s+klas|snoetjes|koppies|toppers|kanjers"
    # "foto's van mijn groep", "mijn klasje", "mijn onderzoekers"
    r"|(?:mijn|onze)\s+(?:groep|klasje|onderzoekers|kunstenaars|bouwers|helden|sterren|boefjes|schatjes|uitvinders|wetenschappers)"
    # "met iedereen erop", "de hele groep", "van elke klas een groepsfoto", "alle groepen", "mijn groepje"
    r"|iedereen\s+erop|(?:de|onze|mijn)\s+hele\s+(?:groep|klas)|(?:elke|iedere)\s+klas|alle\s+groepen|(?:mijn|ons)\s+groepje|groepsfoto\w*"
    r"|klassenfoto\w*)" + c.WB_R)
#: Every recording pattern holds one of these words (see :func:`_common.sentences_with`).
_TRIGGER_WORDS = frozenset(
    "opgenomen gefilmd filmde filmden gestreamd live opname opnames reel reels timelapse aftermovie vastgelegd geluid beelden"
    " sound klinkt luister foto's fotos fotootjes fotoalbum album kiekjes fotoserie fotocollage collage fotoreportage"
    " fotomap carrousel carousel boomerang sneak".split())
_TRIGGER_PREFIXES = ("foto", "klassenfoto", "groepsfoto", "stream", "spraakmemo", "voice", "meegefilmd", "stiekem", "video", "filmpje", "geluidsopname", "livestream", "live-stream", "vlog", "clip", "tiktok",
                     "compilatie", "scherm", "audio", "zoom", "teams", "screen", "recording")
#: The caption shows a scene as it happens: "tijdens de rekenles vandaag", "kijk die moves", "hier zie je".
_SCENE = re.compile(
    c.WB_L + r"(?:tijdens|vandaag|vanochtend|vanmiddag|net|zojuist|kijk|bekijk|moet\s+je\s+zien|hier\s+zie\s+je|zie\s+je|pov"
    r"|ontdekt|ontdekken|oefent|oefenen|leert|leren|probeert|proberen"
    r"|(?:leerlingen|kinderen|kleuters|groep\s+\d+|de\s+klas|mijn\s+klas)\s+(?:\w+\s+)?(?:reageren|reageert|dansen|danst|zingen|zingt"
    r"|spelen|speelt|rappen|rapt|lachen|lacht|springen|springt|presenteren|presenteert|gaan\s+los|gaat\s+los)"
    r"|aan\s+het\s+\w+|bezig|in\s+actie"
    # a photo carousel: "swipe voor een kijkje in onze projectweek", "swipe door de foto's" (not "swipe up")
    r"|swipe\s+(?:voor|door)|voor\s+een\s+kijkje\s+(?:in|bij|achter))" + c.WB_R)
#: A caption longer than this is a description or a story, not a caption of the video itself.
_CAPTION_MAX = 600
#: A retold past, not a scene: "hebben we ... gehad", "was", "deden".
_TOLD = re.compile(c.WB_L + r"(?:had|hadden|was|waren|werd|werden|deden|kwamen|gingen|mochten|liepen|gehad|geweest|gegeven|gehouden)" + c.WB_R)
#: Not yet happened: "morgen vervallen de lessen", "volgende week de sportdag" (an announcement, not a scene).
_AHEAD = re.compile(c.WB_L + r"(?:morgen|overmorgen|straks|binnenkort|volgende\s+week|vervalt|vervallen|gaat\s+niet\s+door)" + c.WB_R)
#: The activity involves the pupils (a group, a class, a lesson), not only a place.
_PUPIL_ACTIVITY = re.compile(
    c.WB_L + r"(?:groep\s+\d+|(?:mijn|onze|de)\s+(?:klas|kleuters|leerlingen|kinderen)|(?:\w{3,})?les(?:sen)?|leerlingen|kinderen)" + c.WB_R)
_ACTIVITY = re.compile(
    c.WB_L + r"(?:"
    r"(?:\w{3,})?les(?:sen)?"   # "les", "rekenles", "drumles" (not "alles", "fles")
    r"|(?:online|digitale)\s+les(?:sen)?|in\s+(?:de|mijn|onze)\s+klas|(?:uit|van|in)\s+(?:mijn|onze|de)\s+les"
    r"|groep\s+\d+(?:\s*(?:-|en|t/m|tot\s+en\s+met)\s*\d+)?|de\s+(?:kleuters|klas)|\w*musical\w*|(?:generale\s+)?repetitie\w*"
    r"|voorstelling\w*|optreden\w*|toneelstuk\w*|(?:kerst)?concert\w*|(?:school)?koor\w*|bonte\s+avond|playbackshow"
    r"|sportdag\w*|schoolreis\w*|schoolkamp\w*|excursie\w*|kerstviering|koningsspelen|afscheidsavond|kijkmiddag"
    r"|klassendans\w*|schoolplein|gymzaal|de\s+kinderen|leerlingen|\w*orkest|presentatie\w*|spreekbeurt\w*|dansje"
    r"|mijn\s+(?:klas|groep|leerlingen|kleuters)|\w*project(?:en)?|\w*workshop|klas\s+\d+\w*|mentorklas|brugklas"
    r"|\w*kunde(?:les)?|practicum\w*|proef|proeven|proefje\w*|experiment\w*"
    # "de hele klas", "tijdens de spellingtoets", "het laatste lesuur", "de ochtendkring", "in 4 vwo"
    r"|(?:de|mijn|onze)\s+hele\s+(?:klas|groep)|\w*toets(?:en)?|\w*lesuur|(?:ochtend)?kring|kringgesprek\w*|voorleeswedstrijd\w*"
    r"|\d\s*(?:vwo|havo|vmbo|mavo|gym)"
    # "tijdens het dictee", "het hele kerstspel", "tijdens het knutselen"
    r"|dictee\w*|(?:kerst|paas|toneel|eind|afscheids|sinterklaas)spel\w*|knutsel\w*|tafelrap\w*|\w*vergadering"
    r")" + c.WB_R)
#: The post presents the recording: "hier", "hieronder", "kijk", "de link", "staat online".
_SHARED = re.compile(
    c.WB_L + r"(?:hier|hieronder|hierboven|hierbij|kijk|bekijk|zie\s+je|link|deel|delen|gedeeld|online|geplaatst|zet\s+(?:ik|het)|story|stories|swipe|scroll"
    r"|staat\s+(?:op|online))" + c.WB_R)
#: A particular recording ("de video van ...", "dit filmpje"), not recordings in general ("via YouTube-filmpjes").
_DETERMINER = re.compile(c.WB_L + r"(?:de|het|dit|deze|onze|ons|mijn|een)\s+(?:(?:[^\W\d_]|-)+\s+)?$")
#: The recording word opens the caption: "Reel van de gymles van vandaag: ...".
#: At most two words before a recording or photo noun that opens a caption: "kort filmpje van ...", "tien foto's van ...".
_LEAD = re.compile(r"\W*(?:[\w'-]+\W+){0,2}$")
#: The author made it: "ik heb een filmpje gemaakt", "we hebben een video opgenomen".
_MADE = re.compile(c.WB_L + r"(?:ik|we|wij)\s+(?:heb|hebben)\b[^.!?\n]{0,60}?\b(?:gemaakt|opgenomen|gefilmd|gemonteerd)" + c.WB_R)
#: Someone here made the recording: "ik heb ... opgenomen", "we hebben ... gefilmd".
_WE_RECORDED = re.compile(c.WB_L + r"(?:ik|we|wij|heb|hebben)" + c.WB_R)
_NEGATED = re.compile(c.WB_L + r"(?:geen|niet|nooit)" + c.WB_R + r"[^.!?\n]{0,15}$")
_SELF_VIDEO = re.compile(
    c.WB_L + r"(?:in\s+de\s+camera|tekst\s+bij\s+(?:de|mijn|deze)\s+video|mijn\s+vlog|uitleg(?:video|filmpje)\w*|instructie(?:video|filmpje)\w*"
    r"|ik\s+leg\s+(?:\w+\s+){0,4}?uit)" + c.WB_R)
#: Pupils looking into the camera are in someone else's recording: "kinderen zwaaien ... in de camera".
_PUPILS_TO_CAMERA = re.compile(
    c.WB_L + r"(?:kinderen|leerlingen|kleuters|klas|groep\s+\d+)\b[^.!?\n]{0,80}?\bin\s+de\s+camera" + c.WB_R)


def self_video(low: str) -> bool:
    """True if the lowercased sentence ``low`` presents a video of the writer
    themself (:data:`_SELF_VIDEO`: "ik praat in de camera", "tekst bij mijn
    video"), not pupils waving into the camera."""
    m = _SELF_VIDEO.search(low)
    return m is not None and not (m.group().startswith("in") and _PUPILS_TO_CAMERA.search(low))


#: Nobody of the class is in it: "juf doet een dansje in een leeg lokaal", "de leeshoek (nog leeg, vóór de
#: kinderen binnenkomen)", "zonder leerlingen in beeld".
NO_PUPILS = re.compile(
    c.WB_L + r"(?:(?:in\s+)?(?:een|het|de|ons|mijn)\s+(?:\w+\s+)?(?:leeg|lege)\s+(?:klas)?(?:lokaal|klas|gymzaal|aula|school|speellokaal)"
    r"|nog\s+leeg|zonder\s+(?:de\s+)?(?:leerlingen|kinderen|kids)|geen\s+(?:kinderen|leerlingen|kids)\s+(?:\w+\s+)?(?:in\s+beeld|op\s+de\s+foto|te\s+zien)"
    # "de kinderen zelf staan er niet op", "met alleen de werkjes", "op de foto's alleen het versierde lokaal"
    r"|(?:de\s+)?(?:kinderen|leerlingen|kids)\s+(?:zelf\s+)?(?:staan|zijn|komen)\s+(?:er\s+)?niet\s+(?:op|in\s+beeld)"
    r"|alleen\s+(?:de|het|hun|onze|ons)\s+(?:\w+\s+)?(?:werkjes|werkstukken|tekeningen|knutselwerk\w*|schilderijen|lokaal|klaslokaal"
    r"|gebouw|schoolgebouw|versiering\w*|materialen|spullen)\b(?!\s+(?:van|met)\s+(?:de\s+)?(?:kinderen|leerlingen)))" + c.WB_R)
#: A plan, not a recording: "hier zet ik voortaan de filmpjes van de klas neer".
_LATER = re.compile(c.WB_L + r"voortaan" + c.WB_R)
#: Watching a film in class is not recording one: "we hebben een filmpje over de maan gekeken".
_WATCHED = re.compile(c.WB_L + r"(?:gekeken|keken|bekeken|(?:film\w*|video\w*)\s+over)" + c.WB_R)
_CONSENT = re.compile(
    c.WB_L + r"(?:met\s+(?:\w+\s+)?(?:schriftelijke\s+)?toestemming|toestemming\s+(?:\w+\s+){0,3}?(?:gegeven|gekregen|verleend)"
    r"|(?:hebben|heeft|gaven|gaf)\s+(?:\w+\s+){0,8}?toestemming|toestemmings(?:formulier|lijst)\w*|van\s+wie\s+(?:we|wij|ik|de\s+school)\s+(?:\w+\s+){0,2}?toestemming\s+(?:(?:voor|van)\s+(?:\w+\s+){1,2}?)?(?:hebben|heb|heeft|hadden|kregen)|(?:allemaal\s+|iedereen\s+)?akkoord\s+(?:gegeven|gegaan)"
    r"|mogen\s+(?:allemaal\s+)?in\s+beeld|(?:mag|mogen|mocht|mochten)\s+(?:er\s*)?op\s+(?:\w+\s+){0,2}?van\s+(?:hun|de|zijn|haar)\s+ouders"
    r"|met\s+(?:\w+\s+)?(?:instemming|goedkeuring)\s+van\s+(?:alle\s+|de\s+|hun\s+)?(?:ouders|verzorgers)"
    r"|(?:ouders|verzorgers|iedereen)\s+(?:\w+\s+){0,8}?(?:laten\s+weten|aangegeven|bevestigd|getekend)\s+dat\s+(?:\w+\s+){0,6}?"
    r"(?:mag|mogen|mocht|mochten)\b"
    r"|(?:alle\s+)?ouders\s+(?:hebben|vonden|vinden)\s+(?:het\s+)?(?:allemaal\s+)?(?:goedgevonden|goed|prima)\s+(?:gevonden\s+)?dat)" + c.WB_R)
_NO_CONSENT = re.compile(c.WB_L + r"(?:zonder|geen|niet\s+(?:\w+\s+)?)toestemming" + c.WB_R)


def has_consent_statement(ctx: Context) -> bool:
    """True if the text says consent was given ("met toestemming van de
    ouders", "iedereen heeft toestemming gegeven", "toestemmingsformulier")
    and does not say it was missing ("zonder toestemming")."""
    low = ctx.lower
    return bool(_CONSENT.search(low)) and not _NO_CONSENT.search(low)


def _presents_recording(low: str, prev_low: str, text_low: str = "") -> bool:
    """A recording word that presents a recording of the activity: "hier een
    filmpje van de muziekles", "Reel van de gymles", "Kijk hoe groep 4 zingt!
    Video hieronder.", "in actie tijdens de dansles, geluid aan!"."""
    for m in _REC_NOUN.finditer(low):
        if _NEGATED.search(low[:m.start()]):
            continue
        before = low[:m.start()]
        if _SHARED.search(low) or _DETERMINER.search(before) or _LEAD.match(before) \
                or m.group().startswith(("live", "geluid", "sound", "met", "zo", "luister")):
            if _ACTIVITY.search(low) or (prev_low and _SHARED.search(low) and _ACTIVITY.search(prev_low)):
                return True
            # "Ik heb ... een timelapse gemaakt" in a post about the class
            if text_low and _MADE.search(low) and _ACTIVITY.search(text_low):
                return True
    return False


_DURING = re.compile(c.WB_L + r"tijdens" + c.WB_R)
#: The words before a recording verb in a caption: no subject or verb, a few words naming the activity ("Hele
#: leesles van vanochtend").
_CAPTION_HEAD = re.compile(r"\W*(?:(?!(?:is|zijn|werd|wordt|worden|werden|heb|hebben|heeft|ik|we|wij|het|dat|dit)\b)[\w-]+\s+){1,6}$")


def _recorded(low: str, prev_low: str) -> bool:
    """Someone here recorded the activity: "ik heb de online les opgenomen"."""
    for m in _REC_VERB.finditer(low):
        if _NEGATED.search(low[:m.start()]):
            continue
        # a caption: "Stiekem gefilmd tijdens de tafelrace", "Hele leesles van vanochtend opgenomen, voor ..."
        caption = m.start() < 25 or _DURING.search(low) or _CAPTION_HEAD.match(low[:m.start()])
        if (_WE_RECORDED.search(low) or _SHARED.search(low) or caption) and (_ACTIVITY.search(low) or _ACTIVITY.search(prev_low)):
            return True
    return False


def _video_caption(ctx: Context) -> list[Span]:
    """On a video platform, the first caption sentence that shows pupils in a
    lesson or activity as it happens ("Onze groep 8 tijdens de rekenles
    vandaag ... kijk!"): the post is the recording. Only a short caption
    (a long text on a video platform is a description, not a caption) in
    the present tense counts."""
    if len(ctx.text) > _CAPTION_MAX:
        return []
    for sp in c.sentences(ctx):
        low = c.span_text(ctx, sp)
        if c.is_question(low) or self_video(low) or not _SCENE.search(low) or _TOLD.search(low) \
                or _AHEAD.search(low) or NO_PUPILS.search(low):
            continue
        m = _PUPIL_ACTIVITY.search(low)
        if m and _ACTIVITY.search(low) and not _NEGATED.search(low[:m.start()]) and not _frame_shows_other(ctx, sp[0]):
            return [Span(sp[0], sp[1], "lesson-recording", 0.7, "conduct.recording")]
    return []


def _frame_shows_other(ctx: Context, pos: int) -> bool:
    """True if the story frame that holds offset ``pos`` is described as showing something other than pupils
    or an activity ("[Story 2/3 – screenshot van de meldingen]", "[Story 1/3 — foto van het whiteboard]"):
    its caption is not the recording. A frame without a description ("[Story 2/3]") does not count."""
    frames = list(_FRAME.finditer(ctx.text, 0, pos))
    if not frames:
        return False
    frame = frames[-1]
    shown = frame.group(1).lower()
    return not (_ACTIVITY.search(shown) or _PUPIL_ACTIVITY.search(shown) or _SHOWN_PEOPLE.search(shown))


def check_lesson_recording(ctx: Context) -> list[Span]:
    """``lesson-recording``: one span per text that presents a recording (a
    video, or photos of the pupils) of a lesson or school activity, when the
    text has no consent statement: the sentence that says it was recorded,
    else the first one that presents it.

    A recording noun ("filmpje", "video", "opname") needs the activity in the
    same sentence ("filmpje van de muziekles"); a recording verb ("opgenomen",
    "gefilmd") may take it from the sentence before ("... de online les. Ik
    heb het hele halfuur opgenomen"). Not reported: negated sentences ("maak
    geen filmpjes", "deel geen opnames"), a video of oneself ("tekst bij mijn
    video", "in de camera"). The school's closed channels (Parro, Social
    Schools, ouderportaal, group app, e-mail) are checked too: a class album
    there also needs the statement that the children in it may be shown (the
    protocols' consent rules, e.g. Lithora A.5 and Kalisto A.5, name no
    channel). On a video platform (TikTok, YouTube) the post
    itself is a video: a caption that shows pupils in a lesson as it happens
    counts without a recording word (on Instagram, where every post is a photo
    or a video, too). Parents are checked too (Lithora A.7, TWijs A.7).
    """
    sents = c.sentences(ctx)
    spans: list[Span] = []
    verb_spans: list[Span] = []
    for i in c.sentences_with(ctx, _TRIGGER_WORDS, _TRIGGER_PREFIXES):
        sp = sents[i]
        low = c.span_text(ctx, sp)
        same_par = i > 0 and "\n\n" not in ctx.text[sents[i - 1][1]:sp[0]]
        prev_low = c.span_text(ctx, sents[i - 1]) if i > 0 else ""
        if self_video(low) or c.is_question(low) or _WATCHED.search(low) or _LATER.search(low) \
                or NO_PUPILS.search(low) or names_channel(low, c.CLOSED_CHANNELS):
            continue
        # the activity from the sentence before counts only for the first recording of the text
        first = not spans
        if _recorded(low, prev_low):
            verb_spans.append(Span(sp[0], sp[1], "lesson-recording", 0.8, "conduct.recording"))
        elif _presents_recording(low, prev_low if same_par and first else "", ctx.lower if first else "") \
                or _presents_photos(low, prev_low if same_par else "", ctx.lower):
            spans.append(Span(sp[0], sp[1], "lesson-recording", 0.8, "conduct.recording"))
    if not spans and not verb_spans and c.channel(ctx) in c.VIDEO_CHANNELS:
        spans.extend(_video_caption(ctx))
    if (spans or verb_spans) and has_consent_statement(ctx):
        return []
    # One recording is one finding: the sentence that says it was recorded ("ik heb de les gefilmd"),
    # else the first sentence that presents it. A description of the clip ("[video: groep 8 oefent de
    # dans]", "Titel: ...") is not part of what is posted: the finding goes to the caption instead.
    found = verb_spans[:1] or spans[:1]
    if found and _TITLE.match(ctx.text, ctx.text.rfind("\n", 0, found[0].start) + 1):
        shows = _shows_activity(ctx, found[0].end)
        if shows is not None:
            return [Span(shows[0], shows[1], "lesson-recording", 0.8, "conduct.recording")]
    if found and _is_description(ctx, found[0].start):
        best = [s for s in verb_spans + spans if not _is_description(ctx, s.start)]
        if best:
            return best[:1]
        caption = _caption_after(ctx, found[0].start)
        if caption is not None:
            return [Span(caption[0], caption[1], "lesson-recording", 0.7, "conduct.recording")]
    return found


#: A line that describes a clip or photo instead of being posted text: in brackets, or headed
#: "video:", "Titel:", "Tekst in beeld:", "Story 1/3", "Reel:", also after an emoji ("🎥 Video (0:23): ...");
#: not "POV:", which opens a TikTok caption, nor a chat line's time stamp ("[16:30] Juf Anouk: ...").
_DESCRIPTION = re.compile(
    r"[ \t]*(?:[^\w\s\[(]{1,3}[ \t]*)?(?:\((?!\d{1,2}[:.]\d{2}\))|\[(?!\d{1,2}[-:./]\d{1,2})|(?:video|filmpje|beeld|beelden|titel|tekst\s+in\s+beeld|ondertitel|omschrijving|reel|story"
    r"|foto|foto's|clip|vlog|thumbnail)(?:\s+\d+/\d+)?\s*[:(])", re.I)


#: A story frame with what it shows: "[Story 2/3 – screenshot van de meldingen]" (group 1: the description).
_FRAME = re.compile(r"(?im)^[ \t]*\[[ \t]*(?:story|slide|frame|dia)\b[ \t]*[\d/ ]*[ \t]*[–—:-][ \t]*([^\]\n]+)\]")
#: A frame description that shows people or a recording: "filmpje", "kinderen spelen tikkertje", "workshop".
_SHOWN_PEOPLE = re.compile(r"film|video|boomerang|kinderen|kleuters|leerlingen|klas|groep|workshop|juf|meester|collega")
#: A video's or album's title line: "VLOG #12 | Een dag in groep 5", "Aflevering 3 – de schoolreis", "Fotoalbum | Kerstviering".
_TITLE = re.compile(r"[ \t]*(?:vlog|video|reel|aflevering|episode|fotoalbum)\s*#?\s*\d*\s*[|:–-]", re.I)
#: A sentence that shows what the video holds: "hier zie je", "neem ik jullie mee", "vanaf 03:40", "in beeld".
_SHOWS = re.compile(c.WB_L + r"(?:zie\s+je|je\s+ziet|ziet\s+u|u\s+ziet|neem\s+ik\s+(?:jullie|je|u)\s+mee|vanaf\s+\d{1,2}:\d{2}|in\s+beeld)" + c.WB_R)


def _shows_activity(ctx: Context, pos: int) -> tuple[int, int] | None:
    """After a video's title line, the first sentence (after offset ``pos``)
    that shows the lesson or activity in it ("Vanaf 03:40 de rekenles ...,
    kinderen in beeld"): the labelled content, more telling than the title."""
    for sp in c.sentences(ctx):
        if sp[0] < pos:
            continue
        low = c.span_text(ctx, sp)
        if _SHOWS.search(low) and _ACTIVITY.search(low) and not c.is_question(low):
            return sp
    return None


def _is_description(ctx: Context, pos: int) -> bool:
    """True if the line holding offset ``pos`` describes the clip (:data:`_DESCRIPTION`). A line in brackets
    in the first person is the author's aside, not a description ("(vanmiddag tijdens de rekenles stiekem
    opgenomen, kon het niet laten)")."""
    line = ctx.text.rfind("\n", 0, pos) + 1
    m = _DESCRIPTION.match(ctx.text, line)
    if m is None:
        return False
    if m.group().strip()[-1:] == "(":
        end = ctx.text.find("\n", line)
        return not _FIRST_PERSON_ASIDE.search(ctx.lower, line, len(ctx.text) if end < 0 else end)
    return True


#: First-person words in a bracketed line: the author's own aside.
_FIRST_PERSON_ASIDE = re.compile(c.WB_L + r"(?:ik|heb|mijn|m'n|me|mij|we|wij)" + c.WB_R)


def _caption_after(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The first sentence after offset ``pos`` that is neither a description,
    a heading ("Caption:") nor only hashtags or emoji: the caption posted with the clip."""
    for sp in c.sentences(ctx):
        if sp[0] <= pos or _is_description(ctx, sp[0]):
            continue
        start = sp[0] - 1 if sp[0] and ctx.text[sp[0] - 1] == "#" else sp[0]     # "#meester #groep8": split after "#"
        words = _HASHTAG.sub("", ctx.text[start:sp[1]])
        if _WORDS_OUTSIDE_TAGS.search(words) and not _LABEL_LINE.match(words):
            return sp
    return None


_HASHTAG = re.compile(r"#\w+")
#: A heading over the caption, not the caption: "Caption:", "Bijschrift bij de post:".
_LABEL_LINE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*:\s*$")
_WORDS_OUTSIDE_TAGS = re.compile(r"[^\W\d_]{2,}")


def _presents_photos(low: str, prev_low: str, text_low: str = "") -> bool:
    """Photos of the pupils at an activity, presented in the post ("Hieronder
    een album met foto's van de kinderen in de bus"). A whole album of a day
    ("64 foto's van de hele dag") needs the pupils only somewhere in the
    text ``text_low``."""
    m = _PHOTO_NOUN.search(low)
    if m is None or _NEGATED.search(low[:m.start()]) or _NOT_A_CLASS_PHOTO.search(low):
        return False
    shown = _SHARED.search(low) or _DETERMINER.search(low[:m.start()]) or _LEAD.match(low[:m.start()])
    # (photos "van het knutselen", "van onze les over de ruimte": of the pupils at it, in a text about them)
    of_activity = _OF_ACTIVITY.match(low, m.end()) is not None and _ACTIVITY.search(low, m.end(), m.end() + 50) is not None
    pupils = _PHOTO_PUPILS.search(low) or ((_ALBUM.search(low) or of_activity) and _PUPIL_ACTIVITY.search(text_low))
    return bool(shown and pupils and (_ACTIVITY.search(low) or _ACTIVITY.search(prev_low) or _SCHOOL_OUTING.search(low)))


#: Photos of an activity: "de foto's van het knutselen", "foto's van onze les over de ruimte".
_OF_ACTIVITY = re.compile(r"\s+van\s+(?:het|de|onze|ons|mijn)\s")


#: A whole album of an outing or a day: "64 foto's van de hele dag", "ruim dertig foto's", "het fotoalbum van".
_ALBUM = re.compile(c.WB_L + r"(?:\d+|ruim\s+\w+|tientallen|honderden)\s+(?:foto'?s|kiekjes)|fotoalbum"
                    r"|foto'?s\s+van\s+de\s+(?:hele\s+)?(?:dag|ochtend|middag|avond|week|reis|schoolreis|kampweek)" + c.WB_R)


#: A group photo that is not one of the class at school: a group app's new picture, the writer on last year's.
_NOT_A_CLASS_PHOTO = re.compile(c.WB_L + r"(?:nieuwe\s+groepsfoto|groepsfoto\s+van\s+(?:deze|de|onze|jullie)\s+(?:\w+)?(?:app|groep|chat)\b|(?:(?:stond|sta|stonden|staan)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?:stond|sta|stonden|staan))"
                                r"\s+(?:\w+\s+)?op\s+de\s+(?:groeps|klassen)foto)")
#: Where a class photo is taken: an outing or a celebration, or all of one day ("van de hele ochtend").
_SCHOOL_OUTING = re.compile(c.WB_L + r"(?:(?:de\s+)?hele\s+(?:dag|ochtend|middag|avond)|bus|tafel|kersttafel|kerstdiner|feest\w*|uitje|\w*reis\w*|\w*kamp\w*|bos|museum|dierentuin|park"
                            r"|kring|estafette|zaklopen|speurtocht|achtbaan|prijsuitreiking|kampvuur|picknick|dropping|\w*ontbijt"
                            r"|spellen|tijdens\s+(?:de|het)\s+\w+)" + c.WB_R)
