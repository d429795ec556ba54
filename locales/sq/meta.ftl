# About this language. Read at build time (build.rs), not shown as page text.
language-name = Shqip
language-english-name = Albanian
language-direction = ltr
