"""The cv domain's directives: each parses and validates, then hands records on."""
