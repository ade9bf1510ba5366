//! The runner's words, in French and English: `atelier sandbox`'s report of the layers this
//! machine offers.

use crate::i18n::Lang;

/// `atelier sandbox`: the layers this machine offers, and a verdict.
pub fn sandbox_probe(lang: Lang, probe: &crate::runner::sandbox::Probe) -> String {
    let fr = lang == Lang::Fr;
    let colon = lang.colon();
    let landlock = match (probe.landlock_abi, fr) {
        (0, true) => "absent".to_string(),
        (0, false) => "missing".to_string(),
        (abi, true) => format!(
            "ABI {abi} (fichiers{}{})",
            if abi >= 4 { ", TCP" } else { "" },
            if abi >= 6 {
                ", signaux et sockets abstraites"
            } else {
                ""
            }
        ),
        (abi, false) => format!(
            "ABI {abi} (files{}{})",
            if abi >= 4 { ", TCP" } else { "" },
            if abi >= 6 {
                ", signals and abstract sockets"
            } else {
                ""
            }
        ),
    };
    let (present, missing) = if fr {
        ("disponible", "absent")
    } else {
        ("available", "missing")
    };
    let namespaces = match (probe.namespaces, fr) {
        (true, true) => "utilisateur, PID, réseau, IPC, montage",
        (true, false) => "user, PID, network, IPC, mount",
        (false, true) => "indisponibles",
        (false, false) => "unavailable",
    };
    let mut lacking = Vec::new();
    if probe.landlock_abi < 6 {
        lacking.push("Landlock (ABI 6+)");
    }
    if !probe.seccomp {
        lacking.push("seccomp");
    }
    if !probe.namespaces {
        lacking.push(if fr { "espaces de noms" } else { "namespaces" });
    }
    let verdict = match (lacking.is_empty(), fr) {
        (true, true) => "Toutes les protections sont en place : le code des candidats s'exécute derrière les murs du noyau.".to_string(),
        (true, false) => "Every layer is in place: candidate code runs behind the kernel's walls.".to_string(),
        (false, true) => format!(
            "Il manque : {}. Le code des candidats s'exécutera avec une protection partielle ; `atelier review` ne lance pas les tests cachés sans --allow-weak-sandbox.",
            lacking.join(", ")
        ),
        (false, false) => format!(
            "Missing: {}. Candidate code will run with partial protection; `atelier review` does not run hidden tests without --allow-weak-sandbox.",
            lacking.join(", ")
        ),
    };
    let (kernel, ns_label) = if fr {
        ("Noyau", "Espaces de noms")
    } else {
        ("Kernel", "Namespaces")
    };
    format!(
        "{kernel}{colon}{}\nLandlock{colon}{landlock}\nseccomp{colon}{}\n{ns_label}{colon}{namespaces}\n{verdict}",
        probe.kernel,
        if probe.seccomp { present } else { missing },
    )
}
