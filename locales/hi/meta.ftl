# About this language. Read at build time (build.rs), not shown as page text.
language-name = हिन्दी
language-english-name = Hindi
language-direction = ltr
