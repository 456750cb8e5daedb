"""Entity recognition: recognisers by kind, the stages that order them, span resolution.

``candidates``        what a recogniser proposes (``Candidate``) and the labels
``words``             the word view (``Word``, ``words_of``) and the tests on it every recogniser shares
``gazetteer``         known names from the shipped lexicon
``titles``            titles and ranks ("Phó Thủ tướng Thường trực"), never part of a name
``persons``           surname-led names, names after honorifics, given names referring back
``organisations``     Vietnamese bodies built from head nouns, brands, short forms, references
``organisations_en``  English bodies: Title-Case runs with an organisation word
``policies``          laws, decrees, resolutions, plans and programmes
``events``            named and referring events, unnamed dated happenings
``held_event_names``  where a plain-words event name ends after its organising verb
``regulating_policies`` instruments named by what they regulate ("Nghị quyết quy định …")
``places``            venues and places opened by an administrative or geographic word
``dates``             dates, anchored on the publication date
``context``           names their neighbours reveal: acronyms, units, lists, unexplained runs, credits
``document``          the article as a whole: its province's bare local bodies, bodies named by
                      their task, titles that name a body
``names``             lower-case companies, bylines, constitutions, English local bodies,
                      streets and names after English titles (with data in kg/data/patterns)
``event_names``       long lower-case Vietnamese event names and ceremonies
``events_en``, ``drafts_en``, ``signed_drafts_en``, ``bodies_en``  English events, drafts, signed instruments and bodies written in lower case
``statistical``       people proposed by underthesea's CRF and kg's own CRF
``resolve``           overlaps, titles cut off names, the flat named-entity view
``priorities``        which candidate wins: the priority of every source, in one table
``stages``            the recognisers in the order they run, grouped into stages
``components``        the spaCy components that run the stages on a ``Doc``
"""
