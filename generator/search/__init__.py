"""The static search index (Pagefind), made from the pages as the build renders them.

``SearchIndexer`` (``indexer.py``) keeps each searchable page the render stage
hands it and returns the index files; ``service.py`` drives the Pagefind
binary. ``write_index`` indexes a folder that is already built (``serve``'s
fast rebuilds).
"""

from generator.search.indexer import BUNDLE, IndexedOutput, SearchIndexer, SearchIndexError, index_folder, write_index

__all__ = ["BUNDLE", "IndexedOutput", "SearchIndexError", "SearchIndexer", "index_folder", "write_index"]
