"""Knowledge base pages, one module per area: articles, review, history, files."""
