"""Content warnings: passage classifier, severity, evidence, archive warnings and rating."""
