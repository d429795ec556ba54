# About this language. Read at build time (build.rs), not shown as page text.
language-name = Română
language-english-name = Romanian
language-direction = ltr
