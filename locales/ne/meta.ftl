# About this language. Read at build time (build.rs), not shown as page text.
language-name = नेपाली
language-english-name = Nepali
language-direction = ltr
