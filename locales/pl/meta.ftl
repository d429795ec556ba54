# About this language. Read at build time (build.rs), not shown as page text.
language-name = Polski
language-direction = ltr
