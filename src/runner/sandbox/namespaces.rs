//! The parent's side of the sandbox: the namespaces, set up between fork and exec.

use super::*;
use std::fmt;
use std::io::{self, Read};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::Command;

const NS_USER: u8 = 1;
const NS_PID: u8 = 2;
const NS_NET: u8 = 4;
const NS_IPC: u8 = 8;
const NS_MOUNT: u8 = 16;
const NS_UID_MAP: u8 = 32;
const NS_PROC: u8 = 64;
/// Set by the child once it reaches the end of the setup (so a zero byte means "none").
const NS_REPORTED: u8 = 128;

/// Which namespaces the worker ended up in (read from the child after spawn).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NamespaceReport {
    pub requested: bool,
    pub user: bool,
    pub uid_map: bool,
    pub pid: bool,
    pub net: bool,
    pub ipc: bool,
    pub mount: bool,
    /// A fresh `/proc` of the new PID namespace is mounted over `/proc`.
    pub fresh_proc: bool,
}

impl NamespaceReport {
    fn from_bits(requested: bool, bits: u8) -> NamespaceReport {
        NamespaceReport {
            requested,
            user: bits & NS_USER != 0,
            uid_map: bits & NS_UID_MAP != 0,
            pid: bits & NS_PID != 0,
            net: bits & NS_NET != 0,
            ipc: bits & NS_IPC != 0,
            mount: bits & NS_MOUNT != 0,
            fresh_proc: bits & NS_PROC != 0,
        }
    }

    /// Every namespace the sandbox relies on is in place.
    pub fn complete(&self) -> bool {
        self.pid && self.net && self.ipc && self.mount && self.fresh_proc
    }
}

impl fmt::Display for NamespaceReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.requested {
            return write!(f, "namespaces: off");
        }
        let mut on = Vec::new();
        for (yes, name) in [
            (self.user, "user"),
            (self.pid, "pid"),
            (self.net, "net"),
            (self.ipc, "ipc"),
            (self.mount, "mount"),
            (self.fresh_proc, "fresh /proc"),
        ] {
            if yes {
                on.push(name);
            }
        }
        if on.is_empty() {
            write!(f, "namespaces: none available")
        } else {
            write!(f, "namespaces: {}", on.join(", "))
        }
    }
}

/// Handed back by [`prepare_command`]: after `spawn`, [`NamespaceProbe::report`] says
/// which namespaces the child entered.
pub struct NamespaceProbe {
    requested: bool,
    read: Option<OwnedFd>,
    write: Option<OwnedFd>,
}

impl NamespaceProbe {
    /// Call after `Command::spawn` (successful or not); blocks until the child has written
    /// its report or exec'd / died (the write end is close-on-exec).
    pub fn report(mut self) -> NamespaceReport {
        // Our copy of the write end must go, or the read below never sees end-of-file.
        drop(self.write.take());
        let mut bits = 0u8;
        if let Some(fd) = self.read.take() {
            let mut file = std::fs::File::from(fd);
            let mut buf = [0u8; 1];
            if let Ok(1) = file.read(&mut buf) {
                bits = buf[0];
            }
        }
        if bits & NS_REPORTED == 0 {
            bits = 0;
        }
        NamespaceReport::from_bits(self.requested, bits)
    }
}

/// A map line (`inside outside 1\n`) prepared before fork: the child must not allocate.
struct MapLine {
    bytes: [u8; 48],
    len: usize,
}

impl MapLine {
    fn new(inside: u32, outside: u32) -> MapLine {
        let text = format!("{inside} {outside} 1\n");
        let mut bytes = [0u8; 48];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        MapLine {
            bytes,
            len: text.len(),
        }
    }
}

/// Writes `data` to the file at `path` (async-signal-safe: open, write, close).
fn write_file_raw(path: &std::ffi::CStr, data: &[u8]) -> bool {
    // SAFETY: plain syscalls on a NUL-terminated path and a buffer we own.
    unsafe {
        let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
        if fd < 0 {
            return false;
        }
        let n = libc::write(fd, data.as_ptr().cast(), data.len());
        libc::close(fd);
        n == data.len() as isize
    }
}

/// Sets up `command` so that the child, between fork and exec, enters new namespaces (if
/// `layers.namespaces`), gets `RLIMIT_CORE = 0` and `PR_SET_PDEATHSIG = SIGKILL`. The
/// environment is scrubbed (only `LANG=C.UTF-8` is left) and stdin should be set by the
/// caller (null or a pipe).
///
/// With a PID namespace the process `spawn` returns is a small supervisor (the first
/// child): it forks the worker, which is PID 1 of the new namespace, waits for it and exits
/// with its status (or dies of its signal). Killing the supervisor kills the worker
/// (`PDEATHSIG`), and the worker's end kills everything in the namespace.
pub fn prepare_command(command: &mut Command, layers: Layers) -> io::Result<NamespaceProbe> {
    command.env_clear().env("LANG", "C.UTF-8");
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 writes two descriptors into the array we own.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just created and are owned here only.
    let (read, write) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    let status_fd = fds[1];

    // SAFETY: getuid/getgid cannot fail.
    let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
    // Inside the namespace the worker is not root (so exec drops the capabilities it holds
    // in the namespace): its own uid, or `nobody` when the parent is root.
    let inside_uid = if uid == 0 { 65534 } else { uid };
    let inside_gid = if gid == 0 { 65534 } else { gid };
    let uid_map = MapLine::new(inside_uid, uid);
    let gid_map = MapLine::new(inside_gid, gid);
    let want_ns = layers.namespaces;

    let hook = move || -> io::Result<()> {
        let mut bits: u8 = NS_REPORTED;
        // SAFETY: only async-signal-safe calls on data prepared before fork; nothing here
        // allocates.
        unsafe {
            let core = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            libc::setrlimit(libc::RLIMIT_CORE, &core);
            libc::prctl(
                libc::PR_SET_PDEATHSIG,
                libc::SIGKILL as libc::c_ulong,
                0,
                0,
                0,
            );

            if want_ns {
                let rest = libc::CLONE_NEWPID
                    | libc::CLONE_NEWNET
                    | libc::CLONE_NEWIPC
                    | libc::CLONE_NEWNS
                    | libc::CLONE_NEWUTS;
                if libc::unshare(libc::CLONE_NEWUSER | rest) == 0 {
                    bits |= NS_USER | NS_PID | NS_NET | NS_IPC | NS_MOUNT;
                } else if libc::unshare(rest) == 0 {
                    // Privileged, without user namespaces.
                    bits |= NS_PID | NS_NET | NS_IPC | NS_MOUNT;
                }
                if bits & NS_USER != 0 {
                    let ok = write_file_raw(c"/proc/self/setgroups", b"deny")
                        && write_file_raw(c"/proc/self/uid_map", &uid_map.bytes[..uid_map.len])
                        && write_file_raw(c"/proc/self/gid_map", &gid_map.bytes[..gid_map.len]);
                    if ok {
                        bits |= NS_UID_MAP;
                    }
                }
                if bits & NS_PID != 0 {
                    // Only children enter the new PID namespace: fork once, the worker is
                    // its PID 1; this process stays as a supervisor that mirrors its end.
                    let pid = libc::fork();
                    if pid < 0 {
                        bits &= !NS_PID;
                    } else if pid > 0 {
                        supervise(pid);
                    } else {
                        // The worker: dies with its supervisor.
                        libc::prctl(
                            libc::PR_SET_PDEATHSIG,
                            libc::SIGKILL as libc::c_ulong,
                            0,
                            0,
                            0,
                        );
                    }
                }
                if bits & NS_MOUNT != 0 {
                    // Nothing mounted here propagates back to the parent's namespace.
                    let private = libc::mount(
                        std::ptr::null(),
                        c"/".as_ptr(),
                        std::ptr::null(),
                        libc::MS_REC | libc::MS_PRIVATE,
                        std::ptr::null(),
                    ) == 0;
                    if private && bits & NS_PID != 0 {
                        let proc_ok = libc::mount(
                            c"proc".as_ptr(),
                            c"/proc".as_ptr(),
                            c"proc".as_ptr(),
                            libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC,
                            std::ptr::null(),
                        ) == 0;
                        if proc_ok {
                            bits |= NS_PROC;
                        }
                    }
                }
            }
            libc::write(status_fd, (&bits as *const u8).cast(), 1);
            libc::close(status_fd);
        }
        Ok(())
    };
    // SAFETY: the hook only makes async-signal-safe calls (see above).
    unsafe {
        command.pre_exec(hook);
    }
    Ok(NamespaceProbe {
        requested: want_ns,
        read: Some(read),
        write: Some(write),
    })
}

/// The supervisor (first child, outside the new PID namespace): closes every descriptor
/// (so the parent's pipes see end-of-file when the worker ends), waits for the worker and
/// ends the same way. Never returns.
unsafe fn supervise(worker: libc::pid_t) -> ! {
    if libc::syscall(libc::SYS_close_range, 0u32, u32::MAX, 0u32) != 0 {
        for fd in 0..1024 {
            libc::close(fd);
        }
    }
    let mut status: libc::c_int = 0;
    loop {
        let rc = libc::waitpid(worker, &mut status, 0);
        if rc == worker {
            break;
        }
        if rc < 0 && *libc::__errno_location() != libc::EINTR {
            libc::_exit(70);
        }
    }
    if libc::WIFEXITED(status) {
        libc::_exit(libc::WEXITSTATUS(status));
    }
    if libc::WIFSIGNALED(status) {
        let signal = libc::WTERMSIG(status);
        let core = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &core);
        libc::signal(signal, libc::SIG_DFL);
        libc::kill(libc::getpid(), signal);
        libc::_exit(128 + signal);
    }
    libc::_exit(70)
}

// ---------------------------------------------------------------------------------------
// Child side: no_new_privs, Landlock, seccomp.
// ---------------------------------------------------------------------------------------
