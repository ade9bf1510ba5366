//! The worker process (`atelier __python-worker`): reads one request (`marshal` bytes) on
//! stdin, embeds
//! CPython and runs `bootstrap.py`, which reports on a private copy of stdout.
//!
//! CPython is initialised here by hand (`PyConfig`), because pyo3's own initialisation
//! imports `site` (most of CPython's start-up cost) and leaves Python's signal handlers out:
//! the config is isolated (no `PYTHON*` variables, no user site, no script directory on the
//! path), `site_import = 0`, `install_signal_handlers = 1` (Ctrl-C becomes
//! `KeyboardInterrupt` as in `python3`), no `.pyc` files written. The bootstrap catches
//! `SystemExit` itself, so nothing here prints an exception that could exit the process.

use crate::runner::sandbox::{self, Layers, Policy};
use pyo3::prelude::*;
use pyo3::types::PyModule;
use std::ffi::CString;
use std::io::Read;

const BOOTSTRAP: &str = include_str!("bootstrap.py");
/// `BOOTSTRAP` compiled by build.rs (empty when it could not be), and for which Python.
const BOOTSTRAP_BYTECODE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bootstrap.marshal"));
const BOOTSTRAP_PYTHON: &str = env!("ATELIER_BOOTSTRAP_PYTHON");
/// `sys.base_prefix` of the interpreter pyo3 was built against (see build.rs).
const PYTHON_HOME: &str = env!("ATELIER_PYTHON_HOME");
/// Its `stdlib`, `platstdlib` and `LIBDIR`: all the sandboxed worker may read of Python.
const PYTHON_DIRS: [&str; 3] = [
    env!("ATELIER_PYTHON_STDLIB"),
    env!("ATELIER_PYTHON_PLATSTDLIB"),
    env!("ATELIER_PYTHON_LIBDIR"),
];

/// Runs the worker behind the sandbox's `layers`; returns the process exit code.
pub fn main(layers: Layers) -> i32 {
    // When each phase ended (CLOCK_MONOTONIC), reported with the last message (benches).
    let mut clock = vec![monotonic_ns()];
    let mut request = Vec::new();
    if std::io::stdin().read_to_end(&mut request).is_err() {
        eprintln!("atelier worker: cannot read the request");
        return 70;
    }
    let channel = match isolate_descriptors() {
        Ok(fd) => fd,
        Err(e) => {
            eprintln!("atelier worker: {e}");
            return 71;
        }
    };
    // The walls go up before CPython starts: no Python code, and no byte of the candidate's,
    // ever runs outside them. The standard library stays readable for lazy imports.
    let scratch = std::env::current_dir().unwrap_or_default();
    let dirs: Vec<std::path::PathBuf> = PYTHON_DIRS.iter().map(Into::into).collect();
    clock.push(monotonic_ns());
    let report = sandbox::enter(&Policy::for_python(&dirs, scratch), layers);
    send_sandbox_report(channel, &report);
    clock.push(monotonic_ns());
    if let Err(e) = initialise_python() {
        eprintln!("atelier worker: {e}");
        return 72;
    }
    clock.push(monotonic_ns());
    let result = Python::attach(|py| -> PyResult<()> {
        let module = match precompiled_bootstrap(py) {
            Some(module) => module,
            None => {
                let code = CString::new(BOOTSTRAP).map_err(|e| {
                    pyo3::exceptions::PyValueError::new_err(format!(
                        "bootstrap has a NUL byte: {e}"
                    ))
                })?;
                PyModule::from_code(py, &code, c"<atelier>", c"atelier_worker")?
            }
        };
        let request = pyo3::types::PyBytes::new(py, &request);
        module.getattr("main")?.call1((request, channel, clock))?;
        Ok(())
    });
    let code = match result {
        Ok(()) => 0,
        Err(e) => {
            // Only the worker's own code gets here (candidate errors are caught inside
            // the bootstrap); print without `PyErr::print`, which would obey a SystemExit.
            eprintln!("atelier worker: {e}");
            73
        }
    };
    // Leave at once: no interpreter finalisation, so candidate `atexit` handlers and
    // `__del__` methods cannot run after the report.
    // SAFETY: _exit ends the process; nothing in Rust is left to run.
    unsafe { libc::_exit(code) }
}

/// `CLOCK_MONOTONIC` in nanoseconds (the clock of `time.monotonic_ns` and of the parent).
pub fn monotonic_ns() -> i64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the struct we own.
    unsafe {
        libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut now);
    }
    now.tv_sec * 1_000_000_000 + now.tv_nsec
}

/// Tells the parent which walls are up, as the first report on the channel.
fn send_sandbox_report(channel: i32, report: &sandbox::SandboxReport) {
    let message = serde_json::json!({
        "t": "sandbox",
        "complete": report.complete(),
        "text": report.to_string(),
    });
    let payload = crate::runner::marshal::encode(&message);
    let mut frame = (payload.len() as u32).to_le_bytes().to_vec();
    frame.extend_from_slice(&payload);
    let mut written = 0;
    while written < frame.len() {
        // SAFETY: writes from a buffer we own to a descriptor this process owns.
        let n = unsafe {
            libc::write(
                channel,
                frame[written..].as_ptr().cast(),
                frame.len() - written,
            )
        };
        if n <= 0 {
            return;
        }
        written += n as usize;
    }
}

/// The bootstrap from the bytecode build.rs made, when it was made for this Python.
fn precompiled_bootstrap(py: Python<'_>) -> Option<Bound<'_, PyModule>> {
    use pyo3::ffi;
    let version = py.version_info();
    if BOOTSTRAP_BYTECODE.is_empty()
        || BOOTSTRAP_PYTHON != format!("{}.{}", version.major, version.minor)
    {
        return None;
    }
    // SAFETY: the bytes are a marshalled code object written by this very Python version
    // (checked above); every returned pointer is checked before use and owned once.
    unsafe {
        let code = ffi::PyMarshal_ReadObjectFromString(
            BOOTSTRAP_BYTECODE.as_ptr().cast(),
            BOOTSTRAP_BYTECODE.len() as ffi::Py_ssize_t,
        );
        if code.is_null() {
            ffi::PyErr_Clear();
            return None;
        }
        let module =
            ffi::PyImport_ExecCodeModuleEx(c"atelier_worker".as_ptr(), code, c"<atelier>".as_ptr());
        ffi::Py_DecRef(code);
        if module.is_null() {
            ffi::PyErr_Clear();
            return None;
        }
        Bound::from_owned_ptr(py, module)
            .cast_into::<PyModule>()
            .ok()
    }
}

/// stdin becomes /dev/null (the candidate's code reads no input but the test's), the
/// report channel is a private duplicate of stdout, and fd 1 then points at stderr, so
/// output written at the C level cannot mix with reports.
fn isolate_descriptors() -> Result<i32, String> {
    // SAFETY: plain descriptor calls on descriptors this process owns.
    unsafe {
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY);
        if null < 0 || libc::dup2(null, 0) < 0 {
            return Err("cannot open /dev/null".into());
        }
        libc::close(null);
        let channel = libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 10);
        if channel < 0 || libc::dup2(2, 1) < 0 {
            return Err("cannot set up the report channel".into());
        }
        Ok(channel)
    }
}

fn initialise_python() -> Result<(), String> {
    use pyo3::ffi;
    // SAFETY: the documented PyConfig sequence (init, set, initialise, clear), called once,
    // before any other Python API, on the only thread of this process.
    unsafe {
        // UTF-8 mode, whatever the (scrubbed) locale: `open()` reads UTF-8 files.
        let mut preconfig = std::mem::MaybeUninit::<ffi::PyPreConfig>::zeroed();
        ffi::PyPreConfig_InitIsolatedConfig(preconfig.as_mut_ptr());
        let mut preconfig = preconfig.assume_init();
        preconfig.utf8_mode = 1;
        let status = ffi::Py_PreInitialize(&preconfig);
        if ffi::PyStatus_Exception(status) != 0 {
            return Err("cannot pre-initialise Python in UTF-8 mode".into());
        }
        let mut config = std::mem::MaybeUninit::<ffi::PyConfig>::zeroed();
        ffi::PyConfig_InitIsolatedConfig(config.as_mut_ptr());
        let mut config = config.assume_init();
        config.site_import = 0;
        config.install_signal_handlers = 1;
        config.write_bytecode = 0;
        if !PYTHON_HOME.is_empty() && std::path::Path::new(PYTHON_HOME).is_dir() {
            let home = CString::new(PYTHON_HOME).map_err(|e| e.to_string())?;
            let home_field = std::ptr::addr_of_mut!(config.home);
            let status = ffi::PyConfig_SetBytesString(&mut config, home_field, home.as_ptr());
            if ffi::PyStatus_Exception(status) != 0 {
                ffi::PyConfig_Clear(&mut config);
                return Err("cannot set Python's home".into());
            }
        }
        let status = ffi::Py_InitializeFromConfig(&config);
        ffi::PyConfig_Clear(&mut config);
        if ffi::PyStatus_Exception(status) != 0 {
            return Err(format!(
                "cannot start Python (looked for its library in {PYTHON_HOME:?})"
            ));
        }
    }
    Ok(())
}
