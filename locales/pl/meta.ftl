# About this language. Read at build time (build.rs), not shown as page text.
language-name = Polski
language-english-name = Polish
language-direction = ltr
