# About this language. Read at build time (build.rs), not shown as page text.
language-name = Türkçe
language-english-name = Turkish
language-direction = ltr
