# About this language. Read at build time (build.rs), not shown as page text.
language-name = اردو
language-english-name = Urdu
language-direction = rtl
