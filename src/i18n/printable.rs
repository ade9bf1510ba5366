//! Text from outside (a bundle's candidate name, its file names, a program's output) made
//! safe to print on a terminal: escape sequences (CSI, OSC, DCS, SOS, PM, APC and two-byte
//! ESC sequences, in their 7-bit and 8-bit forms) are removed whole, and so are the C0 and
//! C1 control characters and the bidirectional overrides that would make a name read
//! differently from what it is. Nothing else changes.

/// `text` on one line: controls removed, tabs and line ends turned into spaces.
pub fn printable(text: &str) -> String {
    strip(text, false)
}

/// `text` keeping its line ends and tabs (a program's output shown on several lines).
pub fn printable_lines(text: &str) -> String {
    strip(text, true)
}

/// Characters that reorder the text around them (Unicode bidi embeddings and isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn strip(text: &str, keep_lines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // A sequence's introducer, 7-bit (ESC then a letter) or 8-bit (a C1 character).
        let introducer = match c {
            '\u{1b}' => match chars.peek() {
                Some(&next) if ('\u{40}'..='\u{5f}').contains(&next) => {
                    chars.next();
                    Some(next)
                }
                Some(&next) if (' '..='/').contains(&next) => {
                    // ESC, intermediates, then one final character (e.g. ESC ( B).
                    while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
                    chars.next();
                    continue;
                }
                Some(&next) if ('0'..='~').contains(&next) => {
                    chars.next();
                    continue;
                }
                _ => continue,
            },
            '\u{80}'..='\u{9f}' => Some(char::from_u32(c as u32 - 0x40).unwrap_or('@')),
            _ => None,
        };
        match introducer {
            // CSI: parameters and intermediates, up to a final byte.
            Some('[') => {
                while chars.next_if(|c| (' '..='?').contains(c)).is_some() {}
                chars.next_if(|c| ('@'..='~').contains(c));
            }
            // OSC, DCS, SOS, PM, APC: a string up to BEL or ST (ESC \ or U+009C).
            Some(']' | 'P' | 'X' | '^' | '_') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' || c == '\u{9c}' {
                        break;
                    }
                    if c == '\u{1b}' {
                        chars.next_if_eq(&'\\');
                        break;
                    }
                }
            }
            // Any other ESC x or C1 character: dropped alone.
            Some(_) => {}
            None if keep_lines && (c == '\n' || c == '\t') => out.push(c),
            None if c == '\n' || c == '\t' || c == '\r' => {
                if !keep_lines {
                    out.push(' ');
                }
            }
            None if c.is_control() || is_bidi_control(c) => {}
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_go_whole() {
        assert_eq!(printable("\x1b]0;pwned\x07Eve\x1b[2J"), "Eve");
        assert_eq!(
            printable("\x1b]8;;http://x\x1b\\lien\x1b]8;;\x1b\\"),
            "lien"
        );
        assert_eq!(printable("\x1b[1;31mrouge\x1b[0m"), "rouge");
        assert_eq!(printable("\x1bPq#0;2;0;0;0\x1b\\ok"), "ok");
        assert_eq!(printable("a\x1b(Bb\x1b7c\x1bcd"), "abcd");
        // 8-bit forms: CSI and OSC as C1 characters.
        assert_eq!(printable("\u{9b}2JEve\u{9d}0;x\u{9c}!"), "Eve!");
    }

    #[test]
    fn controls_and_bidi_overrides_go() {
        assert_eq!(printable("E\u{7}v\u{0}e\u{7f}"), "Eve");
        assert_eq!(printable("abc\u{202E}fdp.exe"), "abcfdp.exe");
        assert_eq!(printable("deux\nlignes\r\tici"), "deux lignes  ici");
        assert_eq!(
            printable_lines("deux\nlignes\r\n\tici\x1b[H"),
            "deux\nlignes\n\tici"
        );
    }

    #[test]
    fn ordinary_text_is_kept() {
        for text in [
            "Camille Martin",
            "Éloïse N'Diaye",
            "王小明",
            "A1/program.py",
            "« 12 % »",
        ] {
            assert_eq!(printable(text), text);
        }
    }

    #[test]
    fn an_unfinished_sequence_eats_only_itself() {
        assert_eq!(printable("Eve\x1b"), "Eve");
        assert_eq!(printable("Eve\x1b[12"), "Eve");
        assert_eq!(printable("Eve\x1b]0;never closed"), "Eve");
    }
}
