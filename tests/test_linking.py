import pytest

from briefings.linking import KEY_REACH, LinkTarget, link_first_mentions, name_key, name_pattern


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
