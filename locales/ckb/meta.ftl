# About this language. Read at build time (build.rs), not shown as page text.
language-name = کوردی (سۆرانی)
language-english-name = Kurdish (Sorani)
language-direction = rtl
