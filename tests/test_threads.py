"""Written-out threads: turns, speakers, and the guess of the author's turns."""

from __future__ import annotations

from socialcheck import config, protocols
from socialcheck.checks import threads
from socialcheck.detectors.base import Context
from socialcheck.documents import read_text
from socialcheck.engine import make_context


def ctx_of(text: str, author: str | None = None) -> Context:
    doc = read_text("post.txt", text)
    if author:
        doc.meta["front_matter"] = {"author": author}
    cfg = config.build({}, None, {"protocol": "lithora", "channel": "facebook"})
    return make_context(doc, cfg, protocols.load(cfg.protocol))


def speakers(text: str) -> list[str]:
    return [t.speaker for t in threads.turns(ctx_of(text))]


def test_colon_turns_with_initials_handles_and_notes():
    text = ("Mustafa E.: Weet iemand meer?\nmeesterbram_77: Ja hoor.\n@juf.kim: Klopt.\n"
            "Linda (moeder van Ruben): Dank je.\nBram (20:14): Graag gedaan.")
    assert speakers(text) == ["Mustafa E.", "meesterbram_77", "@juf.kim", "Linda (moeder van Ruben)", "Bram"]


def test_numbered_thread_posts_are_turns_of_one_speaker():
    """An X thread numbers its posts ("1/2", "(2/3)"); the number is not part of the speaker, so the
    author's numbered posts are the author's turns."""
    text = ("@k_bakker_nl 1/2: Het bestuur schuift de fusie al maanden voor zich uit.\n"
            "@k_bakker_nl 2/2: Er ligt intern al een plan om De Linde te sluiten.\n"
            "@lotte_ouder: Hoe weet u dat?\nKees Prins (2/3): Zo staat het in de krant.")
    assert speakers(text) == ["@k_bakker_nl", "@k_bakker_nl", "@lotte_ouder", "Kees Prins"]
    ctx = ctx_of(text, "teacher")
    assert threads.author_speaker(ctx) == "@k_bakker_nl"
    assert threads.in_author_turn(ctx, text.index("Het bestuur schuift"))
    assert speakers("Groep 4/5: gym op dinsdag.\nStory 1/3: de klas.") == [], "labels with numbers are no speakers"


def test_block_turns_name_line_then_text():
    text = "Wendy Kramer\nMoet ik me zorgen maken?\n\nRuben Schrijvers\nNee hoor, het valt mee."
    assert speakers(text) == ["Wendy Kramer", "Ruben Schrijvers"]


def test_labels_and_single_words_that_are_not_first_names_are_not_speakers():
    assert speakers("Tip: neem een jas mee.\nPOV: je bent juf.\nOnderwerp: het kamp.") == []
    assert speakers("Wouter: Hoi!\nNoor: Hoi Wouter.") == ["Wouter", "Noor"]
    # one speaker is a monologue, not a thread
    assert speakers("Sanne de Boer: Eerste punt.\nSanne de Boer: Tweede punt.") == []


def test_turn_offsets_cover_the_text_after_the_speaker():
    text = "Karin Vos: Klopt dat?\nPetra Smit: Ja."
    tl = threads.turns(ctx_of(text))
    assert text[tl[0].body:tl[0].end] == "Klopt dat?\n"
    assert text[tl[1].body:tl[1].end] == "Ja."


def test_author_is_the_speaker_with_inside_knowledge():
    text = ("Karin Vos: Klopt het dat De Linde sluit?\nPetra Smit: Jawel.\nKarin Vos: Hoe weet jij dat?\n"
            "Petra Smit: Ik zit er dicht genoeg op.")
    ctx = ctx_of(text, "teacher")
    assert threads.author_speaker(ctx) == "Petra Smit"
    assert not threads.in_author_turn(ctx, text.index("Klopt het"))
    assert threads.in_author_turn(ctx, text.index("Ik zit er"))


def test_staff_and_parent_names_point_to_the_author_kind():
    text = "Linda (moeder van Ruben): Wanneer is het kamp?\nJuf Kim: Dat hoor je snel."
    assert threads.author_speaker(ctx_of(text, "teacher")) == "Juf Kim"
    assert threads.author_speaker(ctx_of(text, "parent")) == "Linda (moeder van Ruben)"


def test_the_reply_in_a_two_person_exchange_is_the_authors():
    assert threads.author_speaker(ctx_of("Karin Vos: Mooi weer.\nPetra Smit: Zeker.", "teacher")) == "Petra Smit"


def test_no_clear_author_means_every_turn_may_be_the_authors():
    text = "Karin Vos: Mooi weer.\nPetra Smit: Zeker.\nAnja Bos: Inderdaad."
    ctx = ctx_of(text, "teacher")
    assert threads.author_speaker(ctx) is None
    assert all(threads.in_author_turn(ctx, text.index(w)) for w in ("Karin", "Petra", "Anja"))


def test_chat_export_time_stamps_and_timed_handles_are_turns():
    """A pasted WhatsApp export ("[12-03 19:41] Naam: ...") or an Instagram DM log ("handle (di 19:03): ...")
    is a thread; the time note is not part of the speaker, so one person's lines are one speaker's turns."""
    text = ("[12-03 19:41] Moeder van Jesse: Waarom moest hij nablijven?\n"
            "[12-03 19:58] Juf Lotte: Dat bespreek ik liever op school.\n"
            "12-03-2025 20:03 - Moeder van Jesse: Prima.")
    assert speakers(text) == ["Moeder van Jesse", "Juf Lotte", "Moeder van Jesse"]
    assert threads.author_speaker(ctx_of(text, "teacher")) == "Juf Lotte"
    dm = ("fleur.x12 (di 19:03): meester wat was het huiswerk?\nmeester_tom (di 19:20): Blok 4 les 7.\n"
          "fleur.x12 (di 19:21): dankjewel!")
    assert speakers(dm) == ["fleur.x12", "meester_tom", "fleur.x12"]
    assert speakers("[Bijlage] foto.jpg\n[Locatie] het plein") == [], "bracketed notes without a speaker are no turns"


def test_block_turns_with_a_colon_after_the_name():
    text = "Noor:\nMevrouw, ik snap hoofdstuk 5 niet.\n\nMevr. Bakker:\nKom morgen in de pauze langs.\n\nNoor:\nOké!"
    assert speakers(text) == ["Noor", "Mevr. Bakker", "Noor"]
    ctx = ctx_of(text, "teacher")
    assert threads.author_speaker(ctx) == "Mevr. Bakker", "a teacher's title makes the staff author's turns"
    assert not threads.in_author_turn(ctx, text.index("ik snap"))


COLUMN = ("Krijt en koffie, een blog van Marieke Oudshoorn, juf van groep 6\n\n"
          "Wie heeft ooit bedacht dat negenjarigen drie keer per jaar getoetst moeten worden?\n\n"
          "Reacties (2)\n\nJoost van Dam\nHerkenbaar, die toetsen zijn onzin.\n\n"
          "Marieke{mark}\nDank je Joost, ik hou het hier netjes.")


def test_the_column_above_the_comments_is_the_authors_when_she_replies():
    """A blog column with comments under it, where the columnist answers: the column is hers (marked
    "(auteur)", or her name in the byline), so what it says counts as the author's words."""
    for mark in (" (auteur)", ""):
        text = COLUMN.format(mark=mark)
        ctx = ctx_of(text, "teacher")
        assert threads.author_speaker(ctx) == "Marieke"
        assert threads.in_author_turn(ctx, text.index("Wie heeft ooit"))
        assert not threads.in_author_turn(ctx, text.index("Herkenbaar"))


def test_a_quoted_post_above_the_authors_reply_is_not_hers():
    text = ("Bericht van de Dorpskrant: De Linde gaat dicht, zegt de gemeente.\n\n"
            "Karin Vos: Klopt dat?\nPetra Smit: Ik zit er dicht genoeg op, het klopt niet.")
    ctx = ctx_of(text, "teacher")
    assert threads.author_speaker(ctx) == "Petra Smit"
    assert not threads.in_author_turn(ctx, text.index("De Linde gaat"))


def test_the_poster_named_above_the_comments_is_the_author():
    """A Facebook post headed by its writer's name ('Lotte Verhoef' alone on the first line) with comments below:
    Lotte is the author, so a parent's comment is not her conduct. Before, the two speakers tied and no author
    was taken, and the scorer reported the parent's question about a grade as the teacher's contact."""
    text = ("Lotte Verhoef\nWat een heerlijke dag in Artis met groep 6!\n\n"
            "Sandra de Wit: Leuk. Kun je ook uitleggen waarom Milan een 4,5 kreeg?\n"
            "Lotte Verhoef: Hoi Sandra, dat bespreek ik liever op school.\n"
            "Sandra de Wit: Dus het ligt weer aan hem\n")
    assert threads.author_speaker(ctx_of(text, "teacher")) == "Lotte Verhoef"
    assert threads.author_speaker(ctx_of(text.split("\n", 1)[1], "teacher")) is None


def test_a_heading_naming_whose_post_it_is_names_the_author():
    """'Reacties onder de nieuwe profielfoto van Dennis Kroon': Dennis Kroon is the author, not the pupil who
    opens the comments ('meesterrr ik heb je toegevoegd!!' is her conduct, not his)."""
    text = ("Reacties onder de nieuwe profielfoto van Dennis Kroon\n\n"
            "Fenna: meesterrr ik heb je toegevoegd!!\n"
            "Jayden: ik ook haha\n"
            "Dennis Kroon: Haha leuk, ik heb jullie allebei geaccepteerd\n"
            "Fenna: yesss\n"
            "Dennis Kroon: Maar morgen wel gewoon je tafels oefenen\n")
    assert threads.author_speaker(ctx_of(text, "teacher")) == "Dennis Kroon"
    unnamed = text.replace("van Dennis Kroon", "van de klas")
    assert threads.author_speaker(ctx_of(unnamed, "teacher")) is None


def test_nested_replies_behind_a_reply_arrow_are_turns():
    """Facebook exports nest replies as "  ↳ Name: ..."; before, such lines were not turns, so the text was no
    discussion and an undisclosed insider's reply went unreported."""
    text = ("Marjan P.: Wat was er vanmiddag aan de hand bij De Knikkerbaan?\n"
            "  ↳ Femke Lind: Niks ernstigs. Ik was er zelf bij toen het gebeurde.\n"
            "  ↳ Marjan P.: Weet je ook wie het was?\n")
    assert speakers(text) == ["Marjan P.", "Femke Lind", "Marjan P."]


def test_a_speaker_who_writes_about_her_own_child_is_not_the_staff_author():
    """The post's writer ("Reacties onder het bericht van Nicole") is usually the author, but one who speaks of
    "mijn kind" is a parent, not the teacher whose text is checked."""
    text = ("Reacties onder het bericht van Nicole Vermeer:\n"
            "  ↳ Astrid Hendriks: Wat naar Nicole, sterkte\n"
            "  ↳ Marco Pel: Nicole, ik heb Tygo in de klas en ik zie dat hij het zwaar heeft.\n"
            "  ↳ Nicole Vermeer: Dus het ligt aan mijn kind??\n"
            "  ↳ Marco Pel: Ik zeg alleen dat het in zijn dossier staat.\n")
    assert threads.author_speaker(ctx_of(text, "teacher")) != "Nicole Vermeer"


def test_the_writer_of_a_numbered_thread_is_its_author():
    """An X thread numbered "1/3 ... 3/3" is written by its author; a reply below it is someone else's. Before, two
    speakers with a few turns each left the author unclear, so the replier's question was read as the teacher's."""
    text = ("@jorisleert: 1/3 Vandaag het nieuws over de nieuwe toetsen.\n\n"
            "@jorisleert: 2/3 Meer toetsen, minder onderwijs.\n\n"
            "@jorisleert: 3/3 Zo, dat moest eruit.\n\n"
            "↳ @lotte_vd: Interessant, is dat een besluit van het bestuur?\n\n"
            "↳ @jorisleert: Zo voelt het wel\n")
    assert threads.author_speaker(ctx_of(text, "teacher")) == "@jorisleert"


def test_linkedin_comment_blocks_with_a_function_after_the_name_are_turns():
    """LinkedIn shows a commenter as "Name · function" on its own line above the comment; the note after the
    middle dot is not part of the speaker."""
    text = ("Peter Hoogland · Beleidsadviseur gemeente\nEen bestuursbureau is ook nodig, toch?\n\n"
            "Wouter de Graaf · Zelfstandig adviseur\nLigt eraan wat daar gebeurt.\n\n"
            "Frank Mulder\nIk kan je vertellen dat die vacatures al sinds augustus openstaan.\n")
    assert speakers(text) == ["Peter Hoogland", "Wouter de Graaf", "Frank Mulder"]
    assert threads.author_speaker(ctx_of(text, "teacher")) == "Frank Mulder"


def test_meneer_and_mevrouw_with_a_name_are_speakers_and_dhr_marks_staff():
    """A class chat shows the teacher as "meneer Lammers:"; before, a lower-case title was no speaker, so the
    teacher's lines were read as part of a pupil's turn. "Dhr. Veenstra" is a staff name like "Juf Kim"."""
    text = ("meneer Lammers: Huiswerk voor dinsdag: paragraaf 3.2.\n"
            "Bram: ik sta er zo raar op\n"
            "meneer Lammers: Bram, stil nu.\n"
            "Lisa: mogen we laptops mee\n")
    assert speakers(text) == ["meneer Lammers", "Bram", "meneer Lammers", "Lisa"]
    chat = ("Dhr. Veenstra: Morgen valt het derde uur uit.\n"
            "Dylan: yes\nDylan: 🎉\n"
            "Dhr. Veenstra: Niet te vroeg juichen.\n")
    assert threads.author_speaker(ctx_of(chat, "teacher")) == "Dhr. Veenstra"


def _video_ctx(text: str):
    doc = read_text("post.txt", text)
    doc.meta["front_matter"] = {"author": "teacher"}
    cfg = config.build({}, None, {"protocol": "twijs", "channel": "tiktok"})
    return make_context(doc, cfg, protocols.load(cfg.protocol))


def test_a_video_post_above_its_comments_is_the_authors_own():
    """A TikTok text with the video's words above "Reacties:" and the author answering below: the video is the
    author's. Before, text above the first comment was nobody's once an author was found among the commenters."""
    text = ("Tekst in beeld: presentaties in 2havo be like\n"
            "Voice-over: en deze hier weet z'n eigen naam niet eens meer\n"
            "Reacties:\n"
            "@xxmila: haha is dit op De Lindeboom??\n"
            "@mr.kok.nl: Valt reuze mee hoor, bij ons op school gaat het juist goed.\n"
            "@xxmila: ok ok\n")
    ctx = _video_ctx(text)
    assert threads.author_speaker(ctx) == "@mr.kok.nl"
    assert threads.in_author_turn(ctx, text.index("Voice-over"))
    uploaded = text.replace("Reacties:", "Geüpload door: Erik Wolters\nReacties:")
    assert not threads.in_author_turn(_video_ctx(uploaded), uploaded.index("Voice-over"))


def test_who_speaks_for_the_colleagues_is_the_staff_author_of_a_parents_group_thread():
    """In an unofficial parents' group the teacher answers "Namens alle collega's: ...": that speaker is the author,
    so the parent's complaint that opens the thread is not the teacher's text."""
    text = ("Groep: Ouders van De Kievit (onofficieel)\n\n"
            "Mirjam de Boer:\nWeer een vrije middag volgende week. Wanneer gaan ze daar eens gewoon lesgeven??\n\n"
            "   Sanne Kok:\n   Namens alle collega's: we doen echt ons best, ook voor ons is het geen pretje.\n\n"
            "   Mirjam de Boer:\n   Dat zal best.\n\n"
            "   Rob Hak:\n   Misschien bij de MR aankaarten?\n")
    assert threads.author_speaker(ctx_of(text, "teacher")) == "Sanne Kok"
    assert threads.author_speaker(ctx_of(text, "parent")) is None


def test_turns_labelled_ik_are_the_authors():
    """A chat written down by its author ("Ik: ...") has the author's turns marked: the parent's request is not the
    author's, the teacher's acceptance is."""
    text = ("Marloes (moeder van Daan): Hoi juf, ik heb je net een vriendschapsverzoek gestuurd!\n"
            "Ik: Leuk! Ik heb net op bevestigen gedrukt.\n"
            "Marloes (moeder van Daan): Top!\n")
    ctx = ctx_of(text, "teacher")
    assert threads.author_speaker(ctx) == "Ik"
    assert not threads.in_author_turn(ctx, 0)
    assert threads.in_author_turn(ctx, text.index("Leuk!"))
