"""Post transforms that fill the placeholders, one module per view.

They run at priority 5, before Sphinx's ReferencesResolver (10), so the links they
create are resolved like any other. Post transforms run in the main process at
write time, after every document has been read, so each view is computed from all
the records as they are now.
"""
