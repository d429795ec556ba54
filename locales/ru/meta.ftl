# About this language. Read at build time (build.rs), not shown as page text.
language-name = Русский
language-english-name = Russian
language-direction = ltr
