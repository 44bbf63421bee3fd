//! How the page looks: the `theme` and `accent` parameters a vendor sets for its embed.

use crate::finding::Problem;

/// Light, dark, or whatever the browser prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light, whatever the browser prefers.
    Light,
    /// Dark, whatever the browser prefers.
    Dark,
    /// The browser's preference: the default.
    #[default]
    Auto,
}

impl Theme {
    /// The `theme=` values, as findings list them.
    pub const NAMES: &'static [&'static str] = &["light", "dark", "auto"];

    /// The theme named exactly `raw`, or [`Problem::NotOneOf`].
    pub fn parse(raw: &str) -> Result<Theme, Vec<Problem>> {
        match raw {
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            "auto" => Ok(Theme::Auto),
            _ => Err(vec![Problem::NotOneOf { value: raw.to_owned(), allowed: Theme::NAMES }]),
        }
    }

    /// The page's `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// A vendor's brand colour, `#RRGGBB`. Invariant: six hex digits after `#`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    rgb: [u8; 3],
}

impl Accent {
    /// A `#RRGGBB` colour, or the problem with its shape.
    pub fn parse(raw: &str) -> Result<Accent, Vec<Problem>> {
        let shape = || vec![Problem::AccentShape { value: raw.to_owned() }];
        let hex =
            raw.strip_prefix('#').filter(|hex| hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()));
        let hex = hex.ok_or_else(shape)?;
        let channel = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).map_err(|_| shape());
        Ok(Accent { rgb: [channel(0)?, channel(2)?, channel(4)?] })
    }

    /// `#rrggbb`, for CSS.
    pub fn css(self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// Black or white, whichever contrasts more with the accent: for any colour the better of
    /// the two reaches at least 4.58:1, so text on the accent always meets WCAG AA (4.5:1).
    pub fn text_css(self) -> &'static str {
        if self.contrast_with(0.0) >= self.contrast_with(1.0) {
            "#000000"
        } else {
            "#ffffff"
        }
    }

    /// The accent as the focus ring's colour, when it reaches 3:1 (WCAG 1.4.11) against both the
    /// light and the dark page background; a very light or very dark accent would hide focus on
    /// one of them.
    pub fn focus_css(self) -> Option<String> {
        const LIGHT_PAGE: f64 = 0.93;
        const DARK_PAGE: f64 = 0.01;
        (self.contrast_with(LIGHT_PAGE) >= 3.0 && self.contrast_with(DARK_PAGE) >= 3.0).then(|| self.css())
    }

    /// WCAG contrast ratio against a grey of relative luminance `other`.
    pub fn contrast_with(self, other: f64) -> f64 {
        let own = self.luminance();
        let (light, dark) = if own > other { (own, other) } else { (other, own) };
        (light + 0.05) / (dark + 0.05)
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.rgb;
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accents_are_six_hex_digits() {
        assert_eq!(Accent::parse("#1A73E8").map(Accent::css), Ok("#1a73e8".to_owned()));
        for bad in ["1a73e8", "#1a73e", "#1a73e8ff", "#zzzzzz", "red", "#ÿÿÿ"] {
            assert!(Accent::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Accent::parse("#ffff00").map(Accent::text_css), Ok("#000000"));
        assert_eq!(Accent::parse("#1a237e").map(Accent::text_css), Ok("#ffffff"));
        assert!(Accent::parse("#ffffff").is_ok_and(|accent| accent.focus_css().is_none()));
        assert_eq!(Accent::parse("#d9480f").map(Accent::focus_css), Ok(Some("#d9480f".to_owned())));
    }

    proptest! {
        /// Whatever the vendor's colour, the text on it meets WCAG AA.
        #[test]
        fn text_on_any_accent_meets_wcag_aa(r: u8, g: u8, b: u8) {
            let accent = Accent { rgb: [r, g, b] };
            let text_luminance = if accent.text_css() == "#000000" { 0.0 } else { 1.0 };
            prop_assert!(accent.contrast_with(text_luminance) >= 4.5);
        }
    }
}
