"""Bodies (agencies, offices, officials by title): ``grammar`` finds and names
body mentions (head word + modifiers + place) and gives each its canonical
registry name; ``links`` ties a document's assignments, issuer and recipients to
those names."""
