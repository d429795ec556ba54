# About this translation. Read at build time (build.rs), not shown as page text.
# language-name: the language's own name, as the language picker lists it.
# language-direction: ltr or rtl.
# translation-status: "source" for en-GB, "draft" until a qualified translator has
# checked every file, then "reviewed YYYY-MM-DD".

language-name = English
language-direction = ltr
translation-status = source
