"""The parts of search that know nothing about the platform's models: full-text backends, BM25 and the mix
with sentence embeddings, snippets, and "did you mean". The app (services.py, selectors.py) and the
evaluation command both run through them, so that what is measured is what the site does."""
