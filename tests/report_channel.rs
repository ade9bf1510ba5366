//! The worker's report channel is untrusted input: hostile marshal frames (nested
//! back-references, lying lengths, deep nesting, copies of a big string) are refused fast,
//! with a reason, and decoding them never allocates more than a bounded amount of memory
//! (measured with a counting allocator).

use atelier::runner::marshal::{self, Budget, MAX_DEPTH, MAX_FRAME};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::Instant;

/// Counts the bytes each thread has allocated and not freed, and their peak.
struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = LIVE.try_with(|live| {
            let now = live.get() + layout.size();
            live.set(now);
            let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
        });
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(layout.size())));
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MIB: usize = 1024 * 1024;

/// Decodes `frame` with `budget`; returns the result and the most memory the decoding held
/// at once beyond what was live before.
fn measured(frame: &[u8], budget: &mut Budget) -> (Result<serde_json::Value, String>, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(base));
    let result = marshal::decode_within(frame, budget);
    let peak = PEAK.with(Cell::get) - base;
    (result, peak)
}

fn u32le(n: u32) -> [u8; 4] {
    n.to_le_bytes()
}

/// The bomb of the issue: a tuple of `levels` tuples, each holding two back-references to
/// the one before, so that level k unfolds into 2^k values.
fn reference_bomb(levels: u32) -> Vec<u8> {
    let mut frame = vec![b'('];
    frame.extend_from_slice(&u32le(levels));
    // Level 0: (None, None), flagged for reference (slot 0).
    frame.extend_from_slice(&[b')' | 0x80, 2, b'N', b'N']);
    for k in 1..levels {
        frame.extend_from_slice(&[b')' | 0x80, 2, b'r']);
        frame.extend_from_slice(&u32le(k - 1));
        frame.push(b'r');
        frame.extend_from_slice(&u32le(k - 1));
    }
    frame
}

#[test]
fn nested_back_references_do_not_unfold() {
    let frame = reference_bomb(33);
    assert!(frame.len() <= 400, "{} bytes", frame.len());
    let started = Instant::now();
    let (result, peak) = measured(&frame, &mut Budget::per_run());
    eprintln!(
        "bomb of {} bytes: refused in {:?}, {peak} bytes held at most",
        frame.len(),
        started.elapsed()
    );
    let error = result.expect_err("2^32 values are refused");
    assert!(error.contains("once decoded"), "{error}");
    assert!(peak < MIB, "the bomb held {peak} bytes");
    // Not a timing claim: only that it did not unfold billions of values.
    assert!(started.elapsed().as_secs() < 5);
}

#[test]
fn a_reference_bomb_that_fits_is_decoded_and_charged() {
    // 2^10 values at the last level: small enough to be a value a program could return.
    let frame = reference_bomb(11);
    let mut budget = Budget::per_run();
    let (value, _) = measured(&frame, &mut budget);
    let value = value.expect("a small shared structure decodes");
    let last = &value[10];
    let mut node = last;
    for _ in 0..10 {
        node = &node[1];
    }
    assert_eq!(node[0], serde_json::Value::Null);
    assert!(budget.left() < marshal::RUN_BUDGET);
}

#[test]
fn copies_of_a_big_string_are_counted() {
    // One string of 1 MiB, then a list of 100 references to it: 100 MiB once decoded.
    let mut frame = vec![b'('];
    frame.extend_from_slice(&u32le(101));
    frame.push(b'u' | 0x80);
    frame.extend_from_slice(&u32le(MIB as u32));
    frame.extend(std::iter::repeat_n(b'x', MIB));
    for _ in 0..100 {
        frame.push(b'r');
        frame.extend_from_slice(&u32le(0));
    }
    let (result, peak) = measured(&frame, &mut Budget::per_run());
    assert!(result.expect_err("refused").contains("once decoded"));
    assert!(peak < 4 * MIB, "held {peak} bytes");
}

#[test]
fn lying_lengths_are_refused_before_allocating() {
    let mut frames: Vec<Vec<u8>> = Vec::new();
    for code in [b'[', b'(', b'u', b'a', b't'] {
        let mut frame = vec![code];
        frame.extend_from_slice(&u32le(u32::MAX));
        frame.extend_from_slice(b"NNNN");
        frames.push(frame);
    }
    // A long integer announcing 2^31 digits.
    let mut long = vec![b'l'];
    long.extend_from_slice(&u32le(0x7fff_ffff));
    frames.push(long);
    for frame in frames {
        let (result, peak) = measured(&frame, &mut Budget::per_run());
        assert!(result.is_err(), "{frame:?}");
        assert!(peak < 64 * 1024, "{frame:?} held {peak} bytes");
    }
}

#[test]
fn a_frame_over_the_cap_is_refused_unread() {
    let frame = vec![b'N'; MAX_FRAME + 1];
    let (result, peak) = measured(&frame, &mut Budget::per_run());
    assert!(result.expect_err("refused").contains("over the cap"));
    assert!(peak < 64 * 1024, "held {peak} bytes");
}

#[test]
fn deep_nesting_is_refused_even_through_references() {
    // Plainly deep: 100,000 nested lists.
    let mut deep = Vec::new();
    for _ in 0..100_000 {
        deep.push(b'[');
        deep.extend_from_slice(&u32le(1));
    }
    deep.push(b'N');
    let (result, peak) = measured(&deep, &mut Budget::per_run());
    assert!(result.expect_err("refused").contains("deeper"));
    assert!(peak < 4 * MIB, "held {peak} bytes");

    // Deep through references: each value nests the previous one 50 levels down, so no
    // path of the frame is deep but the value is 50 x 20 levels deep.
    let mut frame = vec![b'('];
    frame.extend_from_slice(&u32le(20));
    for k in 0..20u32 {
        // The k-th flagged value takes slot k.
        frame.push(b'[' | 0x80);
        frame.extend_from_slice(&u32le(1));
        for _ in 0..49 {
            frame.push(b'[');
            frame.extend_from_slice(&u32le(1));
        }
        if k == 0 {
            frame.push(b'N');
        } else {
            frame.push(b'r');
            frame.extend_from_slice(&u32le(k - 1));
        }
    }
    let (result, _) = measured(&frame, &mut Budget::per_run());
    let error = result.expect_err("refused");
    assert!(
        error.contains(&format!("deeper than {MAX_DEPTH}")),
        "{error}"
    );
}

#[test]
fn the_budget_of_a_run_bounds_every_frame_together() {
    // 64 frames of 1 MiB strings each use up a 64 MiB run: the rest are refused.
    let mut frame = vec![b'u'];
    frame.extend_from_slice(&u32le(MIB as u32));
    frame.extend(std::iter::repeat_n(b'y', MIB));
    let mut budget = Budget::per_run();
    let mut accepted = 0;
    let mut kept = Vec::new();
    for _ in 0..200 {
        match marshal::decode_within(&frame, &mut budget) {
            Ok(value) => {
                accepted += 1;
                kept.push(value);
            }
            Err(error) => {
                assert!(error.contains("once decoded"), "{error}");
                break;
            }
        }
    }
    assert!((60..64).contains(&accepted), "{accepted} frames accepted");
    // What was refused cost nothing: a small frame still fits.
    assert!(marshal::decode_within(b"N", &mut budget).is_ok());
}

#[test]
fn a_self_reference_is_refused() {
    // A list whose only item is itself.
    let mut frame = vec![b'[' | 0x80];
    frame.extend_from_slice(&u32le(1));
    frame.push(b'r');
    frame.extend_from_slice(&u32le(0));
    let error = marshal::decode(&frame).expect_err("refused");
    assert!(error.contains("contains itself"), "{error}");
}
