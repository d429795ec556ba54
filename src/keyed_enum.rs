//! Enums whose variants are each declared once, on one line beside their text (a key,
//! a Fluent message id), so a new variant cannot be missing from `ALL` or a lookup.

/// Declares the enum, `ALL` (every variant, in the order written) and, when the
/// variants carry text, a reader for it (`fn key;`) and optionally a second reader for
/// the same text after a prefix (`fn message = "contact-" + key;`, a Fluent message id
/// made from a key).
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$variant_meta:meta])* $variant:ident => $text:literal, )* }
        $(#[$text_meta:meta])*
        fn $text_fn:ident;
        $(#[$prefixed_meta:meta])*
        fn $prefixed_fn:ident = $prefix:literal + $prefixed_text_fn:ident;
    ) => {
        $crate::keyed_enum::keyed_enum! {
            $(#[$meta])*
            pub enum $name { $( $(#[$variant_meta])* $variant => $text, )* }
            $(#[$text_meta])*
            fn $text_fn;
        }

        impl $name {
            $(#[$prefixed_meta])*
            pub fn $prefixed_fn(self) -> &'static str {
                match self { $( $name::$variant => concat!($prefix, $text), )* }
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$variant_meta:meta])* $variant:ident => $text:literal, )* }
        $(#[$text_meta:meta])*
        fn $text_fn:ident;
    ) => {
        $crate::keyed_enum::keyed_enum! {
            $(#[$meta])*
            pub enum $name { $( $(#[$variant_meta])* $variant, )* }
        }

        impl $name {
            $(#[$text_meta])*
            pub fn $text_fn(self) -> &'static str {
                match self { $( $name::$variant => $text, )* }
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$variant_meta:meta])* $variant:ident, )* }
    ) => {
        $(#[$meta])*
        pub enum $name { $( $(#[$variant_meta])* $variant, )* }

        impl $name {
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];
        }
    };
}

pub(crate) use keyed_enum;
