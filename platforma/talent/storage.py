"""Where CVs live: the private storage of `platforma.core.storage`, under random names.

The storage and the field are imported here because the first talent migration refers to them by this path.
"""

from typing import Any

from platforma.core.storage import PrivateFileField, private_storage, random_name

__all__ = ["PrivateFileField", "cv_upload_to", "private_storage"]


def cv_upload_to(instance: Any, filename: str) -> str:
    """A random name: neither the applicant's name nor a sequential id can be guessed from it."""
    return random_name("cv", filename, suffix=".pdf")
