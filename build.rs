//! Build script: the A1 runner embeds CPython (pyo3). pyo3 finds the interpreter (`python3`
//! on PATH, or `PYO3_PYTHON`); this script makes the binary find `libpython` at run time
//! without `LD_LIBRARY_PATH` (an rpath to its directory) and records the interpreter's
//! `sys.base_prefix`, so the embedded interpreter finds its standard library even when the
//! binary is run from elsewhere.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    pyo3_build_config::add_libpython_rpath_link_args();
    let config = pyo3_build_config::get();
    let home = config
        .executable()
        .and_then(|python| {
            Command::new(python)
                .args(["-I", "-S", "-c", "import sys; print(sys.base_prefix)"])
                .output()
                .ok()
        })
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .unwrap_or_default();
    println!("cargo:rustc-env=ATELIER_PYTHON_HOME={home}");
    if let Some(executable) = config.executable() {
        println!("cargo:rustc-env=ATELIER_PYTHON_EXECUTABLE={executable}");
    }
}
