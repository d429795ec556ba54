# About this language. Read at build time (build.rs), not shown as page text.
language-name = Українська
language-english-name = Ukrainian
language-direction = ltr
