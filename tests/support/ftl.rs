//! Reads the Fluent files of a locale as a syntax tree, for content checks.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// Every message and attribute of a locale, as `id` or `id.attribute` → plain text
/// (placeables flattened: variables become "3", selectors take their default variant).
pub struct LocaleText {
    pub patterns: BTreeMap<String, String>,
    /// The `$variables` each pattern uses.
    pub variables: BTreeMap<String, BTreeSet<String>>,
    /// Message ids, in file order.
    pub messages: Vec<String>,
    /// The keys of `patterns` (`id`, `id.attribute`), in file order.
    pub ordered_keys: Vec<String>,
    terms: BTreeMap<String, String>,
}

pub fn ftl_files(locale: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    collect(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale), &mut files);
    files.sort();
    files
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "ftl") && !path.ends_with("meta.ftl") {
            // meta.ftl describes the locale for build.rs; it is not page text.
            files.push(path);
        }
    }
}

/// Parses every file of the locale; panics naming the file and error on bad syntax.
pub fn load(locale: &str) -> LocaleText {
    let mut text = LocaleText {
        patterns: BTreeMap::new(),
        variables: BTreeMap::new(),
        messages: Vec::new(),
        ordered_keys: Vec::new(),
        terms: BTreeMap::new(),
    };
    let sources: Vec<(PathBuf, String)> =
        ftl_files(locale).into_iter().map(|path| { let s = fs::read_to_string(&path).unwrap(); (path, s) }).collect();
    let resources: Vec<_> = sources
        .iter()
        .map(|(path, source)| {
            parser::parse(source.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: Fluent syntax errors: {errors:?}", path.display()))
        })
        .collect();
    // Terms first, so messages can inline them.
    for resource in &resources {
        for entry in &resource.body {
            if let Entry::Term(term) = entry {
                let value = flatten(&term.value, &text.terms);
                text.terms.insert(term.id.name.to_string(), value);
            }
        }
    }
    for resource in &resources {
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                let id = message.id.name.to_string();
                assert!(!text.messages.contains(&id), "message {id} is defined twice in {locale}");
                let mut patterns: Vec<(String, &Pattern<&str>)> = Vec::new();
                if let Some(value) = &message.value {
                    patterns.push((id.clone(), value));
                }
                for attribute in &message.attributes {
                    patterns.push((format!("{id}.{}", attribute.id.name), &attribute.value));
                }
                for (key, pattern) in patterns {
                    text.ordered_keys.push(key.clone());
                    text.patterns.insert(key.clone(), flatten(pattern, &text.terms));
                    let mut facts = PatternFacts::default();
                    facts.visit(pattern);
                    text.variables.insert(key, facts.variables);
                }
                text.messages.push(id);
            }
        }
    }
    text
}

fn flatten(pattern: &Pattern<&str>, terms: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => out.push_str(&flatten_expression(expression, terms)),
        }
    }
    out
}

fn flatten_expression(expression: &Expression<&str>, terms: &BTreeMap<String, String>) -> String {
    match expression {
        Expression::Select { variants, .. } => {
            let default = variants.iter().find(|variant| variant.default).expect("a default variant");
            flatten(&default.value, terms)
        }
        Expression::Inline(inline) => match inline {
            InlineExpression::StringLiteral { value } => value.to_string(),
            InlineExpression::NumberLiteral { value } => value.to_string(),
            InlineExpression::TermReference { id, .. } => terms.get(id.name).cloned().unwrap_or_default(),
            InlineExpression::Placeable { expression } => flatten_expression(expression, terms),
            _ => "3".to_string(),
        },
    }
}

/// The variables found by walking a pattern. (Each selector's one default variant
/// needs no check here: the Fluent parser refuses a selector without one.)
#[derive(Default)]
struct PatternFacts {
    variables: BTreeSet<String>,
}

impl PatternFacts {
    fn visit(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.visit_expression(expression);
            }
        }
    }

    fn visit_expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Select { selector, variants } => {
                self.visit_inline(selector);
                for variant in variants {
                    self.visit(&variant.value);
                }
            }
            Expression::Inline(inline) => self.visit_inline(inline),
        }
    }

    fn visit_inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => self.visit_expression(expression),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    self.visit_inline(argument);
                }
            }
            _ => {}
        }
    }
}
