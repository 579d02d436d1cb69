"""What the knowledge base needs to draft a case study from a completed initiative.

A plain structure, so that `initiatives` (above us in the layering) hands its recorded outcome over
without knowledge importing initiatives: `services.case_study_draft_create(source=..., author=...)`.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CaseStudySource:
    initiative_title: str
    goal: str
    # "Fitoklar Sp. z o.o. — lider", "dr Irena Kowalczyk (GUP) — ekspertka": names with roles, as shown.
    partners: list[str] = field(default_factory=list)
    # "EkoPark: 20 osobodni", "Geoanalit: 40 analiz gleby".
    pledged: list[str] = field(default_factory=list)
    results: str = ""
    figures: str = ""
    lessons: str = ""
    challenge_titles: list[str] = field(default_factory=list)
    # The initiative's page, absolute or site-relative ("/przedsiewziecia/7/").
    source_url: str = ""
    competence_ids: list[int] = field(default_factory=list)
    # The organisations credited as authors of the case study (the lead's, usually with the partners').
    organisation_ids: list[int] = field(default_factory=list)
