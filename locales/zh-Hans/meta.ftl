# About this language. Read at build time (build.rs), not shown as page text.
language-name = 简体中文
language-english-name = Chinese (Simplified)
language-direction = ltr
