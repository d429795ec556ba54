# About this language. Read at build time (build.rs), not shown as page text.
language-name = فارسی
language-english-name = Persian (Farsi)
language-direction = rtl
