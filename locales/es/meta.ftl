# About this language. Read at build time (build.rs), not shown as page text.
language-name = Español
language-english-name = Spanish
language-direction = ltr
