"""Information flow: news, events, B2B meetings, comments, follows, notifications and digests.

One home, five Django apps, layered (import-linter checks it):

    b2b                      one-to-one meetings at an event (the b2match model)
    events | news | comments events with registration; news with review; threaded comments
    notifications            notify(), the notification centre, preferences, follows, digests, activity
    targets                  the registry through which all of them see objects of the apps above

The community apps sit below the domain apps (challenges, initiatives, …), so they never import them: a
domain app registers its models in `targets` and calls `notifications.services.notify(...)` explicitly.
"""
