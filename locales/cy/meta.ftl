# About this language. Read at build time (build.rs), not shown as page text.
language-name = Cymraeg
language-english-name = Welsh
language-direction = ltr
