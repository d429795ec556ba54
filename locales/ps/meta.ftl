# About this language. Read at build time (build.rs), not shown as page text.
language-name = پښتو
language-english-name = Pashto
language-direction = rtl
