"""Demo data of the community apps (news, events, B2B meetings, comments, follows), one module an area.

They live in portal, the top layer, because they attach community content to challenges and initiatives.
"""
