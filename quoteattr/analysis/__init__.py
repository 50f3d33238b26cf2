"""Analyzers turn text into paragraphs, sentences and tokens.

Only :mod:`quoteattr.analysis.stanza` imports stanza, and only when used.
"""
from .base import Analysis, Analyzer, Token
from .rules import RulesAnalyzer

__all__ = ["Analysis", "Analyzer", "Token", "RulesAnalyzer"]
