//! Boolean candidate search: the query language recruiters know (AND, OR, NOT, "phrases",
//! prefix*, parentheses; adjacent terms mean AND), parsed here so that a mistake gets a message
//! that points at it, then translated into SQLite FTS5 syntax with every term quoted.

use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type, thiserror::Error)]
#[error("{message} (at character {position})")]
pub struct QueryError {
    pub message: String,
    /// 1-based character position of the problem in the query.
    pub position: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    Term { text: String, prefix: bool },
    Phrase(String),
    And(Vec<Query>),
    Or(Vec<Query>),
    Not(Box<Query>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word { text: String, prefix: bool },
    Phrase(String),
    And,
    Or,
    Not,
    Open,
    Close,
}

fn error(message: impl Into<String>, position: usize) -> QueryError {
    QueryError { message: message.into(), position: position as u32 + 1 }
}

fn tokenize(input: &str) -> Result<Vec<(Token, usize)>, QueryError> {
    let chars: Vec<char> = input.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' {
            out.push((Token::Open, i));
            i += 1;
        } else if c == ')' {
            out.push((Token::Close, i));
            i += 1;
        } else if c == '"' || c == '“' || c == '”' {
            let start = i;
            i += 1;
            let mut text = String::new();
            while i < chars.len() && !matches!(chars[i], '"' | '“' | '”') {
                text.push(chars[i]);
                i += 1;
            }
            if i == chars.len() {
                return Err(error("This quote is never closed: add the closing \"", start));
            }
            i += 1;
            if text.trim().is_empty() {
                return Err(error("Empty quotes: put the phrase to search for between them", start));
            }
            out.push((Token::Phrase(text.trim().to_string()), start));
        } else {
            let start = i;
            let mut text = String::new();
            while i < chars.len() && !chars[i].is_whitespace() && !matches!(chars[i], '(' | ')' | '"' | '“' | '”') {
                text.push(chars[i]);
                i += 1;
            }
            let token = match text.as_str() {
                "AND" | "&&" => Token::And,
                "OR" | "||" => Token::Or,
                "NOT" | "-" => Token::Not,
                _ => {
                    let prefix = text.ends_with('*');
                    let word = text.trim_end_matches('*').to_string();
                    if word.contains('*') {
                        return Err(error("* only works at the end of a word (prefix search, e.g. kube*)", start));
                    }
                    if !word.chars().any(char::is_alphanumeric) {
                        return Err(error(format!("“{text}” has no letters or digits to search for"), start));
                    }
                    Token::Word { text: word, prefix }
                }
            };
            out.push((token, start));
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    at: usize,
    len: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at).map(|(t, _)| t)
    }
    fn position(&self) -> usize {
        self.tokens.get(self.at).map_or(self.len, |(_, p)| *p)
    }

    fn or(&mut self) -> Result<Query, QueryError> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some(&Token::Or) {
            self.at += 1;
            if matches!(self.peek(), None | Some(Token::Close | Token::Or | Token::And)) {
                return Err(error("OR needs a term after it", self.position()));
            }
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Query::Or(parts) })
    }

    fn and(&mut self) -> Result<Query, QueryError> {
        let mut parts = vec![self.unary()?];
        loop {
            match self.peek() {
                Some(Token::And) => {
                    self.at += 1;
                    if matches!(self.peek(), None | Some(Token::Close | Token::Or | Token::And)) {
                        return Err(error("AND needs a term after it", self.position()));
                    }
                    parts.push(self.unary()?);
                }
                // Adjacent terms: an implicit AND.
                Some(Token::Word { .. } | Token::Phrase(_) | Token::Not | Token::Open) => parts.push(self.unary()?),
                _ => break,
            }
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Query::And(parts) })
    }

    fn unary(&mut self) -> Result<Query, QueryError> {
        let position = self.position();
        match self.tokens.get(self.at).map(|(t, _)| t.clone()) {
            Some(Token::Not) => {
                self.at += 1;
                if matches!(self.peek(), None | Some(Token::Close | Token::Or | Token::And)) {
                    return Err(error("NOT needs a term after it", self.position()));
                }
                Ok(Query::Not(Box::new(self.unary()?)))
            }
            Some(Token::Open) => {
                self.at += 1;
                if self.peek() == Some(&Token::Close) {
                    return Err(error("Empty parentheses", position));
                }
                let inner = self.or()?;
                if self.peek() != Some(&Token::Close) {
                    return Err(error("This parenthesis is never closed: add )", position));
                }
                self.at += 1;
                Ok(inner)
            }
            Some(Token::Word { text, prefix }) => {
                self.at += 1;
                Ok(Query::Term { text, prefix })
            }
            Some(Token::Phrase(p)) => {
                self.at += 1;
                Ok(Query::Phrase(p))
            }
            Some(Token::Close) => Err(error("This ) has no ( before it", position)),
            Some(Token::And) => Err(error("AND needs a term before it", position)),
            Some(Token::Or) => Err(error("OR needs a term before it", position)),
            None => Err(error("The query ends too early", position)),
        }
    }
}

/// Parses a query; an empty query is `Ok(None)`.
pub fn parse(input: &str) -> Result<Option<Query>, QueryError> {
    let tokens = tokenize(input)?;
    if tokens.is_empty() {
        return Ok(None);
    }
    let mut p = Parser { tokens, at: 0, len: input.chars().count() };
    let q = p.or()?;
    if p.at < p.tokens.len() {
        return Err(error("This ) has no ( before it", p.position()));
    }
    check_positive(&q, 0)?;
    Ok(Some(q))
}

/// FTS5 can only subtract from something: "NOT java" alone cannot be answered.
fn check_positive(q: &Query, position: usize) -> Result<(), QueryError> {
    if let Query::Or(parts) = q {
        if parts.iter().any(|p| matches!(p, Query::Not(_))) {
            return Err(error(
                "NOT cannot stand on its own inside OR: write it after what it excludes, e.g. (go OR rust) NOT java",
                position,
            ));
        }
    }
    let ok = match q {
        Query::Not(_) => false,
        Query::And(parts) => parts.iter().any(|p| !matches!(p, Query::Not(_))),
        _ => true,
    };
    if !ok {
        return Err(error("NOT only excludes: add a term to search for, e.g. go NOT java", position));
    }
    match q {
        Query::And(parts) | Query::Or(parts) => parts.iter().try_for_each(|p| match p {
            Query::Not(inner) => check_positive(inner, position),
            other => check_positive(other, position),
        }),
        Query::Not(inner) => check_positive(inner, position),
        _ => Ok(()),
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// The FTS5 MATCH expression for a parsed query.
pub fn to_fts5(q: &Query) -> String {
    match q {
        Query::Term { text, prefix: true } => format!("{}*", quote(text)),
        Query::Term { text, prefix: false } => quote(text),
        Query::Phrase(p) => quote(p),
        Query::Or(parts) => format!("({})", parts.iter().map(to_fts5).collect::<Vec<_>>().join(" OR ")),
        Query::And(parts) => {
            let positive: Vec<String> = parts.iter().filter(|p| !matches!(p, Query::Not(_))).map(to_fts5).collect();
            let negative: Vec<String> = parts
                .iter()
                .filter_map(|p| match p {
                    Query::Not(inner) => Some(to_fts5(inner)),
                    _ => None,
                })
                .collect();
            let mut out = format!("({})", positive.join(" AND "));
            for n in negative {
                out = format!("({out} NOT {n})");
            }
            out
        }
        Query::Not(inner) => format!("NOT {}", to_fts5(inner)),
    }
}

/// The plain terms of a query (for highlighting and explaining), negations left out.
pub fn positive_terms(q: &Query) -> Vec<String> {
    match q {
        Query::Term { text, .. } | Query::Phrase(text) => vec![text.clone()],
        Query::And(parts) | Query::Or(parts) => parts.iter().flat_map(positive_terms).collect(),
        Query::Not(_) => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fts(q: &str) -> String {
        to_fts5(&parse(q).expect("valid").expect("not empty"))
    }

    fn err(q: &str) -> (String, u32) {
        let e = parse(q).expect_err("invalid");
        (e.message, e.position)
    }

    #[test]
    fn boolean_syntax_translates_with_every_term_quoted() {
        assert_eq!(fts("go kafka"), r#"("go" AND "kafka")"#);
        assert_eq!(fts("go OR rust"), r#"("go" OR "rust")"#);
        assert_eq!(fts("(go OR rust) AND postgres NOT java"), r#"((("go" OR "rust") AND "postgres") NOT "java")"#);
        assert_eq!(fts("\"event sourcing\" kube*"), r#"("event sourcing" AND "kube"*)"#);
        assert_eq!(fts("c++ OR node.js"), r#"("c++" OR "node.js")"#);
        assert_eq!(fts("a OR b c"), r#"("a" OR ("b" AND "c"))"#, "AND binds tighter than OR");
        assert_eq!(parse("   "), Ok(None));
    }

    #[test]
    fn mistakes_point_at_themselves() {
        assert_eq!(err("go AND"), ("AND needs a term after it".into(), 7));
        assert_eq!(err("(go OR rust"), ("This parenthesis is never closed: add )".into(), 1));
        assert_eq!(err("go)"), ("This ) has no ( before it".into(), 3));
        assert_eq!(err("\"event sourcing"), ("This quote is never closed: add the closing \"".into(), 1));
        assert_eq!(err("NOT java").0, "NOT only excludes: add a term to search for, e.g. go NOT java");
        assert_eq!(err("ku*be").1, 1);
        assert_eq!(err("OR go").0, "OR needs a term before it");
        assert_eq!(err("go ()").0, "Empty parentheses");
        assert!(err("go OR NOT java").0.starts_with("NOT cannot stand on its own inside OR"));
    }

    /// Property: any sequence of words, operators and brackets either parses into an FTS5 string
    /// with balanced quotes and parentheses, or fails with a position inside the query.
    #[test]
    fn every_input_parses_or_points_inside() {
        let pieces = ["go", "AND", "OR", "NOT", "(", ")", "\"", "kube*", "c++", "x\"y", "-", "é"];
        let mut seed: u64 = 42;
        for _ in 0..3000 {
            let mut q = String::new();
            for _ in 0..(seed % 7 + 1) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                q.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                q.push(' ');
            }
            match parse(&q) {
                Ok(Some(parsed)) => {
                    let s = to_fts5(&parsed);
                    // Brackets outside quoted terms must balance (inside them they are text).
                    let outside: String = s.split('"').step_by(2).collect();
                    assert_eq!(outside.matches('(').count(), outside.matches(')').count(), "{q} → {s}");
                    assert_eq!(s.matches('"').count() % 2, 0, "{q} → {s}");
                }
                Ok(None) => assert!(q.trim().is_empty()),
                Err(e) => assert!(e.position >= 1 && e.position as usize <= q.chars().count() + 1, "{q}: {e}"),
            }
        }
    }
}
