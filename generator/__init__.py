"""Build static news-explainer sites: articles, actor profiles, a dated timeline.

The package reads as the data flow of a build: ``config`` and ``load`` read the
site folder into the ``model``, ``link`` resolves cross-references, ``render``
turns the model into output files in memory and ``write`` swaps them into place.
"""

__version__ = "0.1.0"
