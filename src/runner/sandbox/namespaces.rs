//! The parent's side of the sandbox: the worker started by one `clone` that enters the
//! namespaces, set up between clone and exec.

use super::*;
use std::ffi::CString;
use std::fmt;
use std::io::{self, Read};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::Path;

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

/// A map line (`inside outside 1\n`) prepared before the clone: the child must not allocate.
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

/// What to start: `program` with `args` (the first is `argv[0]`), in `dir`, under
/// `limits` (`setrlimit` resource, value), behind `layers`' namespaces, with `input` on its
/// stdin.
pub struct SpawnSpec<'a> {
    pub program: &'a Path,
    pub args: &'a [&'a str],
    pub dir: &'a Path,
    pub input: &'a [u8],
    pub limits: &'a [(libc::__rlimit_resource_t, u64)],
    pub layers: Layers,
}

/// A process started by [`spawn`]: the parent's ends of its standard streams, which
/// namespaces it entered. Reap it with `waitpid` (nothing else does).
pub struct Spawned {
    pub pid: libc::pid_t,
    /// The input still to write (then close), when it did not fit in the pipe beforehand.
    pub stdin: Option<std::fs::File>,
    pub stdout: std::fs::File,
    pub stderr: std::fs::File,
    pub namespaces: NamespaceReport,
}

/// Everything the child needs, prepared before the clone: the child only makes
/// async-signal-safe calls on it and allocates nothing.
struct ChildPlan {
    program: CString,
    argv: Vec<*const libc::c_char>,
    envp: [*const libc::c_char; 2],
    dir: CString,
    limits: Vec<(libc::__rlimit_resource_t, u64)>,
    /// The child's ends: stdin, stdout, stderr (moved onto 0, 1, 2).
    stdio: [libc::c_int; 3],
    /// Close-on-exec: the namespace report byte, then `errno` if exec failed.
    status: libc::c_int,
    user: bool,
    pid: bool,
    mount: bool,
    uid_map: MapLine,
    gid_map: MapLine,
}

const LANG: &std::ffi::CStr = c"LANG=C.UTF-8";

/// Starts `spec.program` as a new process, the way `Command::spawn` would (its own process
/// group, piped stdin/stdout/stderr, a scrubbed environment with only `LANG=C.UTF-8`, the
/// limits set, `PR_SET_PDEATHSIG = SIGKILL`, the signal mask cleared), but created by one
/// `clone` that also enters the namespaces when `spec.layers.namespaces`: a user namespace
/// (so it works unprivileged), a PID namespace (the process is its init: when it ends the
/// kernel kills every process left inside, `setsid` or not), an empty network namespace,
/// IPC, UTS and a private mount namespace with a fresh `/proc` of the new PID namespace.
/// The process is atelier's own child and PID 1 of its namespace: no supervisor in
/// between, so its end reaches the parent at once. Namespaces the kernel refuses are left
/// out and reported, never a reason to fail.
pub fn spawn(spec: &SpawnSpec) -> io::Result<Spawned> {
    use std::os::unix::ffi::OsStrExt;
    let cstring = |bytes: &[u8]| {
        CString::new(bytes).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "NUL byte"))
    };
    let args = spec
        .args
        .iter()
        .map(|a| cstring(a.as_bytes()))
        .collect::<io::Result<Vec<_>>>()?;
    let mut argv: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    // (read end, write end): the child reads its stdin and writes the two others.
    let (child_in, parent_in) = pipe()?;
    let (parent_out, child_out) = pipe()?;
    let (parent_err, child_err) = pipe()?;
    let (status_read, status_write) = pipe()?;
    // The input goes into the pipe before the process exists when the pipe can hold it
    // (grown up to 1 MiB if need be), so the process never waits for the parent to be
    // scheduled again: it finds its input, then end-of-file.
    let parent_in = if prewrite(&parent_in, spec.input) {
        None
    } else {
        Some(parent_in)
    };
    // SAFETY: getuid/getgid cannot fail.
    let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
    // Inside the namespace the worker is not root (so exec drops the capabilities it holds
    // in the namespace): its own uid, or `nobody` when the parent is root.
    let inside = |id: u32| if id == 0 { 65534 } else { id };
    let mut plan = ChildPlan {
        program: cstring(spec.program.as_os_str().as_bytes())?,
        argv,
        envp: [LANG.as_ptr(), std::ptr::null()],
        dir: cstring(spec.dir.as_os_str().as_bytes())?,
        limits: spec.limits.to_vec(),
        stdio: [
            child_in.as_raw_fd(),
            child_out.as_raw_fd(),
            child_err.as_raw_fd(),
        ],
        status: status_write.as_raw_fd(),
        user: false,
        pid: false,
        mount: false,
        uid_map: MapLine::new(inside(uid), uid),
        gid_map: MapLine::new(inside(gid), gid),
    };
    let rest = libc::CLONE_NEWPID
        | libc::CLONE_NEWNET
        | libc::CLONE_NEWIPC
        | libc::CLONE_NEWNS
        | libc::CLONE_NEWUTS;
    let attempts: &[libc::c_int] = if spec.layers.namespaces {
        // Unprivileged first; without user namespaces (privileged); without any.
        &[libc::CLONE_NEWUSER | rest, rest, 0]
    } else {
        &[0]
    };
    // The child's stack (it only runs `child_main`, which makes plain syscalls).
    let mut stack = vec![0u8; 256 * 1024];
    let top = (stack.as_mut_ptr() as usize + stack.len()) & !15;
    let mut pid = -1;
    let mut flags = 0;
    for &attempt in attempts {
        flags = attempt;
        plan.user = attempt & libc::CLONE_NEWUSER != 0;
        plan.pid = attempt & libc::CLONE_NEWPID != 0;
        plan.mount = attempt & libc::CLONE_NEWNS != 0;
        // SAFETY: without CLONE_VM the child runs on a copy of this address space, on its
        // own stack; `child_main` only makes async-signal-safe calls on the plan prepared
        // above and ends in execve or _exit, never returning into Rust code.
        pid = unsafe {
            libc::clone(
                child_main,
                top as *mut libc::c_void,
                attempt | libc::SIGCHLD,
                (&mut plan as *mut ChildPlan).cast(),
            )
        };
        if pid >= 0 {
            break;
        }
    }
    if pid < 0 {
        return Err(io::Error::last_os_error());
    }
    drop((child_in, child_out, child_err, status_write));
    // The report byte, then end-of-file at exec (close-on-exec), or an errno if it failed.
    let mut status = std::fs::File::from(status_read);
    let mut buf = [0u8; 5];
    let mut got = 0;
    while got < buf.len() {
        match status.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    if got == buf.len() {
        let errno = i32::from_le_bytes([buf[1], buf[2], buf[3], buf[4]]);
        reap(pid);
        return Err(io::Error::from_raw_os_error(errno));
    }
    let mut bits = if got >= 1 && buf[0] & NS_REPORTED != 0 {
        buf[0]
    } else {
        0
    };
    if flags & libc::CLONE_NEWUSER != 0 {
        bits |= NS_USER;
    }
    if flags & rest == rest {
        bits |= NS_PID | NS_NET | NS_IPC | NS_MOUNT;
    }
    Ok(Spawned {
        pid,
        stdin: parent_in.map(std::fs::File::from),
        stdout: std::fs::File::from(parent_out),
        stderr: std::fs::File::from(parent_err),
        namespaces: NamespaceReport::from_bits(spec.layers.namespaces, bits),
    })
}

/// Waits for `pid` to end (retrying on EINTR); its raw wait status, or -1.
pub fn reap(pid: libc::pid_t) -> libc::c_int {
    let mut status: libc::c_int = 0;
    loop {
        // SAFETY: waitpid writes only into the status we own.
        let rc = unsafe { libc::waitpid(pid, &mut status, 0) };
        if rc == pid {
            return status;
        }
        if rc < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
            return -1;
        }
    }
}

/// Writes all of `input` into the empty pipe `fd` if it fits without blocking.
fn prewrite(fd: &OwnedFd, input: &[u8]) -> bool {
    const MOST: usize = 1024 * 1024;
    if input.len() > MOST {
        return false;
    }
    // SAFETY: fcntl on a pipe this function borrows; write from a slice we borrow.
    unsafe {
        let capacity = libc::fcntl(fd.as_raw_fd(), libc::F_GETPIPE_SZ);
        if capacity < 0
            || (input.len() > capacity as usize
                && libc::fcntl(
                    fd.as_raw_fd(),
                    libc::F_SETPIPE_SZ,
                    input.len() as libc::c_int,
                ) < input.len() as libc::c_int)
        {
            return false;
        }
        let written = libc::write(fd.as_raw_fd(), input.as_ptr().cast(), input.len());
        written == input.len() as isize
    }
}

fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 writes two descriptors into the array we own.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just created and are owned here only.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// The child, between clone and exec: only async-signal-safe calls on the prepared plan.
extern "C" fn child_main(arg: *mut libc::c_void) -> libc::c_int {
    // SAFETY: `arg` is the parent's plan, copied with the address space and alive until
    // exec; every call below is a plain syscall wrapper.
    unsafe {
        let plan = &*(arg as *const ChildPlan);
        // The report byte is written once; a failure adds the errno after it (5 bytes).
        let fail = |report: Option<u8>| -> ! {
            let errno = (*libc::__errno_location()).to_le_bytes();
            if let Some(bits) = report {
                libc::write(plan.status, (&bits as *const u8).cast(), 1);
            }
            libc::write(plan.status, errno.as_ptr().cast(), errno.len());
            libc::_exit(127)
        };
        let mut bits: u8 = NS_REPORTED;
        if plan.user {
            let ok = write_file_raw(c"/proc/self/setgroups", b"deny")
                && write_file_raw(
                    c"/proc/self/uid_map",
                    &plan.uid_map.bytes[..plan.uid_map.len],
                )
                && write_file_raw(
                    c"/proc/self/gid_map",
                    &plan.gid_map.bytes[..plan.gid_map.len],
                );
            if ok {
                bits |= NS_UID_MAP;
            }
        }
        if plan.mount {
            // Nothing mounted here propagates back to the parent's namespace.
            let private = libc::mount(
                std::ptr::null(),
                c"/".as_ptr(),
                std::ptr::null(),
                libc::MS_REC | libc::MS_PRIVATE,
                std::ptr::null(),
            ) == 0;
            // This process is in the new PID namespace (created by its clone): the /proc
            // mounted here shows that namespace only.
            if private && plan.pid {
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
        for &(resource, value) in &plan.limits {
            let limit = libc::rlimit {
                rlim_cur: value as libc::rlim_t,
                rlim_max: value as libc::rlim_t,
            };
            libc::setrlimit(resource, &limit);
        }
        libc::prctl(
            libc::PR_SET_PDEATHSIG,
            libc::SIGKILL as libc::c_ulong,
            0,
            0,
            0,
        );
        // What `Command` does too: a clear signal mask, SIGPIPE back to its default.
        let mut none: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut none);
        libc::sigprocmask(libc::SIG_SETMASK, &none, std::ptr::null_mut());
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        if libc::setpgid(0, 0) != 0 || libc::chdir(plan.dir.as_ptr()) != 0 {
            fail(Some(bits));
        }
        for (target, &fd) in plan.stdio.iter().enumerate() {
            let target = target as libc::c_int;
            // dup2 onto another number clears close-on-exec; on itself it does nothing.
            let moved = if fd == target {
                libc::fcntl(fd, libc::F_SETFD, 0)
            } else {
                libc::dup2(fd, target)
            };
            if moved < 0 {
                fail(Some(bits));
            }
        }
        libc::write(plan.status, (&bits as *const u8).cast(), 1);
        libc::execve(
            plan.program.as_ptr(),
            plan.argv.as_ptr(),
            plan.envp.as_ptr(),
        );
        fail(None)
    }
}
