# About this language. Read at build time (build.rs), not shown as page text.
language-name = ትግርኛ
language-english-name = Tigrinya
language-direction = ltr
