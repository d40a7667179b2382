"""Tactful: hiring and interview preparation for customer-support specialists."""

__version__ = "0.1.0"
