//! The examiner's errors, in French and English: a bundle under review
//! (`ReviewError::message`) and an examiner file (`ExaminerError::message`).

use crate::exam::examiner::ExaminerError;
use crate::exam::review::ReviewError;
use crate::i18n::Lang;

impl ReviewError {
    pub fn message(&self, lang: Lang) -> String {
        let error = self;
        match (lang, error) {
            (Lang::En, _) => error.to_string(),
            (Lang::Fr, ReviewError::Bundle(error)) => error.message(lang),
            (Lang::Fr, ReviewError::Unreadable(what)) => {
                format!("le paquet ne contient pas de {what} lisible")
            }
            (Lang::Fr, ReviewError::BadCase(message)) => {
                format!("le case.json du paquet n'est pas un cas valide : {message}")
            }
            (Lang::Fr, ReviewError::BadGrades { path, message }) => {
                format!("{path} n'est pas un fichier de notes lisible : {message}")
            }
            (Lang::Fr, ReviewError::Store(error)) => error.message(lang),
            (Lang::Fr, ReviewError::GradesLocked(path)) => format!(
                "{path} est en cours de notation dans une autre revue atelier ; fermez-la d'abord, ou attendez"
            ),
        }
    }
}

impl ExaminerError {
    pub fn message(&self, lang: Lang) -> String {
        let error = self;
        match (lang, error) {
            (Lang::En, _) => error.to_string(),
            (Lang::Fr, ExaminerError::Io { path, message }) => format!("{path} : {message}"),
            (Lang::Fr, ExaminerError::Invalid { path, message }) => {
                // The message is "at $.JSON_PATH: what serde says".
                let (at, what) = message
                    .strip_prefix("at ")
                    .and_then(|rest| rest.split_once(": "))
                    .map_or(("", message.as_str()), |(at, what)| (at, what));
                let what = crate::case::text::serde_sentence(lang, what);
                match at {
                    "" => format!("{path} n'est pas un fichier d'examinateur valide\u{a0}: {what}"),
                    at => format!(
                        "{path} n'est pas un fichier d'examinateur valide, en {at}\u{a0}: {what}"
                    ),
                }
            }
            (
                Lang::Fr,
                ExaminerError::WrongCase {
                    path,
                    found,
                    expected,
                },
            ) => {
                format!(
                    "{path} est le fichier d'examinateur du cas « {found} », pas de « {expected} »"
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invalid_examiner_file_is_said_in_french_with_its_json_path() {
        let error = ExaminerError::Invalid {
            path: "cas.examiner.json".into(),
            message:
                "at $.exercises.A1.tests[0].expected: invalid type: string \"a\", expected u32"
                    .into(),
        };
        let fr = error.message(Lang::Fr);
        assert!(fr.starts_with("cas.examiner.json n'est pas un fichier d'examinateur valide, en $.exercises.A1.tests[0].expected\u{a0}: "), "{fr}");
        assert!(!fr.contains("invalid type"), "{fr}");
        assert!(error.message(Lang::En).contains("invalid type"));
    }
}
