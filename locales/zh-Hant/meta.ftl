# About this language. Read at build time (build.rs), not shown as page text.
language-name = 繁體中文
language-english-name = Chinese (Traditional)
language-direction = ltr
