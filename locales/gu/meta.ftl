# About this language. Read at build time (build.rs), not shown as page text.
language-name = ગુજરાતી
language-english-name = Gujarati
language-direction = ltr
