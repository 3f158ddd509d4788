"""The docutils side of the records: the extension's nodes, and pieces built of them.

Directives, views and outputs all speak in these nodes; nothing here knows a
builder.
"""
