"""Organizations: from raw ORG mentions to one entry per organization (pure functions).

An abbreviation and its expansion are one organization: «Azerbaijan Airlines (AZAL)»,
«Следственный комитет (СК)», or an abbreviation made of the expansion's initials; so are
a compound and its phrase («Минздрав», «Министерство здравоохранения»), a brand and a
description before it («ИА REGNUM», «REGNUM»). The expansion written as a name names the
entity.

Besides the NER's spans, institutions written with common nouns are found
(«британское правительство», «коллегия выборщиков», «верховный суд Пакистана»), parties
named by their members, the country of an adjective before an institution's word
(«российского МИДа»), and the agency of a dateline; an institution named without its
country («Министерство здравоохранения») or by its leader («правительство Терезы Мэй»)
joins the one of the text written with it. What the NER calls an organization but is not
is dropped: products and labels («вакцина «Спутник V»», «с пометкой «Мнение»»), buildings
(«Донецкий аэропорт»), states («штат Вермонт», «Монтана, Аляска, Вермонт»), states of the
past («Советский Союз»), people («Министры иностранных дел»), sentence-initial common words
(«Обсуждение закрыто»). The word lists are in ``data/organizations.yml``.

This module is the public entry; the rules live by family in
``organizations_lexicon`` (word tables, ``OrgMention``), ``organizations_grammar``
(morphology helpers, agreement of a name's words), ``organizations_names`` (mending names;
abbreviation, compound and brand pairs), ``organizations_filters`` (what is not an
organization), ``organizations_mentions`` (institutions, parties, datelines, country
adjectives), ``organizations_remits`` (bodies named by a «по» phrase, branches for a
region) and ``organizations_merge`` (one entity per organization).
"""

from __future__ import annotations

from briefings.organizations_filters import (
    after_facility_word,
    after_product_noun,
    called_organizations,
    dated_in_a_list,
    is_common_word,
    is_historical_state,
    is_not_organization,
    listed_among_places,
    named_regions,
    names_a_craft,
    names_an_index,
    names_document,
    names_treaty,
    names_facility,
    names_people,
    names_region,
    numbered_model,
    place_is_organization,
    platform_as_company,
    quoted_products,
    starts_with_function_word,
    term_abbreviations,
)
from briefings.organizations_grammar import after_kind_noun, agreeing_name, is_plain_noun
from briefings.organizations_lexicon import Lexicon, OrgMention
from briefings.organizations_mentions import (
    abbreviation_and_quoted_name,
    bracket_parts,
    broadcaster_in_cyrillic,
    dateline_sources,
    institution_mentions,
    led_head,
    name_tokens,
    names_a_body,
    names_a_unit,
    party_mentions,
    party_names_rekeyed,
    surname_in_genitive,
    with_country_adjectives,
    without_loose_tail,
)
from briefings.organizations_remits import remit_mentions
from briefings.organizations_merge import drop_products, elliptic_mentions, merge_organizations
from briefings.organizations_names import abbreviates, abbreviation_pairs, adjective_pairs, brand_pairs, \
    compound_pairs, is_abbreviation, quoted_pairs, script_pairs, tidy_name

__all__ = [
    "Lexicon", "OrgMention", "abbreviates", "abbreviation_pairs", "adjective_pairs", "after_facility_word",
    "after_kind_noun", "abbreviation_and_quoted_name", "after_product_noun", "agreeing_name", "brand_pairs",
    "bracket_parts", "called_organizations",
    "broadcaster_in_cyrillic", "compound_pairs", "dated_in_a_list", "dateline_sources", "drop_products", "elliptic_mentions", "institution_mentions",
    "is_abbreviation", "is_common_word", "is_historical_state", "is_not_organization", "is_plain_noun", "led_head", "listed_among_places",
    "merge_organizations", "numbered_model",
    "name_tokens", "named_regions", "names_a_body", "names_a_craft", "names_a_unit", "names_an_index",
    "names_document", "names_treaty",
    "names_facility", "names_people", "names_region", "party_mentions",
    "party_names_rekeyed",
    "place_is_organization", "platform_as_company", "quoted_pairs", "quoted_products", "remit_mentions",
    "script_pairs", "starts_with_function_word", "surname_in_genitive", "term_abbreviations", "tidy_name",
    "with_country_adjectives", "without_loose_tail",
]
