//! The plural categories a language has (CLDR, as Fluent itself selects them), for
//! translators' notes and for refusing a variant the language can never use.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// Every CLDR plural category, in CLDR's order.
pub const ALL: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The categories numbers fall into in `code` (`pl` → one, few, many, other). Found by
/// asking the rules about whole numbers and a few fractions, which meets every
/// category the guides' counts (days, weeks) can reach. A language the rules do not
/// know (Dari, `prs`) gets English's, as Fluent gives it.
pub fn categories(code: &str) -> Vec<&'static str> {
    let rules = [code, code.split('-').next().unwrap_or(code), "en"]
        .into_iter()
        .filter_map(|tag| tag.parse::<LanguageIdentifier>().ok())
        .find_map(|langid| PluralRules::create(langid, PluralRuleType::CARDINAL).ok());
    let Some(rules) = rules else { return vec!["one", "other"] };
    let mut found = [false; 6];
    let fractions = ["0.5", "1.5", "2.5", "0.1", "1.1", "2.1"];
    let numbers = (0..=1100u32).map(|n| rules.select(n)).chain(fractions.iter().map(|f| rules.select(*f)));
    for category in numbers.flatten() {
        let index = match category {
            PluralCategory::ZERO => 0,
            PluralCategory::ONE => 1,
            PluralCategory::TWO => 2,
            PluralCategory::FEW => 3,
            PluralCategory::MANY => 4,
            PluralCategory::OTHER => 5,
        };
        found[index] = true;
    }
    ALL.iter().zip(found).filter(|(_, found)| *found).map(|(name, _)| *name).collect()
}

#[cfg(test)]
mod tests {
    use super::categories;

    #[test]
    fn each_language_has_its_cldr_categories() {
        assert_eq!(categories("en-GB"), ["one", "other"]);
        assert_eq!(categories("pl"), ["one", "few", "many", "other"]);
        assert_eq!(categories("cy"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(categories("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(categories("bn"), ["one", "other"]);
        assert_eq!(categories("prs"), ["one", "other"], "as Fluent: English's rules");
    }
}
