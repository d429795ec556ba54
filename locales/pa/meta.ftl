# About this language. Read at build time (build.rs), not shown as page text.
language-name = ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)
language-english-name = Panjabi (Gurmukhi)
language-direction = ltr
