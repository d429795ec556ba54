# About this language. Read at build time (build.rs), not shown as page text.
language-name = Italiano
language-english-name = Italian
language-direction = ltr
