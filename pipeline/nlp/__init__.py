"""spaCy for vanban: ``tokenizer`` (syllables), ``sentences`` (plain-text
boundaries, no spaCy), ``doc`` (shared Doc helpers), ``components`` (the
extractors and the sentence setter, registered by name with what they assign
and require) and ``language`` (``build_nlp``, ``run``).

Nothing is imported here, so that ``sentences`` can be used without loading spaCy.
"""
