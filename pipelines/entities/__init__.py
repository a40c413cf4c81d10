"""Rule- and lexicon-based entity extraction (LOC ORG PERSON POLICY PROGRAM GROUP).

No model and no Dagster: one Aho-Corasick pass over the text finds lexicon names, a few
regular expressions find the open classes (organisation suffixes, people, 《》 titles).
"""
from . import gazetteer
from .extract import extract_entities, metadata_entities
from .gazetteer import resolve_place

__all__ = ["extract_entities", "gazetteer", "metadata_entities", "resolve_place"]
