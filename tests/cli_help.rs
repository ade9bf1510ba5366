//! `atelier --help` and each command's help, in French with `--lang fr` or a French `LANG`,
//! in English otherwise; every command and argument has its French text.

use clap::{Command as Clap, CommandFactory};
use std::process::{Command, Output};

fn atelier(args: &[&str], lang_env: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_atelier"));
    command.args(args).env_remove("LANG").env_remove("LC_ALL");
    if let Some(lang) = lang_env {
        command.env("LANG", lang);
    }
    command.output().expect("the binary runs")
}

fn help(args: &[&str], lang_env: Option<&str>) -> String {
    let out = atelier(args, lang_env);
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn help_is_french_with_lang_fr_or_a_french_lang() {
    for (args, env) in [
        (vec!["--help", "--lang", "fr"], None),
        (vec!["--help"], Some("fr_FR.UTF-8")),
    ] {
        let top = help(&args, env);
        assert!(top.contains("Utilisation\u{a0}: atelier"), "{top}");
        assert!(top.contains("Commandes\u{a0}:"), "{top}");
        assert!(
            top.contains("Créer un espace de travail sans l'ouvrir"),
            "{top}"
        );
        assert!(top.contains("Afficher l'aide"), "{top}");
        for english in [
            "Usage:",
            "Print help",
            "Commands:",
            "possible values",
            "default:",
        ] {
            assert!(!top.contains(english), "{english}: {top}");
        }
    }
    let init = help(&["init", "--help", "--lang", "fr"], None);
    assert!(init.contains("<DOSSIER>"), "{init}");
    assert!(init.contains("réponses de l'exemple corrigé"), "{init}");
    let verify = help(&["verify", "--help"], Some("fr_FR.UTF-8"));
    assert!(verify.contains("Ce n'est pas une signature"), "{verify}");
    assert!(!verify.contains("not a signature"), "{verify}");
    let short = help(&["verify", "-h", "--lang", "fr"], None);
    assert!(short.contains("plus de détails avec --help"), "{short}");
}

#[test]
fn help_is_english_otherwise() {
    for (args, env) in [
        (vec!["--help", "--lang", "en"], Some("fr_FR.UTF-8")),
        (vec!["--help"], None),
        (vec!["--help"], Some("C.UTF-8")),
    ] {
        let top = help(&args, env);
        assert!(top.contains("Usage: atelier"), "{top}");
        assert!(
            top.contains("Create a workspace without opening it"),
            "{top}"
        );
        assert!(top.contains("Print help"), "{top}");
    }
    let init = help(&["init", "--help"], None);
    assert!(init.contains("<DIR>"), "{init}");
}

/// Every command's description and every argument's help differ from clap's English.
#[test]
fn every_command_and_argument_has_its_french_help() {
    let mut english = atelier::cli::Cli::command();
    english.build();
    let french =
        atelier::i18n::cli_help::localize(atelier::cli::Cli::command(), atelier::i18n::Lang::Fr);
    fn walk(en: &Clap, fr: &Clap, path: &str, missing: &mut Vec<String>) {
        if en.get_about().is_some()
            && en.get_about().map(|a| a.to_string()) == fr.get_about().map(|a| a.to_string())
        {
            missing.push(format!("about of {path:?}"));
        }
        for arg in en.get_arguments() {
            let id = arg.get_id();
            let other = fr.get_arguments().find(|a| a.get_id() == id).unwrap();
            let (a, b) = (
                arg.get_help().map(|h| h.to_string()),
                other.get_help().map(|h| h.to_string()),
            );
            if b.is_none() || a == b {
                missing.push(format!("{path:?} --{id}"));
            }
        }
        for sub in en.get_subcommands() {
            let other = fr.find_subcommand(sub.get_name()).unwrap();
            walk(sub, other, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&english, &french, "atelier", &mut missing);
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn help_of_a_command_is_french_with_lang_fr_after_it() {
    for args in [
        vec!["help", "init", "--lang", "fr"],
        vec!["help", "init", "--lang=fr"],
        vec!["--lang", "fr", "help", "init"],
    ] {
        let text = help(&args, None);
        assert!(
            text.contains("Utilisation\u{a0}: atelier init"),
            "{args:?}: {text}"
        );
        assert!(!text.contains("Usage:"), "{args:?}: {text}");
    }
    // In English the same way.
    let text = help(&["help", "init", "--lang", "en"], None);
    assert!(text.contains("Usage: atelier init"), "{text}");
}
