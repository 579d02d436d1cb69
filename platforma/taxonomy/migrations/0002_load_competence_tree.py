from django.db import migrations


def load_tree(apps, schema_editor):
    # Imported here, at run time, on purpose: tree.py is the living source of the competence tree, so a fresh
    # database gets the tree as it is today, not a copy frozen into this file. The sync is idempotent
    # (update_or_create by slug), so running it again after tree.py changes only updates labels and order.
    from platforma.taxonomy.services import competence_tree_sync

    competence_tree_sync(model=apps.get_model("taxonomy", "Competence"))


def unload_tree(apps, schema_editor):
    # The table was empty before this migration, so going back empties it. Deepest first: parent is PROTECT.
    Competence = apps.get_model("taxonomy", "Competence")
    depths = sorted(set(Competence.objects.values_list("depth", flat=True)), reverse=True)
    for depth in depths:
        Competence.objects.filter(depth=depth).delete()


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(load_tree, unload_tree)]
