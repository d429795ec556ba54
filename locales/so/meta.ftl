# About this translation. Read at build time (build.rs), not shown as page text.
language-name = Soomaali
language-direction = ltr
translation-status = draft
