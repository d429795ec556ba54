# About this language. Read at build time (build.rs), not shown as page text.
language-name = Soomaali
language-english-name = Somali
language-direction = ltr
