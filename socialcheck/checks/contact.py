"""``pupil-contact``: inviting or accepting private social-media contact with
pupils (and with parents where the pack says so).

Sources (own summaries, see ``rules/*.yaml``): Lithora A.6 (no online
friendship from a private account with (former minor) pupils or parents);
TWijs A.6 (not desirable with pupils or parents; LinkedIn is an exception:
``settings.pupil-contact.exceptions``); Kalisto A.6 (no friending pupils or
parents on behalf of the school); SOM art. 4 (no discussions with pupils or
parents on social media); Onderwijs Primair "Gebruik door medewerkers" (in
principle no social-media contacts with pupils).

The same invitations to *parents* to send a private message ("stuur me een
DM", "app me even privé") are about the channel, not friendship: they are
reported by ``official-channel`` (variant ``steer``), see
:mod:`socialcheck.checks.channels`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import re

from ..detectors.base import Context
from ..model import Span
from . import _common as c
from . import threads

#: A request sent to the one reader: "ik heb je net een vriendschapsverzoek gestuurd" (one of the :data:`_FRIEND`
#: patterns; :func:`check_pupil_contact` needs it alone too).
_SENT_TO_YOU_PATTERN = r"(?:heb|hebben)\s+(?:je|jou|jullie|u)\s+(?:\w+\s+){0,3}?(?:een\s+)?(?:vriendschaps|volg|vrienden)verzoek\w*\s+(?:\w+\s+){0,2}?gestuurd"
_FRIEND = re.compile(
    c.WB_L + r"(?:"
    r"volg(?:t)?\s+(?:me|mij|mijn\s+(?:account|insta\w*|tiktok|kanaal|pagina|snap\w*))"
    r"|(?:druk|klik|tik)\s+(?:\w+\s+){0,2}?op\s+volgen|wie\s+(?:van\s+(?:groep|klas)\s+\w+\s+|er\s+)?mij\s+(?:hier\s+|daar\s+)?(?:wil\s+|wilt\s+|als\s+eerste\s+)?volg(?:t|en)"
    r"|wie\s+(?:\w+\s+){0,2}?(?:me|mij)\s+(?:\w+\s+){0,4}?(?:wil|wilt)\s+(?:volgen|toevoegen|adden)|volg\s+ik\s+(?:je\s+|jullie\s+)?terug"
    r"|zoek\s+(?:me|mij)\s+(?:\w+\s+)?op\s+(?:op|via)|(?:add|follow)\s+me"
    r"|ik\s+volg\s+(?:\w+\s+){0,4}?(?:(?:oud-)?leerlingen|kinderen|klas|groep)"
    r"|mijn\s+(?:account|accountnaam|gebruikersnaam)\s+(?:op\s+\w+\s+)?is|(?:jullie|je)\s+(?:weten|weet)\s+(?:me|mij)\s+(?:\w+\s+)?te\s+vinden"
    r"|voeg(?:t)?\s+(?:me|mij)\s+(?:\w+\s+){0,4}?toe|(?:kan|kunnen|mag|mogen|kun|kunt|wil|wilt|willen)\s+(?:je\s+|jullie\s+)?(?:me|mij)\s+(?:\w+\s+){0,3}?(?:toevoegen|volgen)"
    r"|ik\s+accepteer\s+(?:\w+\s+){0,2}?(?:vriendschaps|volg)?verzoeken"
    # a group on a social platform for the class: "ik heb een Facebookgroep aangemaakt, vraag gerust om lid te worden"
    r"|(?:facebook|insta\w*|snapchat|tiktok|discord)-?groep\w*\s+(?:\w+\s+){0,3}?(?:aangemaakt|gemaakt|opgericht|gestart)"
    r"|om\s+lid\s+te\s+worden|word\s+(?:gerust\s+)?lid"
    r"|(?:volgen|toevoegen)\s+mag(?!\s+(?:niet|nooit|echt\s+niet)\b)|mag\s+(?:je|jullie)\s+(?:me\s+|mij\s+)?(?:volgen|toevoegen)"
    r"|(?:dit|dat)\s+is\s+(?:echt\s+)?(?:wel\s+)?mijn\s+(?:account|insta\w*|tiktok|snap\w*)"
    r"|(?:jullie|je|ze|zij|iedereen|de\s+kids|de\s+kinderen)\s+(?:\w+\s+){0,2}?(?:me|mij)\s+(?:\w+\s+){0,3}?(?:volgen|toevoegen|adden)"
    r"|tag\s+(?:me|mij)|(?:me|mij)\s+(?:\w+\s+)?taggen"
    r"|(?:stuur|stuurt|doe)\s+(?:me\s+|mij\s+)?(?:\w+\s+){0,3}?(?:een\s+)?(?:vriendschaps|volg|vrienden)verzoek\w*"
    r"|(?:me|mij)\s+(?:\w+\s+){0,3}?(?:een\s+)?(?:vriendschaps|volg|vrienden)verzoek\w*\s+(?:\w+\s+)?(?:sturen|doen)"
    r"|(?:word|worden)\s+(?:\w+\s+)?vrienden\s+(?:op|via)"
    # "zijn jullie nog geen vrienden met mij hier? Stuur gerust een verzoek, dan mis je niks"
    r"|stuur\s+(?:me\s+|mij\s+)?(?:(?:gerust|maar|even|snel|anders|ook|dan|gewoon)\s+){0,3}een\s+verzoek(?:je)?(?=\s*[,.!]|\s+(?:hier|op|via|dan|als)\b)"
    r"|mijn\s+(?:snap|snapchat|insta|instagram|tiktok)(?:naam|account)?\s+is"
    # "mijn Snap staat in mijn bio, voeg maar toe!", "op Snap heb ik dezelfde naam als hier"
    r"|voeg\s+(?:(?:maar|gerust|even|ff|me|mij|dan)\s+){1,3}toe"
    r"|(?:mijn|m'n)\s+(?:snap|snapchat|insta|instagram|tiktok)\w*\s+(?:\w+\s+)?staat\s+in\s+(?:mijn|m'n|de)\s+bio"
    r"|(?:op|via)\s+(?:snap|snapchat|insta|instagram|tiktok)\s+heb\s+ik\s+dezelfde\s+naam"
    # requests sent, people added or followed back: "ik heb alle ouders een vriendschapsverzoek gestuurd",
    # "heb je net toegevoegd op insta", "ik volg je terug", "zullen we elkaar volgen?", "ik voeg alle ouders toe"
    r"|(?:heb|hebben)\s+(?:\w+\s+){0,6}?(?:ouders|leerlingen|kinderen|jullie|klas|groep)\s+(?:\w+\s+){0,5}?(?:een\s+)?(?:vriendschaps|volg|vrienden)verzoek\w*\s+(?:\w+\s+){0,2}?gestuurd"
    r"|(?:vriendschaps|volg|vrienden)verzoek\w*\s+gestuurd\s+naar\s+(?:\w+\s+){0,3}?(?:ouders|leerlingen|kinderen)"
    r"|(?:heb|hebben)\s+(?:je|jou|jullie|hem|haar)\s+(?:\w+\s+){0,4}?(?:toegevoegd|teruggevolgd|terug\s+gevolgd|gevolgd)"
    r"|ik\s+volg\s+(?:je|jou|jullie)|(?:zullen|zal)\s+we\s+(?:elkaar\s+)?(?:\w+\s+){0,4}?(?:volgen|toevoegen|adden|vrienden\s+worden)"
    # "volg dit account maar", "volg mijn privéaccount", "mag ik je ook op Insta toevoegen?", "doe maar, ik accepteer
    # jullie allemaal", "ik keur je verzoek goed"
    r"|volg\s+(?:dit|mijn|m'n)\s+(?:privé-?)?account|volg\s+(?:mijn|m'n)\s+privé\w*"
    r"|(?:mag|kan|zal)\s+ik\s+(?:je|jou|jullie)\s+(?:\w+\s+){0,4}?(?:toevoegen|volgen|adden)"
    # pupils put in the teacher's own group: "ik heb jullie allemaal aan deze groep toegevoegd"
    r"|ik\s+heb\s+jullie\s+(?:\w+\s+){0,4}?(?:aan|in)\s+(?:deze|de|mijn|m'n|een)\s+(?:\w+\s+)?(?:app)?groep(?:je)?\s+(?:toegevoegd|gezet)"
    r"|ik\s+accepteer\s+(?:jullie|ze|hen)\s+(?:(?:ook|gewoon|graag|dus)\s+)?allemaal|keur\s+(?:je|jullie)\s+(?:\w+\s+)?verzoek\w*\s+goed"
    # "een paar ouders stuurden me een verzoek, heb ze allemaal toegevoegd"
    r"|(?:heb|hebben)\s+(?:ze|hen|jullie)\s+(?:(?:ook|gewoon|dus|net|meteen)\s+)?allemaal\s+(?:toegevoegd|geaccepteerd|bevestigd)"
    r"|ik\s+voeg\s+(?:\w+\s+){0,4}?(?:ouders|leerlingen|kinderen|jullie|iedereen)\s+(?:\w+\s+){0,3}?toe"
    # "ik heb je net een vriendschapsverzoek gestuurd", "ik volg terug"
    r"|" + _SENT_TO_YOU_PATTERN +
    r"|ik\s+volg\s+(?:\w+\s+)?terug"
    # "ik zet je op mijn privé-account bij de close friends"
    r"|(?:bij|in|op|aan)\s+(?:de|mijn|m'n)\s+(?:\w+\s+)?close\s+friends"
    # gaming together: "mijn gamertag is MeesterJoep88", "join gerust mijn Discord-server", "meedoen op mijn eigen
    # Roblox-server", "stuur me maar een invite", "stuur me ook maar een vriendverzoek"
    r"|(?:mijn|m'n)\s+gamer-?tag|(?:stuur|stuurt)\s+(?:me|mij)\s+(?:\w+\s+){0,3}?(?:een\s+)?(?:invite|uitnodiging|vriendverzoek\w*)"
    r"|(?:join|joinen|meedoen|meespelen|meegamen|gamen)\s+(?:\w+\s+){0,3}?(?:op|in|via)?\s*(?:mijn|m'n)\s+(?:eigen\s+)?"
    r"(?:discord|roblox|minecraft|fortnite|gaming)[\w-]*"
    r"|join\s+(?:\w+\s+){0,2}?(?:mijn|m'n)\s+(?:eigen\s+)?(?:[\w-]*server|[\w-]*kanaal|[\w-]*wereld)"
    r")" + c.WB_R)
_ACCEPT = re.compile(
    c.WB_L + r"(?:vriendschaps|volg)?verzoek\w*\b[^.!?\n]{0,140}?\b(?:geac?cepteerd|aangenomen|bevestigd|goedgekeurd)" + c.WB_R
    + r"|" + c.WB_L + r"(?:geaccepteerd|aangenomen|bevestigd)\b[^.!?\n]{0,40}?\bvriendschapsverzoek\w*")
_MESSAGE = re.compile(
    c.WB_L + r"(?:"
    r"(?:stuur|stuurt)\s+(?:me|mij)\s+(?:\w+\s+){0,3}?(?:een\s+)?(?:dm|pb|pm|privébericht|privéberichtje|privé-bericht|berichtje|bericht|appje|app|whatsappje|snap|snapje)"
    # "stuur je vragen maar hier" (on a social platform: a private message there; work handed in so is official-channel's)
    r"|(?:stuur|stuurt)\s+(?:je|jullie|uw)\s+(?:vragen|vraag|berichtjes?)\s+(?:maar|gerust|gewoon|even)\s+(?:\w+\s+)?hier\b"
    r"|dm\s+(?:me|mij|even|ff|maar|gerust)|(?:stuur|doe)\s+(?:\w+\s+){0,2}?(?:een\s+)?dm"
    r"|(?:me|mij)\s+(?:\w+\s+){0,3}?(?:een\s+)?(?:dm|pb|pm|privébericht|berichtje|appje|snap|snapje)\s+(?:sturen|geven|doen)"
    r"|(?:app|whatsapp|sms)\s+(?:me|mij)|(?:mag|mogen|kan|kunnen|kun|kunt)\s+(?:(?:je|jij|jullie|u)\s+)?(?:me|mij)\s+(?:\w+\s+){0,4}?(?:appen|whatsappen|dm'?en|snappen|bellen|mailen)"
    # "m'n dm's staan open"
    r"|(?:mijn|m'n)\s+(?:dm'?s|inbox|pb'?s)\s+(?:\w+\s+){0,2}?(?:staan|staat)\s+(?:\w+\s+)?open"
    # "stuur maar een privébericht", "drop het even in mijn privéberichten hier"
    r"|(?:stuur|doe)\s+(?:\w+\s+){0,2}?(?:een\s+)?(?:privébericht\w*|pb)"
    r"|(?:drop|gooi|zet|stuur)\s+(?:het|dat|die|'m|hem|ze)\s+(?:\w+\s+){0,2}?in\s+(?:mijn|m'n)\s+(?:privéberichten|dm'?s?|inbox|pb'?s?)"
    r"|(?:bel|app)\s+(?:me|mij)\s+(?:\w+\s+)?privé|(?:op|via)\s+mijn\s+privé-?\s*(?:nummer|mail|account|telefoon)"
    r"|(?:bel|sms|app)\s+(?:me|mij)\s+(?:\w+\s+){0,3}?(?:op|via)\s+(?:mijn\s+)?(?:06|mobiel\w*|eigen\s+nummer)"
    # "sla mijn privénummer gewoon op, dan appen we voortaan buiten de klassengroep om"
    r"|sla\s+(?:dit|mijn|m'n)\s+(?:privé-?)?nummer\s+(?:\w+\s+){0,2}?op"
    # "slide maar in m'n DM", "slide gerust in mijn DM's"
    r"|slide\s+(?:\w+\s+)?in(?:to)?\s+(?:mijn|m'n|onze|de)\s+dm"
    # handing in work through the private channel: "stuur hem gewoon hier in de DM"
    r"|(?:stuur|app)\s+(?:hem|het|die|dat|ze|'m)\s+(?:\w+\s+){0,2}?(?:in|via|op)\s+(?:de|een|mijn|m'n)\s+(?:dm|pb|pm|privébericht|app)"
    r")" + c.WB_R)
#: Every contact pattern holds one of these (see :func:`_common.sentences_with`).
_TRIGGER_WORDS = frozenset("vrienden friends geaccepteerd aangenomen bevestigd bel bellen mailen zoek add follow vinden accepteer"
                           " lid account accountnaam gebruikersnaam berichtje privébericht pb pm inbox"
                           " toegevoegd gevolgd teruggevolgd adden goedgekeurd bevestigen geacepteerd erin deze keur sla gezet"
                           " gamertag gamer join joinen meedoen meespelen meegamen gamen".split())
_TRIGGER_PREFIXES = ("volg", "voeg", "toevoeg", "stuur", "dm", "app", "whatsapp", "sms", "snap", "insta", "tiktok", "privé",
                     "tag", "facebook", "discord", "vriendschapsverzoek", "vriendenverzoek")
#: Frequent trigger words that count only with one word of each set (see :func:`_common.sentences_with`):
#: "bel" only in "bel me/mij ..." (a "verzoek" needs no trigger of its own: "doe een vriendschapsverzoek"
#: starts with a prefix above, the other patterns with one also hold "geaccepteerd", "accepteer" ...).
_TRIGGER_ALSO = {"bel": (frozenset({"me", "mij"}),), "keur": (frozenset({"verzoek", "verzoeken"}),),
                 "sla": (frozenset({"nummer", "privénummer"}),), "gezet": (frozenset({"groep", "groepje", "appgroep"}),), "deze": (frozenset({"bij"}), frozenset({"gedaan", "geaccepteerd", "toegevoegd"}))}
_PRIVATE_HINT = re.compile(c.WB_L + r"(?:privé\w*|dm|pb|pm|messenger|insta\w*|snap\w*|tiktok|facebook|fb|whatsapp|appen|app|linkedin|twitter|06|mobiel\w*|appje\w*|(?:mijn|m'n)\s+(?:telefoon)?nummer)" + c.WB_R)
_NEGATION = re.compile(c.WB_L + r"(?:niet|geen|nooit)" + c.WB_R)
_HERE = re.compile(c.WB_L + r"hier" + c.WB_R)
#: A sentence that opens by calling the pupils: "Leerlingen van 8a die dit lezen: ...", "Kids, ...".
_PUPILS_CALLED = re.compile(r"\W*(?:(?:lieve|beste|hé|hey|hoi)\s+)?(?:leerlingen|kids)\b")
#: Social platforms where "hier" in a message invitation is the platform's own private messages.
_SOCIAL_PLATFORMS = frozenset({"instagram", "tiktok", "snapchat", "facebook", "x", "linkedin"})
#: Channels that are private messaging themselves: there a message invitation needs no private hint
#: ("je mag me altijd een berichtje sturen, ook in het weekend" in a teacher's WhatsApp to a pupil).
_MESSAGING_CHANNELS = frozenset({"whatsapp"})
_PLATFORMS = (
    ("instagram", r"insta\w*|ig"), ("snapchat", r"snap\w*"), ("tiktok", r"tiktok"),
    ("facebook", r"facebook|fb|messenger"), ("linkedin", r"linkedin"), ("x", r"twitter|x"),
    ("whatsapp", r"whatsapp\w*|app|appen|appje|appgroep"),
)
_PLATFORM_RE = [(name, re.compile(c.WB_L + r"(?:" + p + r")" + c.WB_R)) for name, p in _PLATFORMS]
_OFFICIAL_NAMES = {
    "parro": r"parro", "social-schools": r"social\s*schools?|socialschools?", "parnassys": r"parnassys",
    # TWijs B.1: "het ouderportaal of een inlogomgeving van de school" (an ELO such as Magister or Somtoday)
    "ouderportaal": r"ouderportaal|portaal|inlogomgeving|elo|magister|somtoday|itslearning|leeromgeving", "email": r"e-?mail|mail", "parent-group-app": r"groepsapp|klassenapp",
    "website": r"website|site",
}

_SENT_TO_YOU = re.compile(c.WB_L + _SENT_TO_YOU_PATTERN)
_NAMES_PUPILS = re.compile(c.WB_L + r"(?:leerlingen|kinderen|klas|groep|kids)" + c.WB_R)
#: An adult who is not a parent, near a contact phrase whose audience the text does not otherwise name: an intern,
#: a colleague, a former pupil who gives an adult age ("ik ben nu 23").
_ADULT_ASKER = re.compile(c.WB_L + r"(?:stagiair\w*|stagiaire|pabo\w*|lio-?stagiair\w*|collega\w*|oud-collega\w*"
                          r"|ik\s+ben\s+(?:nu|inmiddels|al)\s+(?:1[89]|[2-9]\d)(?:\s+jaar)?)" + c.WB_R)


def _asker_start(ctx: Context, prev: int, pos: int) -> int:
    """Where to look for who asked, for the contact sentence at offset ``pos``: from the sentence before (offset
    ``prev``), or in a written-out thread from the start of the turn before the sentence's own turn."""
    tl = threads.turns(ctx)
    for k, t in enumerate(tl):
        if t.start <= pos < t.end:
            return min(prev, tl[k - 1].start) if k and t.body <= pos else prev
    return prev


#: The sentence before an invitation that speaks to parents: "Is je kind ziek?", "Heeft uw zoon vragen?".
_TO_PARENTS_BEFORE = re.compile(c.WB_L + r"(?:je|jouw|uw)\s+(?:kind|kinderen|zoon|zoontje|dochter|dochtertje)" + c.WB_R)
#: A parent as the subject right before the contact phrase: "de moeder van Lotte volgt me", "haar vader voegde me toe".
_PARENT_SUBJECT = re.compile(c.WB_L + r"(?:(?:de|haar|zijn|hun)\s+)?(?:moeder|vader|mama|papa|ouders?|oma|opa)(?:\s+van\s+[\w-]+)?"
                             r"\s+(?:\w+\s+)?$")
#: "zeg tegen de kids dat ze me mogen volgen": the invitation is passed on to the pupils.
_TO_THE_PUPILS = re.compile(c.WB_L + r"(?:tegen|aan|voor)\s+(?:de|mijn|alle|onze|jullie)\s+(?:kids|kinderen|leerlingen|klas)" + c.WB_R)
#: Accepting a request named in an earlier line of a thread: "heb 'm net geaccepteerd", "omdat jij het bent: geaccepteerd",
#: "is goed, je staat erin".
_ACCEPT_SHORT = re.compile(
    c.WB_L + r"(?:(?:heb|hebt|heeft)\s+(?:\S+\s+){0,3}?(?:geaccepteerd|aangenomen|bevestigd)|accepteer\s+(?:\S+\s+){0,2}?(?:je|jullie|hem|haar|'m|het|iedereen)"
    # "is goedgekeurd", "ik heb net op bevestigen gedrukt"
    r"|(?:is\s+|heb\s+(?:\S+\s+){0,2}?)goedgekeurd|op\s+(?:bevestigen|accepteren|bevestig|accepteer)\s+(?:\w+\s+)?(?:gedrukt|geklikt|getikt)"
    # "staat op bevestigd, nu zijn we Facebookvrienden"
    r"|staat\s+op\s+(?:bevestigd|geaccepteerd)|nu\s+zijn\s+we\s+(?:\w+)?vrienden"
    r"|geac?cepteerd|je\s+staat\s+erin|bij\s+deze\s+(?:gedaan|geaccepteerd|toegevoegd)|(?:je\s+bent|jullie\s+zijn)\s+(?:\w+\s+)?toegevoegd)" + c.WB_R)
#: A question about adding or following ("zal ik zeggen dat ze u kunnen toevoegen?") and a "yes" to it.
_CONTACT_QUESTION = re.compile(c.WB_L + r"(?:toevoeg\w*|volgen|volg\s+(?:je|jij|u)\s+(?:me|mij)|adden|vriendschapsverzoek\w*|vrienden\s+worden|accepteren)" + c.WB_R)
#: Every match of _CONTACT_QUESTION is one of these words or starts with one of these prefixes.
_CONTACT_QUESTION_WORDS = frozenset({"volgen", "volg", "adden", "vrienden", "accepteren"})
_CONTACT_QUESTION_PREFIXES = ("toevoeg", "vriendschapsverzoek")
_AFFIRM = re.compile(r"^(?:[^:\n]{1,30}:\s*)?\W*(?:tuurlijk|natuurlijk|ja+|jazeker|zeker|prima|is\s+goed|doe\s+maar|graag|leuk|oké|oke|ok)\b")
#: A public reply: the sentence opens with an @handle.
_AT_REPLY = re.compile(r"\W{0,3}@[\w.]+")  # used with .match(text, line_start): anchored there
#: A context note that says the post answers a pupil: "Reactie op een tweet van een leerling".
_TO_PUPIL = re.compile(
    c.WB_L + r"(?:reactie|reageer|antwoord)\w*\s+(?:op|onder|aan)\s+(?:\w+\s+){0,3}?(?:van|door|aan)\s+(?:een|mijn|onze|de)\s+(?:\w+\s+)?"
    r"(?:oud-)?(?:leerling|leerlinge|scholier|student)e?" + c.WB_R)
_TO_PARENT = re.compile(
    c.WB_L + r"(?:reactie|reageer|antwoord)\w*\s+(?:op|onder|aan)\s+(?:\w+\s+){0,3}?(?:van|door|aan)\s+(?:een|mijn|onze|de)\s+(?:\w+\s+)?"
    r"(?:ouder|moeder|vader|mama|papa|verzorger)s?" + c.WB_R)
#: A child's school work or behaviour, said to the parent: "uw zoon heeft die onvoldoende echt verdiend".
_CHILD_WORK = re.compile(
    c.WB_L + r"(?:uw|jullie|je)\s+(?:zoon|dochter|kind|kinderen)\b[^.!?\n]{0,80}?\b(?:cijfers?|toets\w*|rapport\w*|onvoldoende|voldoende"
    r"|schooladvies|advies|gedrag|straf\w*|nablijven|huiswerk|niveau|beoordeling|(?:[1-9]|10)(?:[,.]5)?\s+voor)" + c.WB_R)
#: The pupil's own school work in the second person: "die 4 was terecht", "je toets", "je had vraag 3 niet gemaakt".
_YOUR_WORK = re.compile(
    c.WB_L + r"(?:(?:je|jouw)\s+(?:\w+\s+)?(?:cijfers?|toets|proefwerk|overhoring|rapport|huiswerk|werkstuk|spreekbeurt|boekverslag"
    r"|antwoorden?|opdrachten?|punten|herkansing|beoordeling)"
    r"|(?:die|een|je|jouw)\s+(?:[1-9]|10)(?:[,.]5)?\s+(?:\w+\s+)?(?:was|is|voor|heb|had|krijg|kreeg|gehaald|terecht|onterecht|verdiend)"
    r"|je\s+(?:had|hebt|heb)\s+(?:\w+\s+){0,6}?(?:niet\s+gemaakt|niet\s+geleerd|fout|moeten\s+(?:leren|lezen|maken))"
    r"|nakijk\w*|nagekeken)" + c.WB_R + r"(?!-)")

_OFFICIAL_RE = {ch: re.compile(c.WB_L + r"(?:" + p + r")" + c.WB_R) for ch, p in _OFFICIAL_NAMES.items()}


#: Channels where, when a text does not say whom it addresses, a teacher's audience is taken to be pupils.
YOUTH_CHANNELS = frozenset({"instagram", "tiktok", "youtube", "snapchat"})


@dataclass(frozen=True)
class Invitation:
    """A contact phrase in one sentence.

    Attributes:
        span: the sentence ``(start, end)`` over ``ctx.text``.
        kind: ``friend`` (follow/add/friend request/accepted) or ``message`` (DM, app, private message).
        platform: the platform named in the sentence, else the target channel (may be ``None``).
        audience: ``{"pupils", "parents"}`` subset (sentence first, then the text), or ``{"adults"}`` for an
            intern, a colleague or a grown-up former pupil who asked (see :data:`_ADULT_ASKER`).
        names_official: the sentence names one of the pack's official channels ("hier in Parro").
    """

    span: tuple[int, int]
    kind: str
    platform: str | None
    audience: frozenset[str]
    names_official: bool


def names_channel(low: str, channels) -> bool:
    """True if lower-cased ``low`` names one of ``channels`` ("via Parro", "per e-mail", "in het ouderportaal")."""
    return any(_OFFICIAL_RE[ch].search(low) for ch in channels if ch in _OFFICIAL_RE)


def platform_in(low: str) -> str | None:
    """The first social platform named in ``low`` (lower-cased text), or ``None``."""
    best = None
    for name, rx in _PLATFORM_RE:
        m = rx.search(low)
        if m and (best is None or m.start() < best[1]):
            best = (name, m.start())
    return best[0] if best else None


def invitations(ctx: Context) -> list[Invitation]:
    """Every sentence that invites or accepts private contact, not negated
    ("stuur me geen DM"). A message phrase counts only with a private/platform
    hint ("privé", "DM", "op Insta", "appen"), so "stuur me een berichtje
    hier in Parro" is not one."""
    return c.memo(ctx, "invitations", _invitations)


def _negated(low: str, m: re.Match) -> bool:
    """True if the contact phrase ``m`` of the lower-cased sentence ``low`` is negated: "niet"/"geen"/"nooit" in it
    or in the 12 characters before it, within the same clause ("stuur me geen DM"; not "lukt mailen niet, stuur me
    dan een berichtje")."""
    before = re.split(r"[,;:]", low[max(0, m.start() - 12):m.start()])[-1]
    return _NEGATION.search(before + m.group()) is not None


#: A request told as someone's question, before the contact phrase: "een paar leerlingen vroegen me of ze me hier
#: mochten toevoegen" (what the teacher answers, if anything, is a sentence of its own).
_ASKED_IF = re.compile(c.WB_L + r"(?:vroeg|vroegen|vraagt|vragen)\s+(?:\w+\s+){0,2}?of\s+(?:(?:ze|zij|hij|je|jullie|ik)\b[^.!?\n]*)?$")


def _invitations(ctx: Context) -> list[Invitation]:
    out = []
    official = c.official_channels(ctx)
    sents = c.sentences(ctx)
    ctx_platform = c.channel(ctx) in _SOCIAL_PLATFORMS
    messaging = c.channel(ctx) in _MESSAGING_CHANNELS
    for i in c.sentences_with(ctx, _TRIGGER_WORDS, _TRIGGER_PREFIXES, also=_TRIGGER_ALSO):
        sp = sents[i]
        low = c.span_text(ctx, sp)
        kind, m = None, None
        by_pupil = False        # the request this sentence accepts came from a pupil's turn of the thread
        refused = []            # ends of negated contact phrases: "ik accepteer geen verzoeken ... op mijn privéaccount"
        for rx, k in ((_FRIEND, "friend"), (_ACCEPT, "friend"), (_MESSAGE, "message")):
            for cand in rx.finditer(low):
                if _negated(low, cand):
                    refused.append(cand.end())
                    continue
                if _ASKED_IF.search(low, 0, cand.start()) or any(
                        e <= cand.start() and not re.search(r"[,;:]", low[e:cand.start()]) for e in refused):
                    continue
                if k == "message" and not _PRIVATE_HINT.search(low) and not messaging and not (
                        ctx_platform and _HERE.search(low)):
                    continue        # (on a social platform "stuur me hier een berichtje" is a private message there)
                kind, m = k, cand
                break
            if kind:
                break
        if kind is None:
            cand = _ACCEPT_SHORT.search(low)
            req = ctx.lower.rfind("verzoek", max(0, sp[0] - 300), sp[0] + cand.start()) if cand else -1
            # (not the request the author sent: then it is the other side that accepts it)
            if req >= 0 and not any(a <= req < b for a, b in (inv.span for inv in out)) \
                    and not _negated(low, cand):
                kind, m = "friend", cand
                by_pupil = _pupil_turn_at(ctx, req)
        if kind is None or not threads.in_author_turn(ctx, sp[0]):
            continue            # (another speaker's turn in a written-out thread: "Sem: juf, ik heb u een volgverzoek gestuurd")
        target = low[m.start():m.end() + 40]
        names_official = names_channel(target, official)
        platform = platform_in(target) or platform_in(low) or c.channel(ctx)
        aud = {"pupils"} if by_pupil else set(c.audience(ctx, *sp))
        if _NAMES_PUPILS.search(m.group()) or _TO_THE_PUPILS.search(low) or _PUPILS_CALLED.match(low):
            aud.add("pupils")           # "ik volg al mijn leerlingen op TikTok"
        if _PARENT_SUBJECT.search(low, 0, m.start()):
            aud = {"parents"}           # "de moeder van Lotte volgt me hier al jaren": a parent, not the pupil
        if not aud and not _PUPILS_NAMED.search(low) and _ADULT_ASKER.search(
                ctx.lower, _asker_start(ctx, sents[i - 1][0] if i else sp[0], sp[0]), sp[1]):
            aud = {"adults"}            # "ik ben de stagiair van de pabo ... mag ik u volgen?" "Prima, ik volg jou ook"
        if not aud:
            aud = other_speakers(ctx, sp[0])   # a chat with "Esther_mama_van_Daan" is with a parent
        if not aud and i and _TO_PARENTS_BEFORE.search(c.span_text(ctx, sents[i - 1])) and "\n" not in ctx.text[sents[i - 1][1]:sp[0]]:
            aud = {"parents"}           # "Is je kind ziek? Drop het even in mijn privéberichten hier."
        if not aud and c.channel(ctx) in YOUTH_CHANNELS:
            aud.add("pupils")           # nothing says whom: on these channels a teacher's followers are mostly pupils
        out.append(Invitation(sp, kind, platform, frozenset(aud), names_official))
    seen = {inv.span for inv in out}
    # a "yes" after a question about adding or following: only a sentence with one of the words of
    # _CONTACT_QUESTION can be that question (most texts have none)
    for i in c.sentences_with(ctx, _CONTACT_QUESTION_WORDS, _CONTACT_QUESTION_PREFIXES):
        i += 1
        if i >= len(sents):
            continue
        prev, sp = sents[i - 1], sents[i]
        plow = c.span_text(ctx, prev)
        if sp in seen or not c.is_question(plow) or not _CONTACT_QUESTION.search(plow):
            continue
        if _AFFIRM.match(c.span_text(ctx, sp)) and "\n" in ctx.text[prev[1]:sp[0]]:
            aud = set(c.audience(ctx, *prev)) or set(c.audience(ctx))
            out.append(Invitation(sp, "friend", c.channel(ctx), frozenset(aud), False))
    out.sort(key=lambda inv: inv.span)
    return out


#: A thread speaker who is a pupil: "Amira (groep 8)", "Sem (klas 2b)", "Noor, leerling" (not "Juf Anouk (groep 8)").
_PUPIL_SPEAKER = re.compile(r"\((?:groep|klas)\s+\w+\)|\(\s*\d\s*(?:havo|vwo|vmbo|mavo)\s*\)|\((?:havo|vwo|vmbo|mavo)\s*\d\s*\)|\bleerling\b",
                             re.I)


def other_speakers(ctx: Context, pos: int) -> set[str]:
    """Whom a written-out thread's other speakers show the sentence at offset ``pos`` to be for: ``{"parents"}`` if
    every other speaker's label names a parent ("Esther_mama_van_Daan", "Linda (moeder van Ruben)"), ``{"pupils"}``
    if every one names a pupil ("Daan_2013", "Sem (groep 7)"); else empty."""
    tl = threads.turns(ctx)
    own = threads.speaker_at(ctx, pos)
    others = {t.speaker for t in tl if t.speaker != own}
    if own is None or not others:
        return set()
    if all(threads._PARENT_NAME.search(w) for w in others):
        return {"parents"}
    if all((threads._PUPIL_NAME.search(w) or _PUPIL_SPEAKER.search(w)) and not threads._STAFF_NAME.search(w) for w in others):
        return {"pupils"}
    # the chat's opening note names them as pupils: "[Gesprek met Daan (4 havo)]", "(via het account van Lotte uit groep 7)"
    named = {m.group(1).lower() for m in _HEADER_PUPIL.finditer(threads.opening_note(ctx))}
    if named and all(w.lower() in named for w in others):
        return {"pupils"}
    return set()


def _pupil_turn_at(ctx: Context, pos: int) -> bool:
    """True if offset ``pos`` lies in a thread turn whose speaker is a pupil (:data:`_PUPIL_SPEAKER`, no staff
    title)."""
    who = threads.speaker_at(ctx, pos)
    return who is not None and bool(_PUPIL_SPEAKER.search(who)) and not threads._STAFF_NAME.search(who)


def check_pupil_contact(ctx: Context) -> list[Span]:
    """``pupil-contact``: one span per sentence that invites (or accepts)
    private social-media contact with pupils, or with parents when
    ``settings.pupil-contact.include_parents`` is true.

    Private messages to parents ("stuur me een DM") are left to
    ``official-channel``; follow/friend invitations to parents count here.
    Contact on a platform in ``settings.pupil-contact.exceptions`` (TWijs:
    LinkedIn) is not reported, nor is contact with an adult the text names
    where no pupil is named (an intern, a colleague, a former pupil who gives
    an adult age: :data:`_ADULT_ASKER`). Only staff (or unknown authors) are
    checked.

    A public discussion with a pupil (a reply to a pupil's @handle about
    their grade or work, or with ``include_parents`` to a parent about their
    child's) is contact too; see :func:`_discussion`. With
    ``settings.pupil-contact.pupil_matters`` (SOM richtlijn 4: no discussions
    with pupils or parents), so is a staff reply that discusses a named
    pupil's work or behaviour; see :func:`pupil_matters`.
    """
    if not c.is_staff_voice(ctx):
        return []
    include_parents = c.pack_setting(ctx, "pupil-contact", "include_parents", False)
    exceptions = set(c.pack_setting(ctx, "pupil-contact", "exceptions", []) or [])
    spans = []
    for inv in invitations(ctx):
        if inv.platform in exceptions or (inv.platform is None and c.channel(ctx) in exceptions):
            continue
        if inv.names_official and inv.kind == "message":
            continue
        if inv.audience == {"adults"}:
            continue        # an intern, a colleague, a former pupil who is grown up
        pupils = "pupils" in inv.audience
        parents_only = inv.audience == {"parents"}
        if inv.kind == "message":
            if not pupils or parents_only:
                continue
        elif parents_only and not include_parents:
            continue
        elif not inv.audience and not include_parents and _SENT_TO_YOU.search(c.span_text(ctx, inv.span)):
            continue        # "ik heb je een vriendschapsverzoek gestuurd" to someone the text does not call a pupil
        elif not include_parents and (_FROM_PARENTS.search(c.span_text(ctx, inv.span)) or (
                _PARENTS_NAMED.search(c.span_text(ctx, inv.span)) and not _PUPILS_NAMED.search(c.span_text(ctx, inv.span)))):
            continue        # "de vriendschapsverzoeken van een paar ouders geaccepteerd": parents, not pupils
        spans.append(Span(inv.span[0], inv.span[1], "pupil-contact", 0.85, "conduct.contact"))
    if c.channel(ctx) not in exceptions and not c.on_school_channel(ctx):
        taken = {sp.start for sp in spans}
        spans.extend(Span(sp[0], sp[1], "pupil-contact", 0.75, "conduct.contact")
                     for sp in _discussion(ctx, include_parents) if sp[0] not in taken)
    # a class's parents' group app is no school channel for this: all the parents read the discussion
    if c.channel(ctx) not in exceptions and c.personal_voice_channel(ctx):
        if c.pack_setting(ctx, "pupil-contact", "pupil_matters", False):
            taken = [(sp.start, sp.end) for sp in spans]
            spans.extend(Span(sp[0], sp[1], "pupil-contact", 0.7, "conduct.contact", "discussion")
                         for sp in pupil_matters(ctx) if not any(a < sp[1] and sp[0] < b for a, b in taken))
    return spans


#: Contact with parents named in the sentence: "de vriendschapsverzoeken van een paar ouders", "verzoeken van
#: twee moeders".
_FROM_PARENTS = re.compile(c.WB_L + r"(?:\w*verzoek\w*|vrienden|volgers)\s+(?:van|met)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:ouders|moeders?|vaders?)" + c.WB_R)


#: Parents, and pupils, named in an invitation sentence ("veel ouders van de klas sturen verzoeken, ik accepteer ze
#: allemaal": parents only).
_PARENTS_NAMED = re.compile(c.WB_L + r"(?:ouders|moeders|vaders)" + c.WB_R)
_PUPILS_NAMED = re.compile(c.WB_L + r"(?:leerling\w*|kinderen|kids|jongens|meiden|groep\s+\d+\w*)" + c.WB_R)


#: A pupil's school work or behaviour: "heeft drie toetsen niet ingeleverd", "had de hoofdstukken niet geleerd",
#: "begon zelf met duwen", "krijgt extra leesbegeleiding".
_PUPIL_MATTER = re.compile(
    c.WB_L + r"(?:\w*toets\w*|cijfers?|onvoldoende|rapport\w*|geleerd|ingeleverd|huiswerk|\w*lezen|leest|lees\w+|rekenwerk"
    r"|tafels|spelling|werkstuk|opdrachten|opdracht|schrift|ruzie|\w*duw\w*|gepest|pest\w*|geslagen|schopte|uitgescholden"
    r"|gedrag\w*|straf\w*|nablijven|\w*begeleiding|aangesproken|plein|pauzes?|in\s+de\s+klas|niet\s+af|overgeslagen|gespijbeld"
    r"|achteruit\w*|vooruit\w*|niveau|advies|gesprek(?:ken)?|excursie|waarschuwing\w*|dossier|instructie|onrustig"
    r"|buitensl\w+|slaan|uitschelden|schorsing|geschorst|herkans\w*|gehaald|resultaten|overgeschreven|gekopieerd|werkblad\w*"
    r"|geschopt|gegooid|gooide|kletsen|kletste|zat\s+te\s+\w+|\w*rekenen|werkje\w*|in\s+bescherming|(?:de|het|die)\s+(?:hele\s+)?les"
    # "heeft die 4 gekregen", "de oefenteksten niet gemaakt", "gelogen", "moest binnenblijven"
    r"|(?:een|die|de|haar|zijn)\s+\d{1,2}(?:[,.]\d)?\s+(?:\w+\s+)?(?:gekregen|gehaald|gescoord)|niet\s+(?:\w+\s+)?gemaakt|gelogen|liegt|binnen\s*blijven|binnenblijven)" + c.WB_R)
#: A parent in the discussion: "mijn zoon", "Mirella (mama Jayden)", "Post van Ingrid: mijn dochter ...".
_PARENT_VOICE = re.compile(
    c.WB_L + r"(?:mijn|onze|ons)\s+(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|jongen|meisje|jongste|oudste)"
    r"|(?:moeder|vader|mama|papa|mam|pap)\s+(?:van\s+)?[^\W\d_]+\)|uw\s+(?:zoon|dochter|kind)"
    r"|ik\s+ben\s+(?:de\s+)?(?:moeder|vader|mama|papa)\s+van\s+[^\W\d_]+" + c.WB_R)
#: Addressing one person at the start of a line: "Hoi Karin,", "Mevrouw Kok,", "Natasja, ...", "Dag meneer Okafor,".
_ADDRESS = (r"(?i:(?:hoi|hey|hee|hallo|dag|beste|lieve|goedemiddag|goedenavond|goedemorgen)\s+)?"
            r"(?i:(?:mevrouw|meneer|mevr\.|dhr\.)\s+)?([" + c._UPPER + r"][^\W\d_]+)(?:\s+[" + c._UPPER + r"][^\W\d_]+)?\s*[,!]")
_VOCATIVE = re.compile(r"(?m)^[ \t]*" + _ADDRESS)
#: The same at the start of a thread turn's text (matched at the turn's body offset).
_TURN_VOCATIVE = re.compile(_ADDRESS)


def pupil_matters(ctx: Context) -> list[tuple[int, int]]:
    """Sentences in which the staff author discusses a named pupil's school work
    or behaviour in a written-out thread with a parent in it (a parent's wording
    such as "mijn zoon", or a turn that answers another speaker by name:
    "Mevrouw De Wit, ..."; SOM richtlijn 4: no
    discussions with pupils or parents on social media): "Mevrouw De Wit, Thijs
    heeft drie toetsen niet ingeleverd", "Jayden begon zelf met duwen". The
    pupil is a capitalised first name (the project's first-name list) that is
    not a speaker of the thread; only the author's turns count (see
    :func:`threads.author_speaker`; without a clear author, the turns of
    speakers other than the thread's opener). At most one span per turn."""
    tl = threads.turns(ctx)
    if not tl:
        return _pupil_matter_reply(ctx)
    # (the child in "Moeder van Jens" is not a speaker: "Jens reageert niet altijd handig" is about him)
    speakers = {w for t in tl for w in _speaker_words(_CHILD_OF.sub(r"\1", t.speaker))}
    titled = {t.speaker for t in tl if threads.parent_name(t.speaker)}     # "Mama Esra: Juf, was er iets met Yusuf?"
    if not titled and not _PARENT_VOICE.search(ctx.lower) and not _addresses_a_speaker(ctx, tl, speakers):
        return _pupil_chat_matters(ctx, tl)
    who = threads.author_speaker(ctx)
    opener = tl[0].speaker
    parents = titled | {t.speaker for t in tl if _PARENT_VOICE.search(ctx.lower, t.body, t.end)}
    if who in parents:
        who = None          # the guess took the parent for the author
    out = []
    asked = False
    for t in tl:
        if t.speaker in parents and (_PARENT_VOICE.search(ctx.lower, t.body, t.end)
                                     or any(w not in speakers for w in c.first_names_in(ctx, t.body, t.end))):
            asked = True        # a parent asked about their child: "Hoe gaat het eigenlijk met Sophie in de klas?"
        if (who is not None and t.speaker != who) or (who is None and (t.speaker == opener or t.speaker in parents)):
            continue
        for sp in c.sentences(ctx):
            if sp[1] <= t.body or sp[0] >= t.end:
                continue            # (a turn's first sentence starts with the speaker's name)
            if _about_named_pupil(ctx, sp, speakers, t.body) or (asked and _about_asked_child(ctx, sp)):
                out.append(sp)
                break
        asked = False           # (only the turn that answers the parent's question)
    return out


#: A pupil named in a chat's opening note: "[WhatsApp-gesprek tussen juf Iris en Jesse (groep 8)]", "[DM tussen
#: @sanne_hmr (leerling 3B) en ...]".
_HEADER_PUPIL = re.compile(r"(@[\w.]+|[^\W\d_]+)\s*(?:\((?:groep|klas|leerling)\b|\(\s*\d\s*(?:havo|vwo|vmbo|mavo)\b"
                           r"|\((?:havo|vwo|vmbo|mavo)\s*\d|uit\s+(?:groep|klas)\s+\d|,\s*(?:oud-)?leerling\b)")
#: Talking to the pupil: "je", "jij", "jouw".
_YOU = re.compile(c.WB_L + r"(?:je|jij|jou|jouw)" + c.WB_R)


def _pupil_chat_matters(ctx: Context, tl) -> list[tuple[int, int]]:
    """:func:`pupil_matters` for a private chat between the staff author and a pupil (named as one in the
    chat's opening note, :func:`threads.opening_note`): the first sentence of each of the author's turns that discusses the pupil's own
    school work or behaviour with them ("Omdat je vandaag tijdens de toets je telefoon gebruikte, ...")."""
    pupils = {m.group(1).lower() for m in _HEADER_PUPIL.finditer(threads.opening_note(ctx))}
    who = threads.author_speaker(ctx)
    others = {t.speaker.lower() for t in tl if t.speaker != who}
    if who is None or not others or not others <= pupils:
        return []
    out = []
    for t in tl:
        if t.speaker != who:
            continue
        for sp in c.sentences(ctx):
            if sp[1] <= t.body or sp[0] >= t.end:
                continue
            low = c.span_text(ctx, sp)
            if not c.is_question(low) and _PUPIL_MATTER.search(low) and _YOU.search(low):
                out.append(sp)
                break
    return out


#: A pupil referred to by a pronoun: "ze is erg afgeleid", "zijn rekenwerk loopt achter".
_CHILD_PRONOUN = re.compile(c.WB_L + r"(?:hij|ze|zij|hem|haar|zijn)" + c.WB_R)


def _about_asked_child(ctx: Context, sp: tuple[int, int]) -> bool:
    """True if sentence ``sp`` answers a parent's question about their child with the child's school work or
    behaviour (:data:`_PUPIL_MATTER`) and a pronoun for the child: "Eerlijk gezegd gaat het niet zo goed, ze is
    erg afgeleid en haar rekenwerk loopt achter"."""
    low = c.span_text(ctx, sp)
    if c.is_question(low) or not _PUPIL_MATTER.search(low) or not _CHILD_PRONOUN.search(low):
        return False
    from .confidential import check_confidential_info
    # (a file's contents, a suspension: that is confidential information, reported as such)
    return not any(s.start < sp[1] and sp[0] < s.end for s in check_confidential_info(ctx))


#: The child named in a parent's speaker name: "Moeder van Jens", "papa van Sem".
_CHILD_OF = re.compile(r"(?i)\b(moeder|vader|mama|papa|ouder|oma|opa)\s+van\s+[^\W\d_]+")


def _speaker_words(speaker: str) -> set[str]:
    """The lower-cased words of a thread speaker's name ("Sandra de Wit" -> {"sandra", "de", "wit"})."""
    return {w.lower() for w in re.findall(r"[^\W\d_]+", speaker)}


def _addresses_a_speaker(ctx: Context, tl, speakers: set[str]) -> bool:
    """True if a turn opens by addressing another speaker of the thread ("Gerrit: Mevrouw De Wit, ...",
    "Juf Kim: Hoi Sandra, ..."): the author answers a person in the thread, often the parent."""
    for t in tl:
        m = _TURN_VOCATIVE.match(ctx.text, t.body)
        if m and m.group(1).lower() in speakers - _speaker_words(t.speaker):
            return True
    return False


def _about_named_pupil(ctx: Context, sp: tuple[int, int], not_pupils: set[str], body: int | None = None) -> bool:
    """True if sentence ``sp`` is a statement about a pupil's work or behaviour
    (:data:`_PUPIL_MATTER`) that names the pupil: a first name of the project's
    list (:func:`_common.first_names_in`) not in ``not_pupils`` (the lower-cased
    speakers of a thread, the person addressed). ``body``, the offset where the
    thread turn's text starts, leaves out the speaker in front of it ("Ik
    (meester Arjen): " is the writer, not a pupil), and a name that is also a
    Dutch word (``first_names_ambiguous.txt``) does not count as the sentence's
    first word ("Elke toets kost ...")."""
    low = c.span_text(ctx, sp)
    if c.is_question(low) or not _PUPIL_MATTER.search(low):
        return False
    start = sp[0] if body is None else max(sp[0], body)
    from .. import data
    ambiguous = data.lower_set("first_names_ambiguous")
    first = _FIRST_WORD.match(ctx.text, start, sp[1])
    lead = first.group(1).lower() if first else None
    names = c.first_names_in(ctx, start, sp[1])
    if names and lead == names[0] and lead in ambiguous:
        names = names[1:]
    return any(w not in not_pupils for w in names)


#: The first word of a sentence (after any opening punctuation).
_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")


def _pupil_matter_reply(ctx: Context) -> list[tuple[int, int]]:
    """:func:`pupil_matters` for a text that is no written-out thread: a reply or
    direct message that addresses one person ("Hoi Karin,", "Mevrouw Kok,") and
    then discusses a named pupil (not the person addressed). At most one span."""
    voc = _VOCATIVE.search(ctx.text)
    if voc is None:
        return []
    addressed = {voc.group(1).lower()}
    return next(([sp] for sp in c.sentences(ctx) if sp[1] > voc.start() and _about_named_pupil(ctx, sp, addressed)),
                [])


#: Talking a pupil's matter through here, on social media: "laten we dat hier in de dm's uitpraten",
#: "ik wil het hier via WhatsApp met u bespreken", "dat leg ik hier even uit: Timo heeft ...".
_TALK_HERE = re.compile(
    c.WB_L + r"(?:(?:hier|via\s+(?:whatsapp|de\s+app|messenger|dm|insta\w*|facebook)|in\s+(?:de|een|deze)\s+(?:dm'?s?|chat|app)|privé)\b[^.!?\n]{0,50}?"
    r"\b(?:bespreken|uitpraten|uitleggen|uit\s+te\s+leggen|hebben\s+over|doorspreken|rechtzetten)"
    r"|(?:leg|bespreek)\s+ik\s+(?:het\s+|dat\s+)?(?:hier|via\s+\w+)\s+(?:even\s+|wel\s+|graag\s+)?(?:uit|door)?\s*:\s+[A-Z]?)" + c.WB_R)
#: Every match of _TALK_HERE holds one of these words whole (see :func:`_common.sentences_with`); "over"
#: counts only with "hebben" ("... hebben over").
_TALK_HERE_WORDS = frozenset("bespreken uitpraten uitleggen leggen over doorspreken rechtzetten leg bespreek".split())
_TALK_HERE_ALSO = {"over": (frozenset({"hebben"}),)}
#: A thread turn by a parent ("Moeder van Jayden: ...") and one by the staff author ("Juf Kim: ...").
_PARENT_TURN = re.compile(r"(?m)^[ \t]*(?:moeder|vader|mama|papa|ouder|verzorger)\s+van\s+[^:\n]{1,40}:")
_STAFF_TURN = re.compile(r"(?m)^[ \t]*(?:juf|juffrouw|meester|mevrouw|meneer)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:[ \t]*")


def _parent_thread_reply(ctx: Context) -> tuple[int, int] | None:
    """The first sentence of a staff turn that answers a parent's turn in a
    written-out thread ("Moeder van Jayden: ... / Juf Kim: ik wil even
    uitleggen waarom ..."), or ``None``."""
    low = ctx.lower
    first_parent = _PARENT_TURN.search(low)
    if first_parent is None:
        return None
    for m in _STAFF_TURN.finditer(low, first_parent.end()):
        for sp in c.sentences(ctx):
            if sp[1] > m.end() and sp[0] <= m.end() + 1:
                if not c.is_question(c.span_text(ctx, sp)):
                    return sp
                break
    return None


def _about_child(ctx: Context, sp: tuple[int, int]) -> bool:
    """True if the reply sentence ``sp`` (or the one after it, a "Ja klopt." lead-in) talks about the child's
    school work or behaviour (:data:`_PUPIL_MATTER`, :data:`_CHILD_WORK`): not "Top, dank je!" or "Laarzen is
    slim" in a class group app, where parents and teacher arrange practical things."""
    sents = c.sentences(ctx)
    i = sents.index(sp) if sp in sents else -1
    for k in (i, i + 1):
        if 0 <= k < len(sents) and (k == i or "\n" not in ctx.text[sents[i][1]:sents[k][0]]):
            low = c.span_text(ctx, sents[k])
            if _PUPIL_MATTER.search(low) or _CHILD_WORK.search(low):
                return True
    return False


def _at_line_sentences(ctx: Context, sents: list[tuple[int, int]]) -> set[int]:
    """Indices into ``sents`` (:func:`_common.sentences`) of the sentences
    that start on a line (of ``ctx.text``) with an "@" of ``ctx.lower`` among
    the four characters from the line start (where :data:`_AT_REPLY` may
    match; with a short line, that "@" may be on the next one)."""
    text, low = ctx.text, ctx.lower
    out: set[int] = set()
    p = low.find("@")
    if p < 0:
        return out
    starts = c.memo(ctx, "sentence_starts", lambda _c: [s for s, _ in sents])
    lines = set()
    while p >= 0:
        lines.update(line for line in range(max(0, p - 3), p + 1) if line == 0 or text[line - 1] == "\n")
        p = low.find("@", p + 1)
    for line in lines:
        end = text.find("\n", line)
        out.update(range(bisect.bisect_left(starts, line), bisect.bisect_left(starts, len(text) if end < 0 else end)))
    return out


def _discussion(ctx: Context, include_parents: bool) -> list[tuple[int, int]]:
    """The first sentence of a public reply to a pupil, or with
    ``include_parents`` to a parent (SOM art. 4: no discussions with pupils
    or parents on social media): a reply that opens with an @handle, or a
    text whose context note says it answers a pupil or parent, where the
    reply talks about the pupil's own school work ("die 4 was terecht", "je
    had vraag 3 niet gemaakt", "uw zoon heeft die onvoldoende verdiend"), or
    the note names the pupil or parent. At most one span."""
    low_text = ctx.lower
    if include_parents:
        turn = _parent_thread_reply(ctx)
        if turn is not None and _about_child(ctx, turn):
            return [turn]
    noted = "reactie" in low_text or "reageer" in low_text or "antwoord" in low_text
    to_pupil = noted and bool(_TO_PUPIL.search(low_text))
    to_parent = noted and include_parents and bool(_TO_PARENT.search(low_text))
    # the sentences _TALK_HERE may match: those with a trigger word (in most texts none)
    talk = frozenset(c.sentences_with(ctx, _TALK_HERE_WORDS, also=_TALK_HERE_ALSO))
    if not (to_pupil or to_parent) and "@" not in ctx.text and not (talk and _TALK_HERE.search(low_text)):
        return []
    sents = c.sentences(ctx)

    def about_work(low: str) -> bool:
        return bool(_YOUR_WORK.search(low) or (include_parents and _CHILD_WORK.search(low)))

    if to_pupil or to_parent:
        order = range(len(sents))
    else:
        # without a context note only a sentence that _TALK_HERE may match or one on a line that opens
        # with an @handle can be the reply: the others are passed over below
        order = sorted(talk.union(_at_line_sentences(ctx, sents)))
    for i in order:
        sp = sents[i]
        low = c.span_text(ctx, sp)
        if i in talk and _TALK_HERE.search(low) and (include_parents or "pupils" in c.audience(ctx, *sp)) and not c.is_question(low):
            return [sp]         # "laten we dat hier in de dm's uitpraten", "ik wil het hier via WhatsApp met u bespreken"
        line = ctx.text.rfind("\n", 0, sp[0]) + 1
        # (_AT_REPLY needs an "@" among the first four characters of the line: a cheap test first)
        at = _AT_REPLY.match(ctx.lower, line) if ctx.lower.find("@", line, line + 4) >= 0 else None
        replying = at is not None and at.end() > sp[0]
        if replying and sp[1] <= at.end():
            continue            # a piece of the handle itself: the splitter cuts "@sanne.k" after the dot
        if not (replying or to_pupil or to_parent) or c.is_question(low):
            continue
        if (_TO_PUPIL.search(low) or _TO_PARENT.search(low)) and not replying:
            continue            # the context note itself
        nxt = c.span_text(ctx, sents[i + 1]) if i + 1 < len(sents) else ""
        if (replying and (to_pupil or to_parent)) or about_work(low) or (replying and about_work(nxt)):
            if replying and sp[0] > at.start():
                # the finding starts at the handle's first letter, not inside a handle cut at a dot
                handle = ctx.text.find("@", at.start(), at.end()) + 1
                return [(min(sp[0], handle), sp[1])]
            return [sp]
    return []
