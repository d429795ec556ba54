# About this language. Read at build time (build.rs), not shown as page text.
language-name = Slovenčina
language-english-name = Slovak
language-direction = ltr
