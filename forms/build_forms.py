"""Builds the standard surveys (household, service_access, population) as XLSForm workbooks.

    .venv/bin/python forms/build_forms.py        # rewrites forms/*.xlsx

The .xlsx files are committed; this script is their source, so that a change to a question is a
readable diff. Every label exists in the six languages of forms/translations.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from translations import TR  # noqa: E402

from form_engine.authoring import write_xlsform  # noqa: E402

LANGUAGES = [
    "English (en)",
    "Swahili (sw)",
    "Somali (so)",
    "Arabic (ar)",
    "Amharic (am)",
    "French (fr)",
]
VERSION = "2026120101"


def tr(column: str, english: str) -> dict[str, str]:
    """The column in all six languages, e.g. tr('label', 'Yes') -> {'label::English (en)': 'Yes', …}."""
    if english not in TR:
        raise KeyError(f"no translation for {english!r} (add it to forms/translations.py)")
    texts = (english, *TR[english])
    return {f"{column}::{lang}": text for lang, text in zip(LANGUAGES, texts, strict=True)}


def q(
    type_: str,
    name: str,
    label: str | None = None,
    *,
    hint: str | None = None,
    constraint_message: str | None = None,
    **cols: str,
) -> dict[str, str]:
    row: dict[str, str] = {"type": type_, "name": name}
    if label:
        row |= tr("label", label)
    if hint:
        row |= tr("hint", hint)
    if constraint_message:
        row |= tr("constraint_message", constraint_message)
    row |= {k: v for k, v in cols.items() if v}
    return row


def choices(
    list_name: str, items: list[tuple[str, str]], **extra_by_name: dict[str, str]
) -> list[dict]:
    rows = []
    for name, label in items:
        row = {"list_name": list_name, "name": name, **tr("label", label)}
        row |= extra_by_name.get(name, {})
        rows.append(row)
    return rows


def end(kind: str) -> dict[str, str]:
    return {"type": f"end_{kind}"}


def settings(form_id: str, title: str, instance_name: str) -> dict[str, str]:
    return {
        "form_id": form_id,
        "version": VERSION,
        "form_title": title,
        # The title in every language (pyxform and so KoboToolbox and Central ignore these
        # columns; Daftari shows the home screen's titles in the form language with them).
        **{k: v for k, v in tr("label", title).items() if "English" not in k},
        "default_language": "English (en)",
        "instance_name": instance_name,
        "allow_choice_duplicates": "no",
    }


YES_NO = [("yes", "Yes"), ("no", "No")]
CITIES = [
    ("kakuma", "Kakuma"),
    ("koboko", "Koboko"),
    ("arua", "Arua"),
    ("assosa", "Assosa"),
    ("jigjiga", "Jigjiga"),
    ("gabiley", "Gabiley"),
    ("borama", "Borama"),
]
CITY_COUNTRY = {
    "kakuma": "ke",
    "koboko": "ug",
    "arua": "ug",
    "assosa": "et",
    "jigjiga": "et",
    "gabiley": "so",
    "borama": "so",
}
# Currency by city's country: the label of income and cost questions follows the city.
CURRENCY = (
    "if(${city} = 'kakuma', 'KES', if(${city} = 'koboko' or ${city} = 'arua', 'UGX', "
    "if(${city} = 'assosa' or ${city} = 'jigjiga', 'ETB', 'USD')))"
)
GROUPS = [
    ("host", "Host community"),
    ("refugee", "Refugee"),
    ("asylum_seeker", "Asylum seeker"),
    ("idp", "Internally displaced person"),
    ("returnee", "Returnee"),
    ("migrant", "Migrant"),
]
NONE_EXCLUSIVE = "not(selected(., 'none') and count-selected(.) > 1)"


def common_identification() -> list[dict]:
    return [
        {"type": "start", "name": "start"},
        {"type": "end", "name": "end"},
        {"type": "today", "name": "today"},
        {"type": "deviceid", "name": "deviceid"},
        {"type": "username", "name": "username"},
        q("select_one city", "city", "City or municipality", required="yes"),
        q(
            "text",
            "zone",
            "Zone or enumeration area",
            hint="Write the zone or enumeration area code.",
            required="yes",
            constraint="string-length(.) >= 1 and string-length(.) <= 20",
        ),
        q(
            "calculate",
            "country",
            calculation="if(${city} = 'kakuma', 'ke', if(${city} = 'koboko' or "
            "${city} = 'arua', 'ug', if(${city} = 'assosa' or ${city} = 'jigjiga', 'et', 'so')))",
        ),
        q("calculate", "currency", calculation=CURRENCY),
    ]


def household_number() -> dict[str, str]:
    return q(
        "integer", "hh_no", "Household number", required="yes", constraint=". >= 1 and . <= 99999"
    )


def consent_rows() -> list[dict[str, str]]:
    """Informed consent; without it the interview ends."""
    return [
        q(
            "select_one yes_no",
            "consent",
            "Does the respondent agree to take part?",
            hint="Read the consent statement before asking.",
            required="yes",
        ),
        q(
            "note",
            "no_consent",
            "Thank the respondent and end the interview.",
            relevant="${consent} = 'no'",
        ),
    ]


def city_choices() -> list[dict]:
    return choices("city", CITIES, **{c: {"country": k} for c, k in CITY_COUNTRY.items()})


# ---------------------------------------------------------------------------------------------
# household.xlsx
# ---------------------------------------------------------------------------------------------

WG_DOMAINS = [
    ("wg_seeing", "Does ${name} have difficulty seeing, even if wearing glasses?"),
    ("wg_hearing", "Does ${name} have difficulty hearing, even if using a hearing aid?"),
    ("wg_walking", "Does ${name} have difficulty walking or climbing steps?"),
    ("wg_cognition", "Does ${name} have difficulty remembering or concentrating?"),
    ("wg_selfcare", "Does ${name} have difficulty with self-care, such as washing or dressing?"),
    ("wg_communication", "Using the usual language, does ${name} have difficulty communicating?"),
]
WATER_SOURCES = [
    ("piped_dwelling", "Piped into the dwelling"),
    ("piped_yard", "Piped into the yard or plot"),
    ("public_tap", "Public tap or standpipe"),
    ("borehole", "Tubewell or borehole"),
    ("protected_well", "Protected dug well"),
    ("unprotected_well", "Unprotected dug well"),
    ("protected_spring", "Protected spring"),
    ("unprotected_spring", "Unprotected spring"),
    ("rainwater", "Rainwater collection"),
    ("tanker_truck", "Tanker truck"),
    ("cart_tank", "Cart with small tank"),
    ("kiosk", "Water kiosk"),
    ("bottled", "Bottled or sachet water"),
    ("surface_water", "Surface water (river, pond, dam)"),
]
UNIMPROVED_WATER = ("unprotected_well", "unprotected_spring")
SANITATION = [
    ("flush_sewer", "Flush to piped sewer"),
    ("flush_septic", "Flush to septic tank"),
    ("flush_pit", "Flush to pit latrine"),
    ("flush_open", "Flush to open drain or elsewhere"),
    ("vip", "Ventilated improved pit latrine"),
    ("pit_slab", "Pit latrine with slab"),
    ("pit_no_slab", "Pit latrine without slab or open pit"),
    ("composting", "Composting toilet"),
    ("bucket", "Bucket"),
    ("hanging", "Hanging toilet or latrine"),
    ("open_defecation", "No facility (bush, field, open defecation)"),
]
UNIMPROVED_SANITATION = ("flush_open", "pit_no_slab", "bucket", "hanging")
FOOD_GROUPS = [  # (name, label, FCS weight)
    ("fcs_cereals", "Cereals, roots and tubers", "2"),
    ("fcs_pulses", "Beans, peas and nuts", "3"),
    ("fcs_vegetables", "Vegetables and leaves", "1"),
    ("fcs_fruit", "Fruit", "1"),
    ("fcs_meat", "Meat, fish and eggs", "4"),
    ("fcs_milk", "Milk and dairy", "4"),
    ("fcs_sugar", "Sugar and sweets", "0.5"),
    ("fcs_oil", "Oil and fat", "0.5"),
]


def _any_selected(field: str, values: tuple[str, ...]) -> str:
    return " or ".join(f"${{{field}}} = '{v}'" for v in values)


def household() -> tuple[list[dict], list[dict], dict]:
    displaced = "${displacement} != 'host' and ${displacement} != ''"
    survey: list[dict] = [
        *common_identification(),
        q("begin_group", "identification", "Identification"),
        household_number(),
        q(
            "geopoint",
            "gps",
            "Location of the dwelling",
            hint="Type latitude and longitude from the GPS device.",
        ),
        *consent_rows(),
        end("group"),
        # Everything below needs consent.
        q("begin_group", "survey", "Household survey", relevant="${consent} = 'yes'"),
        q(
            "integer",
            "hh_size",
            "How many people usually live and eat in this household?",
            required="yes",
            constraint=". >= 1 and . <= 30",
            constraint_message="Between 1 and 30 people.",
        ),
        q("begin_repeat", "member", "Household members", repeat_count="${hh_size}"),
        q("calculate", "member_pos", calculation="position(..)"),
        q(
            "text",
            "name",
            "Name of member ${member_pos}",
            hint="Start with the head of household.",
            required="yes",
        ),
        q("select_one sex", "sex", "Sex", required="yes"),
        q(
            "integer",
            "age",
            "Age in completed years",
            required="yes",
            constraint=". >= 0 and . <= 110",
            constraint_message="Age must be between 0 and 110.",
        ),
        q(
            "select_one relationship",
            "relationship",
            "Relationship to the head of household",
            required="yes",
            constraint="(${member_pos} = 1 and . = 'head') or (${member_pos} > 1 and . != 'head')",
            constraint_message="The first member is the head; only the first member is the head.",
        ),
        q("select_one displacement", "displacement", "Population group", required="yes"),
        q("select_one country", "origin", "Country of origin", required="yes", relevant=displaced),
        q(
            "integer",
            "arrival_year",
            "Year of arrival in this town",
            relevant=displaced,
            constraint=". >= 1950 and . <= number(format-date(today(), '%Y'))",
            constraint_message="The year must be between 1950 and this year.",
        ),
        q(
            "begin_group",
            "wg",
            "Difficulties in everyday activities (Washington Group short set)",
            relevant="${age} >= 5",
        ),
        *[q("select_one wg", name, label, required="yes") for name, label in WG_DOMAINS],
        end("group"),
        q(
            "calculate",
            "disability",
            calculation="if("
            + " or ".join(
                f"${{{name}}} = 'a_lot' or ${{{name}}} = 'cannot'" for name, _ in WG_DOMAINS
            )
            + ", 1, 0)",
        ),
        q("calculate", "is_child", calculation="if(${age} < 18, 1, 0)"),
        q("calculate", "is_under5", calculation="if(${age} < 5, 1, 0)"),
        end("repeat"),
        q("calculate", "n_members", calculation="count(${member})"),
        q("calculate", "n_children", calculation="sum(${is_child})"),
        q("calculate", "n_under5", calculation="sum(${is_under5})"),
        q("calculate", "n_disability", calculation="sum(${disability})"),
        q("calculate", "head_name", calculation="indexed-repeat(${name}, ${member}, 1)"),
        q("calculate", "head_sex", calculation="indexed-repeat(${sex}, ${member}, 1)"),
        q(
            "calculate",
            "population_group",
            calculation="indexed-repeat(${displacement}, ${member}, 1)",
        ),
        q(
            "note",
            "roster_summary",
            "Household summary: ${n_members} members, ${n_children} children, ${n_disability} with a disability.",
        ),
        # Dwelling
        q("begin_group", "dwelling", "Dwelling and tenure"),
        q("select_one dwelling_type", "dwelling_type", "Type of dwelling", required="yes"),
        q("select_one tenure", "tenure", "Occupancy arrangement", required="yes"),
        q(
            "integer",
            "rooms",
            "How many rooms are used for sleeping?",
            required="yes",
            constraint=". >= 1 and . <= 20",
            constraint_message="Between 1 and 20 rooms.",
        ),
        q("calculate", "persons_per_room", calculation="round(${hh_size} div ${rooms}, 1)"),
        end("group"),
        # Water and sanitation (JMP ladders)
        q("begin_group", "wash", "Water and sanitation"),
        q(
            "select_one water_source",
            "water_source",
            "Main source of drinking water",
            required="yes",
        ),
        q(
            "integer",
            "water_minutes",
            "How many minutes does it take to go there, get water and come back?",
            relevant="not("
            + _any_selected("water_source", ("piped_dwelling", "piped_yard", "bottled"))
            + ")",
            required="yes",
            constraint=". >= 0 and . <= 600",
            constraint_message="Between 0 and 600 minutes.",
        ),
        q(
            "select_one yes_no_dk",
            "water_insufficient",
            "In the last month, was there a time without enough drinking water?",
            required="yes",
        ),
        q(
            "calculate",
            "water_ladder",
            calculation=(
                "if(${water_source} = 'surface_water', 'surface_water', "
                f"if({_any_selected('water_source', UNIMPROVED_WATER)}, 'unimproved', "
                "if(${water_source} = '', '', "
                "if(coalesce(${water_minutes}, 0) <= 30, 'basic', 'limited'))))"
            ),
        ),
        q(
            "select_one sanitation",
            "sanitation",
            "What kind of toilet does the household usually use?",
            required="yes",
        ),
        q(
            "select_one yes_no",
            "sanitation_shared",
            "Is this toilet shared with other households?",
            relevant="${sanitation} != 'open_defecation' and ${sanitation} != ''",
            required="yes",
        ),
        q(
            "calculate",
            "sanitation_ladder",
            calculation=(
                "if(${sanitation} = 'open_defecation', 'open_defecation', "
                f"if({_any_selected('sanitation', UNIMPROVED_SANITATION)}, 'unimproved', "
                "if(${sanitation} = '', '', if(${sanitation_shared} = 'yes', 'limited', 'basic'))))"
            ),
        ),
        end("group"),
        # Energy
        q("begin_group", "energy", "Energy"),
        q(
            "select_multiple electricity",
            "electricity",
            "Sources of electricity or lighting",
            required="yes",
            constraint=NONE_EXCLUSIVE,
            constraint_message="'None' cannot be chosen with other answers.",
        ),
        q("select_one cooking_fuel", "cooking_fuel", "Main cooking fuel", required="yes"),
        q(
            "calculate",
            "clean_cooking",
            calculation=(
                "if(" + _any_selected("cooking_fuel", ("lpg", "electricity", "biogas")) + ", 1, 0)"
            ),
        ),
        end("group"),
        # Livelihoods
        q("begin_group", "livelihoods", "Livelihoods and income"),
        q(
            "select_one income_source",
            "income_main",
            "Main source of income in the last 30 days",
            required="yes",
        ),
        q(
            "select_multiple income_source",
            "income_other",
            "Other sources of income",
            relevant="${income_main} != 'none'",
            constraint=NONE_EXCLUSIVE + " and not(selected(., ${income_main}))",
            constraint_message="'None' cannot be chosen with other answers.",
        ),
        q(
            "decimal",
            "income_amount",
            "Total household income in the last 30 days (${currency})",
            relevant="${income_main} != 'none'",
            required="yes",
            constraint=". >= 0",
            constraint_message="Cannot be negative.",
        ),
        end("group"),
        # Food consumption score (WFP)
        q("begin_group", "food", "Food consumption (last 7 days)"),
        q("note", "fcs_intro", "On how many of the last 7 days did the household eat these foods?"),
        *[
            q(
                "integer",
                name,
                label,
                required="yes",
                constraint=". >= 0 and . <= 7",
                constraint_message="Between 0 and 7 days.",
            )
            for name, label, _ in FOOD_GROUPS
        ],
        q("calculate", "fcs", calculation=" + ".join(f"${{{n}}} * {w}" for n, _, w in FOOD_GROUPS)),
        q(
            "calculate",
            "fcs_group",
            calculation="if(${fcs} <= 21, 'poor', if(${fcs} <= 35, 'borderline', 'acceptable'))",
        ),
        q("note", "fcs_note", "Food consumption score: ${fcs} (${fcs_group})"),
        end("group"),
        # Documentation
        q("begin_group", "documentation", "Documentation"),
        q(
            "select_multiple document",
            "head_documents",
            "Which identity documents does the head of household have?",
            required="yes",
            constraint=NONE_EXCLUSIVE,
            constraint_message="'None' cannot be chosen with other answers.",
        ),
        q(
            "integer",
            "birth_certificates",
            "How many children under 5 have a birth certificate?",
            relevant="${n_under5} > 0",
            required="yes",
            constraint=". >= 0 and . <= ${n_under5}",
            constraint_message="Cannot be more than the ${n_under5} children under 5.",
        ),
        end("group"),
        # Shocks
        q("begin_group", "shocks", "Shocks and coping"),
        q(
            "select_multiple shock",
            "shock_types",
            "Which shocks affected the household in the last 6 months?",
            required="yes",
            constraint=NONE_EXCLUSIVE,
            constraint_message="'None' cannot be chosen with other answers.",
        ),
        q(
            "select_multiple coping",
            "coping",
            "How did the household cope?",
            relevant="not(selected(${shock_types}, 'none')) and count-selected(${shock_types}) > 0",
            required="yes",
            constraint=NONE_EXCLUSIVE,
            constraint_message="'None' cannot be chosen with other answers.",
        ),
        end("group"),
        q("text", "comments", "Comments from the enumerator"),
        end("group"),
    ]
    choice_rows = [
        *choices("yes_no", YES_NO),
        *choices("yes_no_dk", [*YES_NO, ("dont_know", "Don't know")]),
        *city_choices(),
        *choices("sex", [("male", "Male"), ("female", "Female")]),
        *choices(
            "relationship",
            [
                ("head", "Head of household"),
                ("spouse", "Spouse or partner"),
                ("child", "Son or daughter"),
                ("parent", "Parent"),
                ("relative", "Other relative"),
                ("unrelated", "Not related"),
            ],
        ),
        *choices("displacement", GROUPS),
        *choices(
            "country",
            [
                ("ke", "Kenya"),
                ("ug", "Uganda"),
                ("et", "Ethiopia"),
                ("so", "Somalia"),
                ("ss", "South Sudan"),
                ("sd", "Sudan"),
                ("cd", "DR Congo"),
                ("bi", "Burundi"),
                ("er", "Eritrea"),
                ("ye", "Yemen"),
                ("other", "Other"),
            ],
        ),
        *choices(
            "wg",
            [
                ("none", "No difficulty"),
                ("some", "Some difficulty"),
                ("a_lot", "A lot of difficulty"),
                ("cannot", "Cannot do at all"),
                ("dont_know", "Don't know"),
                ("refused", "Refused to answer"),
            ],
        ),
        *choices(
            "dwelling_type",
            [
                ("permanent", "Permanent house"),
                ("semi_permanent", "Semi-permanent house"),
                ("shelter", "Shelter or tent"),
                ("hut", "Traditional hut"),
                ("shared_room", "Room in a shared building"),
                ("other", "Other"),
            ],
        ),
        *choices(
            "tenure",
            [
                ("owned", "Owned"),
                ("rented", "Rented"),
                ("hosted", "Hosted for free"),
                ("allocated", "Allocated by camp or settlement"),
                ("informal", "Informal occupation"),
            ],
        ),
        *choices("water_source", WATER_SOURCES),
        *choices("sanitation", SANITATION),
        *choices(
            "electricity",
            [
                ("grid", "National grid"),
                ("solar_home", "Solar home system"),
                ("solar_lantern", "Solar lantern"),
                ("generator", "Generator"),
                ("none", "None"),
            ],
        ),
        *choices(
            "cooking_fuel",
            [
                ("lpg", "Liquefied petroleum gas"),
                ("electricity", "Electricity"),
                ("biogas", "Biogas"),
                ("kerosene", "Kerosene"),
                ("charcoal", "Charcoal"),
                ("firewood", "Firewood"),
                ("dung", "Animal dung or crop waste"),
                ("none", "No cooking in the household"),
            ],
        ),
        *choices(
            "income_source",
            [
                ("salary", "Regular salaried work"),
                ("casual", "Casual or daily labour"),
                ("business", "Own business or trade"),
                ("farming", "Farming, livestock or fishing"),
                ("assistance", "Humanitarian assistance (cash or food)"),
                ("remittances", "Remittances from relatives"),
                ("pension", "Pension or government support"),
                ("none", "No income"),
            ],
        ),
        *choices(
            "document",
            [
                ("national_id", "National identity card"),
                ("refugee_id", "Refugee identity card"),
                ("asylum_certificate", "Asylum seeker certificate"),
                ("passport", "Passport"),
                ("birth_certificate", "Birth certificate"),
                ("none", "None"),
            ],
        ),
        *choices(
            "shock",
            [
                ("drought", "Drought"),
                ("flood", "Flood"),
                ("conflict", "Conflict or violence"),
                ("eviction", "Eviction"),
                ("illness_death", "Serious illness or death of a member"),
                ("price_rise", "Sharp rise in food prices"),
                ("job_loss", "Loss of job or income"),
                ("none", "None"),
            ],
        ),
        *choices(
            "coping",
            [
                ("reduced_meals", "Reduced meals"),
                ("borrowed", "Borrowed money or food"),
                ("sold_assets", "Sold assets"),
                ("school_dropout", "Took children out of school"),
                ("moved", "Moved to another place"),
                ("help", "Asked for help from relatives or community"),
                ("none", "None"),
            ],
        ),
    ]
    return (
        survey,
        choice_rows,
        settings(
            "household", "Household survey", "concat(${city}, '-', ${hh_no}, ' ', ${head_name})"
        ),
    )


# ---------------------------------------------------------------------------------------------
# service_access.xlsx
# ---------------------------------------------------------------------------------------------

SERVICES = [
    ("health", "Health care"),
    ("education", "Education"),
    ("water", "Water"),
    ("sanitation", "Sanitation"),
    ("waste", "Waste collection"),
    ("civil_registration", "Civil registration and documents"),
    ("markets", "Markets"),
]


def service_access() -> tuple[list[dict], list[dict], dict]:
    survey: list[dict] = [
        *common_identification(),
        household_number(),
        *consent_rows(),
        q("begin_group", "respondent", "Access to services", relevant="${consent} = 'yes'"),
        q("select_one sex", "resp_sex", "Respondent's sex", required="yes"),
        q(
            "integer",
            "resp_age",
            "Respondent's age",
            required="yes",
            constraint=". >= 18 and . <= 110",
            constraint_message="The respondent must be an adult (18 to 110).",
        ),
        q(
            "select_one displacement",
            "population_group",
            "Respondent's population group",
            required="yes",
        ),
        q(
            "select_one yes_no",
            "has_school_children",
            "Are there children aged 6 to 17 in the household?",
            required="yes",
        ),
        end("group"),
    ]
    for key, title in SERVICES:
        relevant = "${consent} = 'yes'"
        if key == "education":
            relevant += " and ${has_school_children} = 'yes'"
        survey += [
            q("begin_group", key, title, relevant=relevant),
            q(
                "select_one yes_no",
                f"{key}_used",
                "In the last 3 months, did the household use or try to use this service?",
                required="yes",
            ),
            q(
                "select_multiple reason_not_used",
                f"{key}_why_not",
                "Why did the household not use it?",
                relevant=f"${{{key}_used}} = 'no'",
                required="yes",
                constraint=NONE_EXCLUSIVE,
                constraint_message="'None' cannot be chosen with other answers.",
            ),
            q(
                "integer",
                f"{key}_minutes",
                "How many minutes does it take to reach it, one way?",
                relevant=f"${{{key}_used}} = 'yes'",
                required="yes",
                constraint=". >= 0 and . <= 1000",
                constraint_message="Between 0 and 1,000 minutes.",
            ),
            q(
                "select_one transport",
                f"{key}_transport",
                "How do you usually get there?",
                relevant=f"${{{key}_used}} = 'yes' and ${{{key}_minutes}} > 0",
                required="yes",
            ),
            q(
                "decimal",
                f"{key}_cost",
                "How much did the household spend on it in the last 3 months (${currency})?",
                relevant=f"${{{key}_used}} = 'yes'",
                required="yes",
                constraint=". >= 0",
                constraint_message="Cannot be negative.",
            ),
            q(
                "select_multiple barrier",
                f"{key}_barriers",
                "What made it difficult to use this service?",
                relevant=f"${{{key}_used}} = 'yes'",
                required="yes",
                constraint=NONE_EXCLUSIVE,
                constraint_message="'None' cannot be chosen with other answers.",
            ),
            q(
                "select_one satisfaction",
                f"{key}_satisfaction",
                "How satisfied are you with this service?",
                relevant=f"${{{key}_used}} = 'yes'",
                required="yes",
            ),
            q(
                "calculate",
                f"{key}_has_barrier",
                calculation=f"if(${{{key}_used}} = 'yes' and not(selected(${{{key}_barriers}}, 'none')), 1, 0)",
            ),
            end("group"),
        ]
    used = " + ".join(f"if(${{{k}_used}} = 'yes', 1, 0)" for k, _ in SERVICES)
    barrier = " + ".join(f"${{{k}_has_barrier}}" for k, _ in SERVICES)
    survey += [
        q("calculate", "n_used", calculation=used),
        q("calculate", "n_barrier", calculation=barrier),
        q(
            "note",
            "services_summary",
            "Services used: ${n_used} of 7. Services with a barrier: ${n_barrier}.",
            relevant="${consent} = 'yes'",
        ),
        q("text", "comments", "Comments from the enumerator"),
    ]
    choice_rows = [
        *choices("yes_no", YES_NO),
        *city_choices(),
        *choices("sex", [("male", "Male"), ("female", "Female")]),
        *choices("displacement", GROUPS),
        *choices(
            "transport",
            [
                ("foot", "On foot"),
                ("bicycle", "Bicycle"),
                ("motorbike", "Motorbike taxi"),
                ("bus", "Bus or minibus"),
                ("car", "Private car"),
                ("other", "Other"),
            ],
        ),
        *choices(
            "barrier",
            [
                ("distance", "Too far"),
                ("cost", "Too expensive"),
                ("refused_status", "Refused because of nationality or status"),
                ("documents", "Missing documents"),
                ("language", "Language"),
                ("waiting", "Long waiting time"),
                ("unavailable", "Service not available or closed"),
                ("insecurity", "Insecurity on the way"),
                ("none", "No difficulties"),
            ],
        ),
        *choices(
            "reason_not_used",
            [
                ("not_needed", "Not needed"),
                ("unaware", "Did not know about it"),
                ("distance", "Too far"),
                ("cost", "Too expensive"),
                ("refused_status", "Refused because of nationality or status"),
                ("documents", "Missing documents"),
                ("insecurity", "Insecurity on the way"),
                ("none", "None"),
            ],
        ),
        *choices(
            "satisfaction",
            [
                ("1", "Very dissatisfied"),
                ("2", "Dissatisfied"),
                ("3", "Neither"),
                ("4", "Satisfied"),
                ("5", "Very satisfied"),
            ],
        ),
    ]
    return (
        survey,
        choice_rows,
        settings("service_access", "Access to services", "concat(${city}, '-', ${hh_no})"),
    )


# ---------------------------------------------------------------------------------------------
# population.xlsx
# ---------------------------------------------------------------------------------------------

BANDS = [
    ("m_0_4", "Males aged 0-4"),
    ("f_0_4", "Females aged 0-4"),
    ("m_5_17", "Males aged 5-17"),
    ("f_5_17", "Females aged 5-17"),
    ("m_18_59", "Males aged 18-59"),
    ("f_18_59", "Females aged 18-59"),
    ("m_60", "Males aged 60 and over"),
    ("f_60", "Females aged 60 and over"),
]


def population() -> tuple[list[dict], list[dict], dict]:
    band_sum = " + ".join(f"${{{n}}}" for n, _ in BANDS)
    survey: list[dict] = [
        *common_identification(),
        q("begin_group", "area", "Area"),
        q(
            "geopoint",
            "area_gps",
            "GPS of the centre of the area",
            hint="Type latitude and longitude from the GPS device.",
            required="yes",
        ),
        q("text", "team_leader", "Name of the team leader", required="yes"),
        end("group"),
        q("begin_group", "dwellings", "Dwellings and households"),
        q(
            "integer",
            "n_dwellings",
            "Number of dwellings in the area",
            required="yes",
            constraint=". >= 0 and . <= 100000",
            constraint_message="Cannot be negative.",
        ),
        q(
            "integer",
            "n_occupied",
            "Occupied dwellings",
            required="yes",
            constraint=". >= 0 and . <= ${n_dwellings}",
            constraint_message="Cannot be more than the number of dwellings.",
        ),
        end("group"),
        q("begin_repeat", "pop_group", "Persons by population group", relevant="${n_occupied} > 0"),
        q(
            "select_one displacement",
            "group",
            "Population group",
            hint="Add one entry for each population group found in the area.",
            required="yes",
            constraint="count(../../pop_group[group = current()/../group]) = 1",
            constraint_message="Each population group is entered only once.",
        ),
        q(
            "integer",
            "group_households",
            "Households in this group",
            required="yes",
            constraint=". >= 0 and . <= 100000",
            constraint_message="Cannot be negative.",
        ),
        *[
            q(
                "integer",
                name,
                label,
                required="yes",
                constraint=". >= 0 and . <= 100000",
                constraint_message="Cannot be negative.",
            )
            for name, label in BANDS
        ],
        q("calculate", "group_total", calculation=band_sum),
        q("note", "group_total_note", "Persons in this group: ${group_total}"),
        end("repeat"),
        q("calculate", "total_persons", calculation="sum(${group_total})"),
        q("calculate", "total_households", calculation="sum(${group_households})"),
        q(
            "calculate",
            "total_male",
            calculation=" + ".join(f"sum(${{{n}}})" for n, _ in BANDS if n.startswith("m")),
        ),
        q(
            "calculate",
            "total_female",
            calculation=" + ".join(f"sum(${{{n}}})" for n, _ in BANDS if n.startswith("f")),
        ),
        q(
            "note",
            "totals_note",
            "Total: ${total_persons} persons in ${total_households} households.",
            relevant="${n_occupied} > 0",
        ),
        q(
            "acknowledge",
            "totals_confirmed",
            "Confirm the count is complete",
            relevant="${n_occupied} > 0",
            required="yes",
            constraint="${total_households} >= ${n_occupied} and ${total_persons} >= ${total_households}",
            constraint_message="Every occupied dwelling has at least one household.",
        ),
        q("text", "comments", "Comments from the enumerator"),
    ]
    choice_rows = [*city_choices(), *choices("displacement", GROUPS)]
    return (
        survey,
        choice_rows,
        settings(
            "population",
            "Rapid population count",
            "concat(${city}, ' ', ${zone}, ' (', ${total_persons}, ')')",
        ),
    )


def build(directory: Path = HERE) -> list[Path]:
    out = []
    for name, make in (
        ("household", household),
        ("service_access", service_access),
        ("population", population),
    ):
        survey, choice_rows, form_settings = make()
        out.append(
            write_xlsform(
                directory / f"{name}.xlsx", survey, choices=choice_rows, settings=form_settings
            )
        )
    return out


if __name__ == "__main__":
    for p in build():
        print(f"wrote {p}")
