# About this language. Read at build time (build.rs), not shown as page text.
language-name = العربية
language-english-name = Arabic
language-direction = rtl
