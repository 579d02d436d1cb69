from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import Http404


def paginate(queryset: QuerySet, *, page_param: str | None, per_page: int = 20) -> Page:
    """A page of results; a missing or malformed number gives the first page, a too-large one a 404.

    `?page=abc` is a typo worth forgiving; `?page=99999` points at nothing, so it is a 404, not a 500.
    """
    paginator = Paginator(queryset, per_page)
    try:
        number = int(page_param) if page_param else 1
    except (TypeError, ValueError):
        number = 1
    if number < 1:
        number = 1
    if number > paginator.num_pages:
        raise Http404
    return paginator.page(number)
