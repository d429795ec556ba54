# About this language. Read at build time (build.rs), not shown as page text.
language-name = Tiếng Việt
language-english-name = Vietnamese
language-direction = ltr
