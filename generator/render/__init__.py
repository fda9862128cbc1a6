"""Render: the linked site → every output file (``site.render_site``).

The package is split so that importing the Markdown renderer (the link stage
needs it) does not import Jinja: the build imports the template side while the
articles load.
"""
