"""What a reviewer chooses between in an entity's conflict (desktop_app.entity_conflicts): for
each property changed since the conflict began, the value then and each value proposed since,
with who and when; the newest chosen unless the reviewer picks another."""

from desktop_app.entity_conflicts import LABEL, chosen_values, read_conflict
from sync_protocol import EntityVersionOut


class History:
    """An entity's versions as the server records them (central_server.intake.entities): an
    update takes over what it changed of the version it read; ``conflicting`` as said."""

    def __init__(self, label: str, **data: str) -> None:
        self.versions = [
            EntityVersionOut(
                version=1,
                label=label,
                data=data,
                received=data,
                submission="s1",
                by="amina",
                at="2026-03-14T09:00:00.000+00:00",
            )
        ]

    def update(self, base: int, by: str, label: str = "", conflicting=None, **sent: str) -> None:
        read = self.versions[base - 1]
        current = self.versions[-1]
        mine = {k: v for k, v in sent.items() if read.data.get(k, "") != v}
        number = current.version + 1
        self.versions.append(
            EntityVersionOut(
                version=number,
                label=label if label and label != read.label else current.label,
                data={**current.data, **mine},
                received=sent,
                base_version=base,
                conflicting=conflicting,
                submission=f"s{number}",
                by=by,
                at=f"2026-03-14T{9 + number:02d}:00:00.000+00:00",
            )
        )


def choices(reading, name):
    """A property's choices as (value, the versions that brought it, before the conflict)."""
    [p] = [p for p in reading.properties if p.name == name]
    return [
        (c.value, [x.version for x in c.proposals], c.before.version if c.before else None)
        for c in p.choices
    ]


def test_two_phones_that_read_one_version_compete_property_by_property():
    h = History("Amina", hh_name="Amina", size="4", zone="Z1")
    h.update(1, "amina", size="5", zone="Z1")  # the first phone: the size
    h.update(1, "baraka", size="6", zone="Z2", conflicting=["size"])  # the second: both
    reading = read_conflict(h.versions)
    assert (reading.since, reading.versions) == (1, (2, 3))
    assert [(p.name, p.hard) for p in reading.properties] == [("size", True), ("zone", False)]
    assert choices(reading, "size") == [("4", [], 1), ("5", [2], None), ("6", [3], None)]
    assert choices(reading, "zone") == [("Z1", [], 1), ("Z2", [3], None)]
    size = reading.properties[0]
    assert size.choices[size.default].value == "6"  # the newest, to begin with
    assert size.choices[1].proposals[0].by == "amina"
    assert size.choices[1].proposals[0].at.startswith("2026-03-14T11:00")
    assert size.choices[0].before is not None and size.choices[0].before.by == "amina"
    # the reviewer keeps the first phone's size; the zone stays the newest
    assert chosen_values(reading.properties, {"size": "5"}) == ({"size": "5", "zone": "Z2"}, None)


def test_a_soft_conflict_offers_each_change_against_the_value_before():
    h = History("Omar", size="3", zone="Z1", phone="0700")
    h.update(1, "amina", size="4", zone="Z1", phone="0700")
    h.update(1, "baraka", size="3", zone="Z7", phone="0700")
    reading = read_conflict(h.versions)
    assert [(p.name, p.hard) for p in reading.properties] == [("size", False), ("zone", False)]
    assert choices(reading, "zone") == [("Z1", [], 1), ("Z7", [3], None)]  # phone: unchanged


def test_only_the_newest_conflict_counts_after_a_resolution():
    h = History("Zara", size="2", zone="Z1")
    h.update(1, "amina", size="3", zone="Z1")
    h.update(1, "baraka", size="5", zone="Z1", conflicting=["size"])
    h.update(3, "super_k", size="3")  # resolved: the reviewer's version
    h.versions[-1] = h.versions[-1].model_copy(update={"submission": None})
    h.update(4, "amina", size="4", zone="Z1")
    h.update(4, "baraka", size="3", zone="Z2")  # read the resolution, applied over amina's
    reading = read_conflict(h.versions)
    assert (reading.since, reading.versions) == (4, (5, 6))
    assert choices(reading, "size") == [("3", [], 4), ("4", [5], None)]
    assert reading.properties[0].choices[0].before.by == "super_k"
    assert choices(reading, "zone") == [("Z1", [], 4), ("Z2", [6], None)]


def test_an_update_that_read_an_older_version_reaches_the_conflict_further_back():
    h = History("Neema", size="4", zone="Z1")
    h.update(1, "amina", size="5", zone="Z1")
    h.update(2, "amina", size="5", zone="Z2")
    h.update(1, "baraka", size="6", zone="Z1", conflicting=["size"])  # read version 1
    h.update(3, "clerk_k", size="7", zone="Z2", conflicting=["size"])  # read version 3
    reading = read_conflict(h.versions)
    assert reading.since == 1
    assert choices(reading, "size") == [
        ("4", [], 1),
        ("5", [2], None),
        ("6", [4], None),
        ("7", [5], None),
    ]
    assert choices(reading, "zone") == [("Z1", [], 1), ("Z2", [3], None)]


def test_one_value_proposed_twice_is_one_choice_and_the_newest_is_chosen():
    h = History("Halima", size="4")
    h.update(1, "amina", size="6")
    h.update(1, "baraka", size="5", conflicting=["size"])
    h.update(1, "clerk_k", size="6", conflicting=["size"])
    h.update(2, "super_k", size="4", conflicting=["size"])  # back to the value before
    reading = read_conflict(h.versions)
    assert choices(reading, "size") == [("4", [5], 1), ("6", [2, 4], None), ("5", [3], None)]
    size = reading.properties[0]
    assert size.choices[size.default].value == "4"  # the newest version brought it


def test_the_label_competes_like_a_property_and_is_sent_apart():
    h = History("عائلة أمينة", size="4")
    h.update(1, "amina", label="Amina Hassan", size="4")
    h.update(1, "baraka", label="ቤተሰብ ባራካ", size="5", conflicting=[LABEL])
    reading = read_conflict(h.versions)
    assert [(p.name, p.hard, p.is_label) for p in reading.properties] == [
        (LABEL, True, True),
        ("size", False, False),
    ]
    assert choices(reading, LABEL) == [
        ("عائلة أمينة", [], 1),
        ("Amina Hassan", [2], None),
        ("ቤተሰብ ባራካ", [3], None),
    ]
    assert chosen_values(reading.properties, {LABEL: "عائلة أمينة"}) == (
        {"size": "5"},
        "عائلة أمينة",
    )


def test_a_property_no_version_had_before_competes_against_empty():
    h = History("Baraka", size="4")
    h.update(1, "amina", size="4", phone="0711")
    h.update(1, "baraka", size="5", phone="0722", conflicting=["phone"])
    reading = read_conflict(h.versions)
    assert choices(reading, "phone") == [("", [], 1), ("0711", [2], None), ("0722", [3], None)]


def test_with_no_overlapping_update_there_is_nothing_to_choose():
    h = History("Amina", size="4")
    h.update(1, "amina", size="5")
    reading = read_conflict(h.versions)
    assert (reading.since, reading.properties) == (2, ())
    assert chosen_values(reading.properties, {}) == ({}, None)
    assert read_conflict([]).properties == ()
