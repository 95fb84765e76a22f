//! Text normalisation shared by validation, search keys and duplicate checks.

/// Lowercases and strips common Latin diacritics so that "Émilie Zoë" and "emilie zoe" compare and
/// sort together; whitespace runs collapse to one space.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    for ch in s.chars() {
        if ch.is_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
            continue;
        }
        last_space = false;
        for lower in ch.to_lowercase() {
            match strip_diacritic(lower) {
                Some(base) => out.push_str(base),
                None => out.push(lower),
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn strip_diacritic(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The canonical form of an email address for comparisons: trimmed and lowercased.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Whether `email` looks like a deliverable address: one `@`, a non-empty local part, and a domain
/// with a dot and sensible labels. (Full RFC 5322 accepts far more than any recruiter ever types.)
pub fn is_valid_email(email: &str) -> bool {
    let email = email.trim();
    if email.len() > 254 || email.chars().any(char::is_whitespace) {
        return false;
    }
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    if local.is_empty() || local.len() > 64 || domain.contains('@') {
        return false;
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let tld_ok = labels.last().is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    labels.iter().all(label_ok) && tld_ok
}

/// Whether `phone` is a plausible phone number as typed: digits with optional leading `+`,
/// spaces, dashes, dots, parentheses, and 7 to 15 digits in all (the E.164 maximum).
pub fn is_valid_phone(phone: &str) -> bool {
    let phone = phone.trim();
    let body = phone.strip_prefix('+').unwrap_or(phone);
    if body.is_empty() || body.contains('+') {
        return false;
    }
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')')) {
        return false;
    }
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_strips_case_diacritics_and_extra_spaces() {
        assert_eq!(fold("  Émilie   Zoë "), "emilie zoe", "case, accents and spaces fold");
        assert_eq!(fold("Łukasz Wąsowski"), "lukasz wasowski", "Polish letters fold");
        assert_eq!(fold("Straße"), "strasse", "ß folds to ss");
        assert_eq!(fold("李小龙"), "李小龙", "scripts without case pass through");
    }

    #[test]
    fn emails() {
        for good in ["a@b.co", "ada.lovelace+jobs@example.org", "x@sub.domain.io", "josé@exämple.de"] {
            assert!(is_valid_email(good), "{good} should be accepted");
        }
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "ada@@example.com",
            "a b@c.de",
            "ada@exa_mple.com",
            "ada@example.c",
            ".ada@example.com",
            "ada@-x.com",
        ] {
            assert!(!is_valid_email(bad), "{bad:?} should be rejected");
        }
        assert_eq!(normalize_email(" Ada@Example.COM "), "ada@example.com", "emails normalise");
    }

    #[test]
    fn phones() {
        for good in ["+1 (415) 555-0100", "030 1234567", "+49.30.1234.5678", "4155550100"] {
            assert!(is_valid_phone(good), "{good} should be accepted");
        }
        for bad in ["", "12345", "+1 415 555 0100 ext 2", "phone", "++14155550100", "1234567890123456"] {
            assert!(!is_valid_phone(bad), "{bad:?} should be rejected");
        }
    }
}
