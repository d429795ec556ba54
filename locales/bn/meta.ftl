# About this translation. Read at build time (build.rs), not shown as page text.
language-name = বাংলা
language-direction = ltr
translation-status = draft
