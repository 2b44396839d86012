"""Bodies (agencies, offices, officials by title).

- ``tokens``: the tokens mentions are read in;
- ``grammar``: where a body mention starts and ends (head word + modifiers +
  place, plural generic groups), read at any token;
- ``names``: every mention of a text (``find_bodies``), a name's light clean-up,
  its canonical registry name, kind and level;
- ``links``: a document's assignees, issuer and recipients tied to those names.
"""
