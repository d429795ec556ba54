# About this language. Read at build time (build.rs), not shown as page text.
# language-name: the language's own name, as the language picker lists it.
# language-english-name: its name in English, beside it on the languages page.
# language-direction: ltr or rtl.
# Which words qualified translators have checked is in each language's reviews.json
# (`./run translations`), never here.

language-name = English
language-english-name = English
language-direction = ltr
