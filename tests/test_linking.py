import pytest

from briefings.linking import KEY_REACH, LinkTarget, link_first_mentions, mark_first_mentions, name_key, name_pattern


@pytest.mark.parametrize(
    "name, kind, text, found",
    [
        ("Ильхам Алиев", "people", "встреча с Ильхамом Алиевым в Душанбе", "Ильхамом Алиевым"),
        ("Ильхам Алиев", "people", "Алиев заявил", "Алиев"),
        ("Мария Захарова", "people", "по словам Захаровой", "Захаровой"),
        ("Владимир Путин", "people", "Президент Владимир Путин встретится", "Владимир Путин"),
        ("Росавиация", "organizations", "сообщили в Росавиации", "Росавиации"),
        ("Следственный комитет", "organizations", "Следственный комитет возбудил", "Следственный комитет"),
        ("Грозный", "places", "в Грозном был туман", "Грозном"),
        ("СК", "organizations", "версии СК и СКА", "СК"),
        ("Следственный комитет", "organizations", "заявили в Следственном комитете", "Следственном комитете"),
        ("Саудовская Аравия", "countries", "визит в Саудовскую Аравию", "Саудовскую Аравию"),
        ("Россия", "countries", "отношения России и Китая", "России"),
        ("МИД России", "organizations", "в МИД России заявили", "МИД России"),
        # a name with its abbreviation in brackets is found without it, or with more in the bracket
        ("Ассоциация морских портов (АМП)", "organizations", "решение Ассоциации морских портов",
         "Ассоциации морских портов"),
        ("Северный фронт (СФ)", "organizations", "«Северного фронта» (СФ, запрещён)", "Северного фронта"),
    ],
)
def test_name_pattern(name, kind, text, found):
    assert name_pattern(name, kind).search(text).group(0) == found
    assert 0 <= found.find(name_key(name, kind)) <= KEY_REACH  # the key lets texts without it be skipped


def test_a_keyed_target_finds_the_same_first_mention():
    md = "Путинизмы не тема. " * 20 + "[Путин](x.md) молчал, а Владимир Путин заявил."
    plain = LinkTarget(name_pattern("Владимир Путин", "people"), "p.md")
    keyed = LinkTarget(plain.pattern, "p.md", name_key("Владимир Путин", "people"))
    assert link_first_mentions(md, [keyed]) == link_first_mentions(md, [plain])
    assert link_first_mentions(md, [keyed]).endswith("а [Владимир Путин](p.md) заявил.")
    assert link_first_mentions("Никого нет.", [keyed]) == "Никого нет."


def test_links_only_the_first_mention_outside_markup():
    md = "# Алиев\n\n[Алиев](x.md) и `Алиев`, затем Алиев и снова Алиев."
    out = link_first_mentions(md, [LinkTarget(name_pattern("Ильхам Алиев", "people"), "../p.md")])
    assert out == "# Алиев\n\n[Алиев](x.md) и `Алиев`, затем [Алиев](../p.md) и снова Алиев."


def test_overlapping_targets_keep_the_first():
    md = "Отношения Москвы и Баку"
    out = link_first_mentions(md, [LinkTarget(name_pattern("Москва", "places"), "ru.md"),
                                   LinkTarget(name_pattern("Москвы и", "organizations"), "x.md")])
    assert out == "Отношения [Москвы](ru.md) и Баку"


def test_a_name_is_not_linked_across_paragraphs():
    md = "Иль вслед за матерью Марией\n\nВ кромешный ад. Позже Мария В. вернулась."
    out = link_first_mentions(md, [LinkTarget(name_pattern("Мария В", "people"), "m.md")])
    assert "[Марией\n\nВ]" not in out and out.startswith("Иль вслед за матерью Марией\n\n")


@pytest.mark.parametrize(
    "md",
    [
        "Президент Владимир Путин встретился с Ильхамом Алиевым в Душанбе.",
        "# Путин\n\n*Путин* и **Алиев**, затем `Путин` и [Алиев](x.md); потом Путин.",
        "- Алиев\n- Путин\n\n> Путин сказал, что Алиев прав.",
        "Владимир\nПутин на отдельной строке, Алиева нет.",
    ],
)
def test_marked_mentions_render_like_markdown_links(md):
    """Marking mentions and linking them after conversion gives the HTML that Markdown
    links to the same URLs would."""
    import markdown

    targets = [LinkTarget(name_pattern("Владимир Путин", "people"), "../people/putin/", name_key("Владимир Путин", "people")),
               LinkTarget(name_pattern("Ильхам Алиев", "people"), "../people/aliev/", name_key("Ильхам Алиев", "people"))]
    marked = mark_first_mentions(md, targets)
    assert marked.html(markdown.markdown(marked.markdown)) == markdown.markdown(link_first_mentions(md, targets))


def test_marked_text_falls_back_to_markdown_links_or_no_links():
    targets = [LinkTarget(name_pattern("Владимир Путин", "people"), "p/")]
    with_private_use = "Значок \ue001 и Путин."
    assert mark_first_mentions(with_private_use, targets).markdown == "Значок \ue001 и [Путин](p/)."
    marked = mark_first_mentions("И снова Путин.", targets)
    assert marked.hrefs == ("p/",) and marked.markdown == "И снова \ue000Путин\uf8ff."
    # a converter that drops part of the text loses a marker: no link, and no stray marker
    assert marked.html("<p>И снова Путин\uf8ff.</p>") == "<p>И снова Путин.</p>"
