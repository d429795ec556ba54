# About this language. Read at build time (build.rs), not shown as page text.
language-name = Magyar
language-english-name = Hungarian
language-direction = ltr
