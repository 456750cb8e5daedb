"""Entity recognition: recognisers by kind, the stages that order them, span resolution.

``words``             the word view and the tests on it every recogniser shares
``gazetteer``         known names from the shipped lexicon
``titles``            titles and ranks ("Phó Thủ tướng Thường trực"), never part of a name
``persons``           surname-led names, names after honorifics, given names referring back
``organisations``     Vietnamese bodies built from head nouns, brands, short forms, references
``organisations_en``  English bodies: Title-Case runs with an organisation word
``policies``          laws, decrees, resolutions, plans and programmes
``events``            named and referring events, unnamed dated happenings
``places``            venues and places opened by an administrative or geographic word
``context``           names their neighbours reveal: acronyms, units, lists, unexplained runs, credits
``statistical``       people proposed by underthesea's CRF and kg's own CRF
``resolve``           overlaps, titles cut off names, the flat named-entity view
``priorities``        which candidate wins: the priority of every source, in one table
``stages``            the recognisers in the order they run, grouped into stages
``components``        the spaCy components that run the stages on a ``Doc``

Recognisers that read the article as a whole live beside this package
(:mod:`kg.nlp.document`, :mod:`kg.nlp.names`, :mod:`kg.nlp.event_names`,
:mod:`kg.nlp.events_en`, :mod:`kg.nlp.drafts_en`, :mod:`kg.nlp.dates`); the
stages call them in their place.
"""
