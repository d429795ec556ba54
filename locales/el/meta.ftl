# About this language. Read at build time (build.rs), not shown as page text.
language-name = Ελληνικά
language-english-name = Greek
language-direction = ltr
