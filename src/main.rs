//! Entry point: parse the command line, run the command, turn errors into one sentence and
//! the contract's exit codes (0 ok, 1 error, 2 usage, 3 bundle failing verification).

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match atelier::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let args: Vec<String> = std::env::args().collect();
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
