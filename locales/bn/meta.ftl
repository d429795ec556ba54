# About this language. Read at build time (build.rs), not shown as page text.
language-name = বাংলা
language-english-name = Bengali
language-direction = ltr
