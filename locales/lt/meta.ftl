# About this language. Read at build time (build.rs), not shown as page text.
language-name = Lietuvių
language-english-name = Lithuanian
language-direction = ltr
