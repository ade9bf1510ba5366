//! The report-channel bomb through a real worker, by the runner the review uses: a candidate
//! program that writes a ~400-byte marshal frame of nested back-references (2^32 values once
//! unfolded) on atelier's report channel. The run ends as `crashed`, the process is still
//! there to say so, and the memory the whole test process held stayed bounded (a counting
//! allocator over every thread, the channel's reader included).

use atelier::runner::{self, Limits, RunStatus};
use atelier::workbench::code::config::TestCase;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Writes the bomb on every pipe the program holds beyond stdin, stdout and stderr (the
/// report channel is one of them).
const BOMB: &str = r#"
import os

levels = 33
frame = bytearray(b"(" + levels.to_bytes(4, "little"))
frame += bytes([ord(")") | 0x80, 2]) + b"NN"
for k in range(1, levels):
    ref = b"r" + (k - 1).to_bytes(4, "little")
    frame += bytes([ord(")") | 0x80, 2]) + ref + ref
data = len(frame).to_bytes(4, "little") + bytes(frame)
for fd in range(3, 64):
    try:
        if os.fstat(fd).st_mode & 0o170000 == 0o010000:
            os.write(fd, data)
    except OSError:
        pass


def points_fidelite(montant, statut):
    """Points du ticket."""
    return 0
"#;

/// The allocator counts every thread: one measured run at a time.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_test() -> Vec<TestCase> {
    vec![TestCase::Function {
        name: "zéro".into(),
        function: "points_fidelite".into(),
        args: vec![serde_json::json!(0), serde_json::json!("standard")],
        expected: serde_json::json!(0),
        tolerance: 0.0,
    }]
}

#[test]
fn a_back_reference_bomb_on_the_channel_ends_as_crashed_in_bounded_memory() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let (report, _) = runner::run_tests_with_outputs(BOMB, &one_test(), &Limits::default());
    let held = PEAK.load(Ordering::Relaxed) - base;
    eprintln!("the run held {held} bytes at most");
    assert_eq!(report.status, RunStatus::Crashed, "{report:?}");
    assert!(held < 64 * 1024 * 1024, "the run held {held} bytes");
}

/// Announces a 20 MiB report (under the channel's total, over a frame's cap) and sends it.
const BIG_FRAME: &str = r#"
import os

size = 20 * 1024 * 1024
data = size.to_bytes(4, "little") + b"N" * size
for fd in range(3, 64):
    try:
        if os.fstat(fd).st_mode & 0o170000 == 0o010000:
            os.write(fd, data)
    except OSError:
        pass


def points_fidelite(montant, statut):
    """Points du ticket."""
    return 0
"#;

#[test]
fn a_frame_over_the_cap_is_refused_before_it_is_read_and_the_reason_is_kept() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let (report, _) = runner::run_tests_with_outputs(BIG_FRAME, &one_test(), &Limits::default());
    let held = PEAK.load(Ordering::Relaxed) - base;
    eprintln!("the run held {held} bytes at most");
    assert_eq!(report.status, RunStatus::Crashed, "{report:?}");
    // The 20 MiB were never allocated: only the pipe's buffers and the worker's reports.
    assert!(held < 8 * 1024 * 1024, "the run held {held} bytes");
    let error = report.error.expect("the crash says why");
    assert!(
        error.message.contains("over the cap"),
        "the reason is kept: {}",
        error.message
    );
}
