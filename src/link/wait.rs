//! How long until the patient should hear: `6w`, `10d`, `3m`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait {
    pub amount: u16,
    pub unit: WaitUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitUnit {
    Days,
    Weeks,
    Months,
}

impl Wait {
    /// `6w`, `10d`, `3m`: 1 to 365 of a unit.
    pub fn parse(text: &str) -> Option<Self> {
        let unit = match text.chars().last()? {
            'd' => WaitUnit::Days,
            'w' => WaitUnit::Weeks,
            'm' => WaitUnit::Months,
            _ => return None,
        };
        let digits = &text[..text.len() - 1];
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let amount: u16 = digits.parse().ok()?;
        (1..=365).contains(&amount).then_some(Self { amount, unit })
    }
}

impl std::fmt::Display for Wait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            WaitUnit::Days => 'd',
            WaitUnit::Weeks => 'w',
            WaitUnit::Months => 'm',
        };
        write!(f, "{}{unit}", self.amount)
    }
}
