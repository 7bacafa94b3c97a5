"""reader: Ukrainian articles, their translations and a teacher's glossary -> study pages."""

__version__ = "0.1.0"
