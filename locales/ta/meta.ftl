# About this language. Read at build time (build.rs), not shown as page text.
language-name = தமிழ்
language-english-name = Tamil
language-direction = ltr
