"""The static search index (Pagefind), made from the linked site, not from the pages after.

``documents.py`` turns each searchable page (articles, actor profiles, pages)
into a small HTML document of the words readers search; ``indexer.py`` makes
Pagefind's files from them in memory; ``alongside.py`` makes them in a process
of the build's own while pages render; ``service.py`` drives the Pagefind binary.
"""

from generator.search.alongside import SearchIndex
from generator.search.documents import Document, site_documents
from generator.search.indexer import BUNDLE, Parts, SearchIndexError, make_index, site_index, write_index

__all__ = ["BUNDLE", "Document", "Parts", "SearchIndex", "SearchIndexError", "make_index", "site_documents",
           "site_index", "write_index"]
