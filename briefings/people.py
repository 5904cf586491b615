"""People: from raw PER mentions to one entry per person.

Two steps, both pure functions of their inputs:

* :func:`name_mentions` (:mod:`briefings.people_mentions`) turns the tokens of one NER
  span (with the morph tagger's case, gender and number) into clean nominative names:
  words around the name are dropped by their word class (:mod:`briefings.people_words`)
  and each word is put in the nominative (:mod:`briefings.people_nominative`);
  :func:`titled_names` (:mod:`briefings.people_titles`) adds the first names the NER
  misses after a title («пророка Мухаммеда», «апостола Павла») and :func:`unseen_names`
  (:mod:`briefings.people_unseen`) the first names and surnames it misses whole;
  :func:`in_context` reads the mentions with the text around them (list-style names,
  other names in brackets);
  :func:`family_names` (:mod:`briefings.people_families`) gives first names before a
  plural surname that surname («Вера и Илья Политковские»).
* :func:`merge_people` (:mod:`briefings.people_merge`) makes one entry per person:
  «Ильхамом Алиевым», «Алиев», «Алиева» → «Ильхам Алиев», comparing names by the keys of
  :mod:`briefings.people_names` (:func:`fold`, :func:`stem`).
"""

from briefings.people_families import family_names
from briefings.people_merge import merge_people
from briefings.people_mentions import (cut_after_first_name, editor_first_name, first_name_left_out, in_context,
                                      in_imprint, list_cases_agreed, name_mentions, particles_between)
from briefings.people_names import NameMention, NameToken, fold, stem, with_yo
from briefings.people_nominative import nominative
from briefings.people_scripts import latin_glosses, latin_spellings, skeleton
from briefings.people_titles import titled_names
from briefings.people_unseen import unseen_names
from briefings.people_words import is_plain_word, is_word_compound

__all__ = [
    "NameMention",
    "NameToken",
    "cut_after_first_name",
    "editor_first_name",
    "family_names",
    "first_name_left_out",
    "fold",
    "in_context",
    "in_imprint",
    "is_plain_word",
    "is_word_compound",
    "latin_glosses",
    "latin_spellings",
    "list_cases_agreed",
    "merge_people",
    "name_mentions",
    "nominative",
    "particles_between",
    "skeleton",
    "stem",
    "titled_names",
    "unseen_names",
    "with_yo",
]
