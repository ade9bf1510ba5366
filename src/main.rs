//! Entry point: parse the command line, run the command, turn errors into one sentence and
//! the contract's exit codes (0 ok, 1 error, 2 usage, 3 bundle failing verification).

use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args_os: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let args: Vec<String> = args_os
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // `--help` in French with `--lang fr` or a French LANG (i18n::cli_help).
    let help_lang = atelier::i18n::cli_help::help_lang(&args);
    let command = atelier::i18n::cli_help::localize(atelier::cli::Cli::command(), help_lang);
    let parsed = command
        .try_get_matches_from(atelier::i18n::cli_help::without_lang_after_help(args_os))
        .and_then(|matches| atelier::cli::Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            let lang = atelier::i18n::errors::lang_of_args(&args);
            match atelier::i18n::errors::usage(lang, &err) {
                Some(message) => {
                    eprintln!("atelier: {message}");
                    return ExitCode::from(2);
                }
                None => err.exit(),
            }
        }
    };
    let lang = atelier::i18n::Lang::detect(cli.lang.as_deref());
    match atelier::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            // Errors can quote a bundle's names: no terminal control reaches the screen.
            eprintln!("atelier: {}", atelier::i18n::printable(&err.message(lang)));
            ExitCode::from(1)
        }
    }
}
