# About this language. Read at build time (build.rs), not shown as page text.
language-name = Български
language-english-name = Bulgarian
language-direction = ltr
