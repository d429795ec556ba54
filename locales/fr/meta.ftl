# About this language. Read at build time (build.rs), not shown as page text.
language-name = Français
language-english-name = French
language-direction = ltr
