//! The runner's sandbox: the kernel's walls around the process that runs a candidate's
//! Python, in layers that each hold when another is missing.
//!
//! - **Namespaces** ([`spawn`], the worker created by one `clone` that enters them, set up
//!   between clone and exec): a new user namespace (so it works unprivileged), PID
//!   namespace (the worker is its init: when it ends, the kernel kills every process left
//!   inside, `setsid` or not), an empty network namespace, IPC and UTS namespaces, a
//!   private mount namespace with a fresh `/proc` that shows only the sandbox. Also the
//!   limits (`setrlimit`) and `PR_SET_PDEATHSIG = SIGKILL`.
//! - **`no_new_privs`, Landlock, seccomp** ([`enter`], in the worker itself, after exec,
//!   while it is still single-threaded and before any untrusted code): read-only access to
//!   the policy's paths, read-write to the scratch folder, nothing else of the file system;
//!   no TCP bind/connect (Landlock ABI 4+); no signals or abstract Unix sockets out of the
//!   sandbox (ABI 6+); then a seccomp filter denying (with `EPERM`, so Python raises
//!   `PermissionError`) exec, process creation other than threads, tracing, namespaces,
//!   mounts, non-Unix sockets and the other kernel surfaces listed in [`DENIED`].
//!
//! Every layer is best-effort: what the kernel lacks is skipped and reported
//! ([`NamespaceReport`], [`SandboxReport`], [`probe`]), never a reason to fail the run;
//! the caller decides whether a partial sandbox is acceptable.

mod landlock_layer;
mod namespaces;
mod seccomp_layer;

use landlock_layer::apply_landlock;
pub use namespaces::{reap, spawn, NamespaceReport, SpawnSpec, Spawned};
use seccomp_layer::apply_seccomp;
pub use seccomp_layer::DENIED;

use landlock::ABI;
use std::fmt;
use std::path::PathBuf;

/// The newest Landlock ABI this module was written and tested against. Best-effort
/// compatibility degrades to what the running kernel offers.
const LANDLOCK_ABI: ABI = ABI::V7;

/// What the sandboxed process may touch on the file system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// Readable (files and directory trees), never writable nor executable: the Python
    /// standard library, libpython's directory, the shared libraries extension modules load.
    pub read_only: Vec<PathBuf>,
    /// The run's scratch folder: readable and writable (never executable).
    pub read_write: PathBuf,
}

impl Policy {
    /// The policy for an embedded CPython: `python_dirs` (its `stdlib`, `platstdlib` and
    /// `LIBDIR`, as `sysconfig` names them), the system's library folders (for the
    /// dependencies of extension modules: libffi for ctypes, libssl, libz...) and the
    /// dynamic loader's cache. Paths that do not exist are left out.
    pub fn for_python(python_dirs: &[PathBuf], scratch: PathBuf) -> Policy {
        let mut read_only: Vec<PathBuf> = Vec::new();
        let system = [
            "/lib",
            "/lib64",
            "/usr/lib",
            "/usr/lib64",
            "/usr/local/lib",
            "/etc/ld.so.cache",
        ];
        for path in python_dirs
            .iter()
            .cloned()
            .chain(system.iter().map(PathBuf::from))
        {
            if !path.as_os_str().is_empty() && path.exists() && !read_only.contains(&path) {
                read_only.push(path);
            }
        }
        Policy {
            read_only,
            read_write: scratch,
        }
    }
}

/// Which layers to apply. Everything by default; switching one off exists for tests that
/// prove each layer holds alone, and for a diagnostics command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub namespaces: bool,
    pub landlock: bool,
    pub seccomp: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers::ALL
    }
}

impl Layers {
    pub const ALL: Layers = Layers {
        namespaces: true,
        landlock: true,
        seccomp: true,
    };
    pub const NONE: Layers = Layers {
        namespaces: false,
        landlock: false,
        seccomp: false,
    };

    /// A short form for a worker's argv: some of `n`, `l`, `s` (or `-` for none).
    pub fn to_arg(self) -> String {
        let mut s = String::new();
        if self.namespaces {
            s.push('n');
        }
        if self.landlock {
            s.push('l');
        }
        if self.seccomp {
            s.push('s');
        }
        if s.is_empty() {
            s.push('-');
        }
        s
    }

    pub fn from_arg(arg: &str) -> Layers {
        Layers {
            namespaces: arg.contains('n'),
            landlock: arg.contains('l'),
            seccomp: arg.contains('s'),
        }
    }
}

/// What [`enter`] applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxReport {
    pub no_new_privs: bool,
    pub landlock: LandlockReport,
    pub seccomp: Result<(), String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LandlockReport {
    /// Not requested (`Layers::landlock` off).
    pub requested: bool,
    /// The ABI in effect (0: no Landlock).
    pub abi: i32,
    /// `full`, `partial`, `none`, or an error.
    pub enforcement: String,
    /// File-system rules (ABI 1+).
    pub fs: bool,
    /// TCP bind/connect denied (ABI 4+).
    pub tcp: bool,
    /// Signals and abstract Unix sockets scoped to the sandbox (ABI 6+).
    pub scopes: bool,
    /// Policy paths that could not be opened (left out of the rules).
    pub skipped: Vec<PathBuf>,
}

impl SandboxReport {
    /// Every in-process layer is in place at full strength.
    pub fn complete(&self) -> bool {
        self.no_new_privs
            && self.seccomp.is_ok()
            && self.landlock.fs
            && self.landlock.tcp
            && self.landlock.scopes
    }
}

impl fmt::Display for SandboxReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = &self.landlock;
        if l.requested {
            write!(
                f,
                "landlock: abi {} {} (fs {}, tcp {}, scopes {})",
                l.abi,
                l.enforcement,
                on_off(l.fs),
                on_off(l.tcp),
                on_off(l.scopes)
            )?;
        } else {
            write!(f, "landlock: off")?;
        }
        write!(f, "; no_new_privs: {}", on_off(self.no_new_privs))?;
        match &self.seccomp {
            Ok(()) => write!(f, "; seccomp: on"),
            Err(why) => write!(f, "; seccomp: {why}"),
        }
    }
}

fn on_off(yes: bool) -> &'static str {
    if yes {
        "on"
    } else {
        "off"
    }
}

/// Locks the calling process in: `no_new_privs`, not dumpable, then Landlock on `policy`,
/// then the seccomp filter. Call in the worker, while it is still single-threaded (Landlock
/// restricts the calling thread and its future children), before any untrusted code runs.
/// CPython may be initialised before or after: the policy keeps its library readable.
pub fn enter(policy: &Policy, layers: Layers) -> SandboxReport {
    // SAFETY: prctl with plain integer arguments.
    let no_new_privs =
        unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1 as libc::c_ulong, 0, 0, 0) == 0 };
    // Not dumpable: no core, and other processes of the same user cannot ptrace it or read
    // its /proc entries.
    // SAFETY: as above.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0 as libc::c_ulong, 0, 0, 0);
    }
    let landlock = if layers.landlock {
        apply_landlock(policy)
    } else {
        LandlockReport {
            requested: false,
            abi: 0,
            enforcement: "off".into(),
            fs: false,
            tcp: false,
            scopes: false,
            skipped: Vec::new(),
        }
    };
    let seccomp = if layers.seccomp {
        apply_seccomp()
    } else {
        Err("off".into())
    };
    SandboxReport {
        no_new_privs,
        landlock,
        seccomp,
    }
}

/// The Landlock ABI of the running kernel (0 when Landlock is missing or disabled).
pub fn landlock_abi() -> i32 {
    // SAFETY: LANDLOCK_CREATE_RULESET_VERSION with a null attribute only queries.
    let v = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<libc::c_void>(),
            0usize,
            1u32, // LANDLOCK_CREATE_RULESET_VERSION
        )
    };
    if v < 0 {
        0
    } else {
        v as i32
    }
}

/// The layers the running kernel offers, tested without sandboxing this process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    pub kernel: String,
    pub landlock_abi: i32,
    pub seccomp: bool,
    /// Unprivileged-style namespaces: user + pid + net + ipc + mount in one `unshare`.
    pub namespaces: bool,
}

impl Probe {
    /// Every layer at the strength this module asks for (Landlock ABI 6 for scopes).
    pub fn complete(&self) -> bool {
        self.landlock_abi >= 6 && self.seccomp && self.namespaces
    }
}

impl fmt::Display for Probe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "kernel      {}", self.kernel)?;
        let ll = match self.landlock_abi {
            0 => "missing".to_string(),
            abi => format!(
                "ABI {abi} (fs{}{})",
                if abi >= 4 { ", tcp" } else { "" },
                if abi >= 6 { ", scopes" } else { "" }
            ),
        };
        writeln!(f, "landlock    {ll}")?;
        writeln!(
            f,
            "seccomp     {}",
            if self.seccomp { "filter" } else { "missing" }
        )?;
        write!(
            f,
            "namespaces  {}",
            if self.namespaces {
                "user, pid, net, ipc, mount"
            } else {
                "missing"
            }
        )
    }
}

pub fn probe() -> Probe {
    // SAFETY: uname fills the struct we own.
    let kernel = unsafe {
        let mut uts: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut uts) == 0 {
            std::ffi::CStr::from_ptr(uts.release.as_ptr())
                .to_string_lossy()
                .into_owned()
        } else {
            "unknown".into()
        }
    };
    // SAFETY: PR_GET_SECCOMP only queries; EINVAL means no seccomp in the kernel.
    let seccomp = unsafe { libc::prctl(libc::PR_GET_SECCOMP, 0, 0, 0, 0) } >= 0;
    // A throwaway child tries the unshare; it only calls unshare and _exit.
    // SAFETY: fork; the child makes async-signal-safe calls only.
    let namespaces = unsafe {
        let pid = libc::fork();
        if pid == 0 {
            let flags = libc::CLONE_NEWUSER
                | libc::CLONE_NEWPID
                | libc::CLONE_NEWNET
                | libc::CLONE_NEWIPC
                | libc::CLONE_NEWNS;
            libc::_exit(if libc::unshare(flags) == 0 { 0 } else { 1 });
        }
        let mut status = 0;
        pid > 0
            && libc::waitpid(pid, &mut status, 0) == pid
            && libc::WIFEXITED(status)
            && libc::WEXITSTATUS(status) == 0
    };
    Probe {
        kernel,
        landlock_abi: landlock_abi(),
        seccomp,
        namespaces,
    }
}
