from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Koordynatorzy"
# The platform's own apps, plus allauth's e-mail addresses, which coordinators fix for people.
APP_LABELS = {"taxonomy", "accounts", "organisations", "challenges", "contact", "account"}


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate); on a fresh database they do
    # not exist yet here, so create them now for the models this migration can see.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    # Models added by later migrations are added by accounts.services.coordinator_group_sync().
    group.permissions.add(*Permission.objects.filter(content_type__app_label__in=APP_LABELS))


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("account", "0009_emailaddress_unique_primary_email"),
        ("taxonomy", "0002_load_competence_tree"),
        ("organisations", "0001_initial"),
        ("challenges", "0001_initial"),
        ("contact", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
