import config.settings as project_settings


def test_the_project_names_organisations_as_the_judge_of_cluster_membership():
    assert project_settings.PLATFORMA_CLUSTER_MEMBER_CHECK == "platforma.organisations.permissions.is_cluster_member"


def test_our_allauth_templates_take_precedence_over_allauth_s_own():
    apps = project_settings.INSTALLED_APPS
    assert apps.index("platforma.accounts") < apps.index("allauth")
    assert apps.index("platforma.accounts") < apps.index("allauth.account")
