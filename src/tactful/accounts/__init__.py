"""Organisations, their members and roles."""
