# About this language. Read at build time (build.rs), not shown as page text.
language-name = Português (Portugal)
language-english-name = Portuguese (Portugal)
language-direction = ltr
