# About this language. Read at build time (build.rs), not shown as page text.
language-name = دری
language-english-name = Dari
language-direction = rtl
