import re
from collections import Counter

from platforma.portal.demo_data import CHALLENGES, ORGANISATIONS, PEOPLE
from platforma.taxonomy.tree import iter_nodes

COMPETENCES = {node["slug"] for node, _, _ in iter_nodes()}
ORGS = {org["key"]: org for org in ORGANISATIONS}
PERSONS = {person["key"]: person for person in PEOPLE}

ORG_TYPES = {"company", "rnd", "university", "local_government", "ngo", "business_support"}
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")

# Rough boxes around each town and the postal-code prefixes its post offices use.
TOWNS: dict[str, tuple[tuple[float, float, float, float], tuple[str, ...]]] = {
    "Piekary Śląskie": ((50.355, 50.425, 18.88, 19.02), ("41-94",)),
    "Bytom": ((50.30, 50.41, 18.80, 19.00), ("41-90", "41-91", "41-93")),
    "Radzionków": ((50.38, 50.42, 18.86, 18.93), ("41-922",)),
    "Chorzów": ((50.27, 50.32, 18.90, 19.00), ("41-50", "41-51")),
    "Katowice": ((50.13, 50.30, 18.90, 19.13), ("40-",)),
    "Gliwice": ((50.24, 50.36, 18.55, 18.76), ("44-1",)),
    "Zabrze": ((50.24, 50.37, 18.70, 18.87), ("41-80", "41-81")),
    "Tarnowskie Góry": ((50.40, 50.50, 18.78, 18.95), ("42-60", "42-61")),
    "Świętochłowice": ((50.27, 50.31, 18.89, 18.95), ("41-60",)),
    "Ruda Śląska": ((50.19, 50.32, 18.78, 18.93), ("41-70", "41-71")),
    "Siemianowice Śląskie": ((50.29, 50.34, 18.98, 19.09), ("41-10",)),
    "Sosnowiec": ((50.22, 50.34, 19.08, 19.25), ("41-20", "41-21")),
    "Mysłowice": ((50.15, 50.26, 19.08, 19.23), ("41-40", "41-41")),
    "Rybnik": ((50.03, 50.16, 18.43, 18.62), ("44-20", "44-21")),
    "Jaworzno": ((50.13, 50.26, 19.17, 19.35), ("43-60",)),
    "Dąbrowa Górnicza": ((50.25, 50.43, 19.13, 19.45), ("41-30", "41-31")),
}


def nip_is_valid(nip: str) -> bool:
    if not re.fullmatch(r"\d{10}", nip):
        return False
    checksum = sum(int(d) * w for d, w in zip(nip[:9], (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
    return checksum != 10 and checksum == int(nip[9])


def regon_is_valid(regon: str) -> bool:
    if not re.fullmatch(r"\d{9}", regon):
        return False
    checksum = sum(int(d) * w for d, w in zip(regon[:8], (8, 9, 2, 3, 4, 5, 6, 7), strict=True)) % 11
    return (0 if checksum == 10 else checksum) == int(regon[8])


def in_town(city: str, lat: float, lon: float) -> bool:
    (south, north, west, east), _ = TOWNS[city]
    return south <= lat <= north and west <= lon <= east


def is_polish(text: str) -> bool:
    return bool(POLISH_LETTERS & set(text))


def sentence_count(text: str) -> int:
    """Sentence ends: a full stop before a capital letter (optionally in bold) or at the end; "ok. 90" is no end."""
    return len(re.findall(r"[.!?](?=\s+(?:\*\*)?[A-ZĄĆĘŁŃÓŚŹŻ]|\s*$)", text))


def five_decimals(value: float) -> bool:
    return round(value, 5) == value


# --- the checksum helpers themselves -----------------------------------------------------------


def test_checksum_helpers_accept_known_good_and_reject_bad_numbers():
    # the examples from python-stdnum's documentation
    assert nip_is_valid("8567346215")
    assert not nip_is_valid("8567346216")
    assert not nip_is_valid("856734621")
    assert regon_is_valid("192598184")
    assert regon_is_valid("123456785")
    assert not regon_is_valid("192598183")
    assert not regon_is_valid("12345678")


# --- organisations -------------------------------------------------------------------------------


def test_organisations_count_keys_and_types():
    keys = [org["key"] for org in ORGANISATIONS]

    assert len(ORGANISATIONS) >= 32
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", key) for key in keys)
    assert {org["type"] for org in ORGANISATIONS} == ORG_TYPES
    assert len({org["name"] for org in ORGANISATIONS}) == len(ORGANISATIONS)


def test_ekopark_is_the_coordinating_business_support_institution():
    ekopark = ORGS["ekopark"]

    assert ekopark["type"] == "business_support"
    assert ekopark["city"] == "Piekary Śląskie"
    assert ekopark["member_since_year"] is not None


def test_every_nip_and_regon_has_a_valid_checksum_and_is_unique():
    for org in ORGANISATIONS:
        assert nip_is_valid(org["nip"]), org["key"]
        assert regon_is_valid(org["regon"]), org["key"]

    assert len({org["nip"] for org in ORGANISATIONS}) == len(ORGANISATIONS)
    assert len({org["regon"] for org in ORGANISATIONS}) == len(ORGANISATIONS)


def test_krs_is_ten_digits_or_empty_for_public_bodies():
    for org in ORGANISATIONS:
        if org["type"] == "local_government":
            assert org["krs"] == "", org["key"]
        elif org["krs"]:
            assert re.fullmatch(r"\d{10}", org["krs"]), org["key"]
        else:
            # public universities are not entered in the KRS
            assert org["type"] == "university", org["key"]
    krs_numbers = [org["krs"] for org in ORGANISATIONS if org["krs"]]
    assert len(krs_numbers) == len(set(krs_numbers))


def test_addresses_and_coordinates_are_in_the_named_town():
    for org in ORGANISATIONS:
        assert org["city"] in TOWNS, org["key"]
        assert re.fullmatch(r"\d{2}-\d{3}", org["postal_code"]), org["key"]
        assert org["postal_code"].startswith(TOWNS[org["city"]][1]), org["key"]
        assert re.search(r"\d", org["street"]), org["key"]
        assert in_town(org["city"], org["lat"], org["lon"]), org["key"]
        assert five_decimals(org["lat"]) and five_decimals(org["lon"]), org["key"]


def test_web_and_mail_addresses_use_the_reserved_example_tld():
    for org in ORGANISATIONS:
        match = re.fullmatch(r"https://www\.([a-z0-9-]+)\.example", org["website"])
        assert match, org["key"]
        assert org["email"] == f"biuro@{match.group(1)}.example", org["key"]


def test_organisation_profiles_are_complete_and_in_polish():
    for org in ORGANISATIONS:
        assert is_polish(org["description"]), org["key"]
        assert 2 <= sentence_count(org["description"]) <= 4, org["key"]
        assert 2 <= len(org["competences"]) <= 5, org["key"]
        assert len(set(org["competences"])) == len(org["competences"]), org["key"]
        assert set(org["competences"]) <= COMPETENCES, org["key"]
        assert 1 <= len(org["offers"]) <= 3, org["key"]
        assert 0 <= len(org["needs"]) <= 2, org["key"]
        assert all(sentence.endswith(".") for sentence in org["offers"] + org["needs"]), org["key"]


def test_membership_years_and_applicants():
    applicants = [org for org in ORGANISATIONS if org["member_since_year"] is None]

    assert 3 <= len(applicants) <= 4
    for org in ORGANISATIONS:
        year = org["member_since_year"]
        assert year is None or 2012 <= year <= 2025, org["key"]


# --- people ------------------------------------------------------------------------------------


def test_people_count_keys_and_emails():
    keys = [person["key"] for person in PEOPLE]
    emails = [person["email"] for person in PEOPLE]

    assert len(PEOPLE) >= 26
    assert len(keys) == len(set(keys))
    assert len(emails) == len(set(emails))
    for person in PEOPLE:
        assert re.fullmatch(r"[a-z]+\.[a-z]+@[a-z0-9-]+\.example", person["email"]), person["key"]


def test_people_belong_to_known_organisations_with_a_valid_role():
    for person in PEOPLE:
        org_key = person["organisation"]
        if org_key is None:
            assert person["org_role"] is None, person["key"]
        else:
            assert org_key in ORGS, person["key"]
            assert person["org_role"] in {"admin", "member"}, person["key"]
            domain = ORGS[org_key]["email"].split("@")[1]
            assert person["email"].endswith("@" + domain), person["key"]

    assert sum(person["organisation"] is None for person in PEOPLE) >= 6


def test_every_organisation_with_people_has_an_admin():
    by_org: dict[str, list[str]] = {}
    for person in PEOPLE:
        if person["organisation"]:
            by_org.setdefault(person["organisation"], []).append(person["org_role"] or "")

    for org_key, roles in by_org.items():
        assert "admin" in roles, org_key


def test_exactly_one_coordinator_and_she_works_for_ekopark():
    coordinators = [person for person in PEOPLE if person.get("is_coordinator")]

    assert len(coordinators) == 1
    assert coordinators[0]["organisation"] == "ekopark"
    assert all("is_coordinator" not in person for person in PEOPLE if person is not coordinators[0])


def test_people_profiles():
    assert sum(person["public_profile"] for person in PEOPLE) >= 20
    for person in PEOPLE:
        assert person["availability"] in {"available", "limited", "unavailable"}, person["key"]
        assert person["competences"] and set(person["competences"]) <= COMPETENCES, person["key"]
        assert person["city"] in TOWNS, person["key"]
        assert person["job_title"].strip(), person["key"]
        assert 1 <= sentence_count(person["bio"]) <= 3, person["key"]


# --- challenges --------------------------------------------------------------------------------


def test_challenges_count_keys_and_titles():
    keys = [challenge["key"] for challenge in CHALLENGES]

    assert len(CHALLENGES) >= 28
    assert len(keys) == len(set(keys))
    assert len({challenge["title"] for challenge in CHALLENGES}) == len(CHALLENGES)


def test_status_mix():
    statuses = Counter(challenge["status"] for challenge in CHALLENGES)

    assert set(statuses) <= {"draft", "open", "in_progress", "solved", "archived"}
    assert statuses["solved"] == 3
    assert statuses["draft"] == 2
    assert statuses["archived"] == 1
    assert statuses["in_progress"] >= 3
    assert statuses["open"] > len(CHALLENGES) / 2


def test_reporters_are_members_and_authors_belong_to_them():
    for challenge in CHALLENGES:
        org = ORGS[challenge["organisation"]]
        author = PERSONS[challenge["author"]]

        assert org["member_since_year"] is not None, challenge["key"]
        assert author["organisation"] == org["key"], challenge["key"]


def test_challenge_content_location_and_competences():
    for challenge in CHALLENGES:
        assert is_polish(challenge["title"]) or is_polish(challenge["description"]), challenge["key"]
        assert 3 <= sentence_count(challenge["description"]) <= 6, challenge["key"]
        assert challenge["city"] in TOWNS, challenge["key"]
        assert in_town(challenge["city"], challenge["lat"], challenge["lon"]), challenge["key"]
        assert five_decimals(challenge["lat"]) and five_decimals(challenge["lon"]), challenge["key"]
        assert 1 <= len(challenge["competences"]) <= 4, challenge["key"]
        assert set(challenge["competences"]) <= COMPETENCES, challenge["key"]


def test_visibility_and_restricted_audiences():
    visibilities = Counter(challenge["visibility"] for challenge in CHALLENGES)

    assert set(visibilities) == {"public", "members", "restricted"}
    assert visibilities["restricted"] >= 2
    for challenge in CHALLENGES:
        if challenge["visibility"] == "restricted":
            assert challenge["visible_to"], challenge["key"]
            assert set(challenge["visible_to"]) <= set(ORGS), challenge["key"]
            assert challenge["organisation"] not in challenge["visible_to"], challenge["key"]
        else:
            assert challenge["visible_to"] == [], challenge["key"]


def test_supports_come_from_other_organisations_that_can_see_the_challenge():
    for challenge in CHALLENGES:
        supporters = [support["organisation"] for support in challenge["supports"]]

        assert len(supporters) <= 4, challenge["key"]
        assert len(supporters) == len(set(supporters)), challenge["key"]
        assert challenge["organisation"] not in supporters, challenge["key"]
        for support in challenge["supports"]:
            assert support["organisation"] in ORGS, challenge["key"]
            assert support["note"].strip(), challenge["key"]
            if challenge["visibility"] == "restricted":
                assert support["organisation"] in challenge["visible_to"], challenge["key"]
            if challenge["visibility"] == "members":
                assert ORGS[support["organisation"]]["member_since_year"] is not None, challenge["key"]
        if challenge["status"] == "draft":
            assert not challenge["supports"], challenge["key"]


def test_proposals_come_from_known_people_acting_for_their_own_organisation():
    for challenge in CHALLENGES:
        assert len(challenge["proposals"]) <= 3, challenge["key"]
        if challenge["status"] == "draft":
            assert not challenge["proposals"], challenge["key"]
        for proposal in challenge["proposals"]:
            person = PERSONS[proposal["by_person"]]
            org_key = proposal["by_organisation"]

            assert person["organisation"] == org_key, (challenge["key"], proposal["by_person"])
            assert org_key != challenge["organisation"], challenge["key"]
            assert proposal["title"].strip(), challenge["key"]
            assert 2 <= sentence_count(proposal["description"]) <= 4, challenge["key"]
            if challenge["visibility"] == "restricted":
                assert org_key in challenge["visible_to"], challenge["key"]
            if challenge["visibility"] == "members":
                assert org_key is not None, challenge["key"]
                assert ORGS[org_key]["member_since_year"] is not None, challenge["key"]


def test_some_challenges_are_deliberately_similar_across_organisations():
    def reporters_sharing(slug: str) -> set[str]:
        return {challenge["organisation"] for challenge in CHALLENGES if slug in challenge["competences"]}

    assert len(reporters_sharing("bezpieczne-uprawy")) >= 3
    assert len(reporters_sharing("pozary-hald")) >= 3
    assert len(reporters_sharing("wymiana-zrodel-ciepla")) >= 2
    assert len(reporters_sharing("szkody-gornicze")) >= 2
