//! Build script: the A1 runner embeds CPython (pyo3). pyo3 finds the interpreter (`python3`
//! on PATH, or `PYO3_PYTHON`); this script makes the binary find `libpython` at run time
//! without `LD_LIBRARY_PATH` (an rpath to its directory) and records the interpreter's
//! `sys.base_prefix`, so the embedded interpreter finds its standard library even when the
//! binary is run from elsewhere. It also compiles the worker's `bootstrap.py` to bytecode
//! with that interpreter (saving the worker a few milliseconds at every run); the worker
//! compiles the source instead when the bytecode is missing or of another Python version.

use std::path::PathBuf;
use std::process::Command;

/// Where the interpreter's files are: `sys.base_prefix`, then `sysconfig`'s `stdlib`,
/// `platstdlib` and `LIBDIR`.
const PATHS: &str = "import sys, sysconfig
print(sys.base_prefix)
print(sysconfig.get_path('stdlib'))
print(sysconfig.get_path('platstdlib'))
print(sysconfig.get_config_var('LIBDIR') or '')";

const COMPILE: &str = "import marshal, sys
src = open(sys.argv[1], encoding='utf-8').read()
code = compile(src, '<atelier>', 'exec', dont_inherit=True)
open(sys.argv[2], 'wb').write(marshal.dumps(code))
print('%d.%d' % sys.version_info[:2])";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    pyo3_build_config::add_libpython_rpath_link_args();
    let config = pyo3_build_config::get();
    let home = config
        .executable()
        .and_then(|python| {
            Command::new(python)
                .args(["-I", "-S", "-c", PATHS])
                .output()
                .ok()
        })
        .filter(|out| out.status.success())
        .map(|out| {
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| l.trim().to_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let get = |i: usize| home.get(i).cloned().unwrap_or_default();
    println!("cargo:rustc-env=ATELIER_PYTHON_HOME={}", get(0));
    // The folders the sandboxed worker may read: the standard library and libpython's.
    println!("cargo:rustc-env=ATELIER_PYTHON_STDLIB={}", get(1));
    println!("cargo:rustc-env=ATELIER_PYTHON_PLATSTDLIB={}", get(2));
    println!("cargo:rustc-env=ATELIER_PYTHON_LIBDIR={}", get(3));
    if let Some(executable) = config.executable() {
        println!("cargo:rustc-env=ATELIER_PYTHON_EXECUTABLE={executable}");
    }

    println!("cargo:rerun-if-changed=src/runner/bootstrap.py");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bytecode = out.join("bootstrap.marshal");
    let version = config
        .executable()
        .and_then(|python| {
            Command::new(python)
                .args(["-I", "-S", "-c", COMPILE, "src/runner/bootstrap.py"])
                .arg(&bytecode)
                .output()
                .ok()
        })
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .unwrap_or_default();
    if version.is_empty() {
        // No bytecode: the worker compiles the source.
        std::fs::write(&bytecode, b"").expect("OUT_DIR is writable");
    }
    println!("cargo:rustc-env=ATELIER_BOOTSTRAP_PYTHON={version}");
}
