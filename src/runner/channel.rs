//! The parent's reading of one worker, in the calling thread: its report channel (frames
//! decoded within the caps and the run's budget), its stderr (kept up to a cap) and its end
//! (a pidfd), all waited on with one `poll`, so a run starts no thread and the worker's end
//! reaches the parent at once.

use crate::runner::marshal::{self, Budget, MAX_FRAME};
use serde_json::Value;
use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd};
use std::time::Duration;

/// Most bytes of reports read from one worker (a sketch's frames are the biggest).
pub const CHANNEL_CAP: usize = 24 * 1024 * 1024;

/// The reports of a run, decoded as their bytes arrive.
pub struct Reports {
    /// Bytes of the frame being received (at most one frame's header and payload).
    pending: Vec<u8>,
    /// Bytes of the frames already decoded or refused.
    total: usize,
    /// A cap was passed: the rest is read and thrown away, so the worker never blocks.
    draining: bool,
    budget: Budget,
    pub messages: Vec<Value>,
    /// Frames that were not valid reports, and why the first was refused.
    pub garbled: usize,
    pub reason: Option<String>,
}

impl Default for Reports {
    fn default() -> Self {
        Reports {
            pending: Vec::new(),
            total: 0,
            draining: false,
            // Every report of the run decodes within one budget, whatever the worker sends.
            budget: Budget::per_run(),
            messages: Vec::new(),
            garbled: 0,
            reason: None,
        }
    }
}

impl Reports {
    fn refuse(&mut self, why: String) {
        self.garbled += 1;
        self.reason.get_or_insert(why);
    }

    /// Takes bytes read from the channel: each complete frame (its length, 4 bytes
    /// little-endian, then `marshal` bytes) is decoded at once.
    pub fn feed(&mut self, bytes: &[u8]) {
        if self.draining {
            return;
        }
        let mut bytes = bytes;
        loop {
            if self.pending.len() < 4 {
                let take = (4 - self.pending.len()).min(bytes.len());
                self.pending.extend_from_slice(&bytes[..take]);
                bytes = &bytes[take..];
                if self.pending.len() < 4 {
                    return;
                }
            }
            let size = u32::from_le_bytes([
                self.pending[0],
                self.pending[1],
                self.pending[2],
                self.pending[3],
            ]) as usize;
            // Never more than the caps in memory, whatever length is announced: the size is
            // checked before a byte of the payload is kept.
            let over = if size > MAX_FRAME {
                Some(format!(
                    "a report of {size} bytes, over the cap of {MAX_FRAME}"
                ))
            } else if self.total.saturating_add(size + 4) > CHANNEL_CAP {
                Some(format!("reports of over {CHANNEL_CAP} bytes in all"))
            } else {
                None
            };
            if let Some(why) = over {
                self.refuse(why);
                self.draining = true;
                self.pending = Vec::new();
                return;
            }
            let want = 4 + size - self.pending.len();
            let take = want.min(bytes.len());
            self.pending.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
            if take < want {
                return;
            }
            self.total += 4 + size;
            let frame = std::mem::take(&mut self.pending);
            match marshal::decode_within(&frame[4..], &mut self.budget) {
                Ok(value) if value.is_object() => self.messages.push(value),
                Ok(_) => self.refuse("a report that is not a dictionary".to_string()),
                Err(why) => self.refuse(why),
            }
        }
    }

    /// The channel reached its end: a frame begun and not finished counts against it.
    pub fn end(&mut self) {
        if !self.draining && self.pending.len() >= 4 {
            let size = u32::from_le_bytes([
                self.pending[0],
                self.pending[1],
                self.pending[2],
                self.pending[3],
            ]);
            self.refuse(format!("a report cut short (announced {size} bytes)"));
        }
        self.pending = Vec::new();
    }
}

/// One of the worker's pipes, until its end-of-file.
pub struct Pipe {
    file: Option<File>,
}

impl Pipe {
    pub fn new(file: File) -> Pipe {
        Pipe { file: Some(file) }
    }

    pub fn open(&self) -> bool {
        self.file.is_some()
    }

    fn fd(&self) -> i32 {
        self.file.as_ref().map_or(-1, |f| f.as_raw_fd())
    }

    /// Reads what is there (after `poll` said so: never blocks) and hands it to `take`;
    /// closes the pipe at its end.
    fn read_into(&mut self, take: &mut dyn FnMut(&[u8])) {
        let Some(file) = &self.file else { return };
        let mut buf = [0u8; 64 * 1024];
        // SAFETY: read into a buffer we own, from a descriptor we own.
        let n = unsafe { libc::read(file.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if n > 0 {
            take(&buf[..n as usize]);
        } else if n == 0
            || !matches!(
                std::io::Error::last_os_error().kind(),
                std::io::ErrorKind::Interrupted | std::io::ErrorKind::WouldBlock
            )
        {
            self.file = None;
        }
    }
}

/// What woke [`wait`].
pub struct Woken {
    /// The process has ended (its pidfd is readable).
    pub ended: bool,
}

/// Waits up to `timeout` for the channel, stderr or the process's end (`pidfd`), and
/// takes what came: reports into `reports`, stderr into `stderr` up to `cap` bytes.
pub fn wait(
    channel: &mut Pipe,
    stderr: &mut Pipe,
    pidfd: Option<&OwnedFd>,
    timeout: Duration,
    reports: &mut Reports,
    kept: &mut Vec<u8>,
    cap: usize,
) -> Woken {
    let mut fds = [
        libc::pollfd {
            fd: channel.fd(),
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: stderr.fd(),
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: pidfd.map_or(-1, |fd| fd.as_raw_fd()),
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    let ms = timeout.as_millis().clamp(1, i32::MAX as u128) as i32;
    // SAFETY: poll reads and writes only the entries we own (negative fds are ignored).
    let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
    if ready <= 0 {
        return Woken { ended: false };
    }
    let readable =
        |entry: &libc::pollfd| entry.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0;
    if readable(&fds[0]) {
        channel.read_into(&mut |bytes| reports.feed(bytes));
        if !channel.open() {
            reports.end();
        }
    }
    if readable(&fds[1]) {
        stderr.read_into(&mut |bytes| {
            let room = cap.saturating_sub(kept.len());
            kept.extend_from_slice(&bytes[..bytes.len().min(room)]);
        });
    }
    Woken {
        ended: readable(&fds[2]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn frame(value: &Value) -> Vec<u8> {
        let payload = marshal::encode(value);
        let mut bytes = (payload.len() as u32).to_le_bytes().to_vec();
        bytes.extend_from_slice(&payload);
        bytes
    }

    #[test]
    fn frames_decode_whatever_the_pieces_they_arrive_in() {
        let mut stream = frame(&json!({"t": "main", "stdout": "42\n"}));
        stream.extend(frame(&json!({"t": "done"})));
        for piece in [1, 3, 4, 5, 7, stream.len()] {
            let mut reports = Reports::default();
            for chunk in stream.chunks(piece) {
                reports.feed(chunk);
            }
            reports.end();
            assert_eq!(reports.garbled, 0, "pieces of {piece}");
            assert_eq!(
                reports.messages,
                vec![json!({"t": "main", "stdout": "42\n"}), json!({"t": "done"})]
            );
        }
    }

    #[test]
    fn an_announced_size_over_the_cap_is_refused_before_its_bytes_are_kept() {
        let mut reports = Reports::default();
        let mut stream = ((MAX_FRAME + 1) as u32).to_le_bytes().to_vec();
        stream.extend(vec![0u8; 1024]);
        reports.feed(&stream);
        reports.feed(&frame(&json!({"t": "done"})));
        assert_eq!(reports.garbled, 1);
        assert!(reports.reason.as_deref().unwrap().contains("over the cap"));
        // Nothing after the refused frame is read as a report, nothing is kept.
        assert!(reports.messages.is_empty());
        assert!(reports.pending.capacity() == 0);
    }

    #[test]
    fn a_frame_cut_short_or_not_a_dictionary_counts_against_the_run() {
        let mut reports = Reports::default();
        reports.feed(&frame(&json!([1, 2])));
        let done = frame(&json!({"t": "done"}));
        reports.feed(&done[..done.len() - 1]);
        reports.end();
        assert_eq!(reports.garbled, 2);
        assert_eq!(
            reports.reason.as_deref(),
            Some("a report that is not a dictionary")
        );
        assert!(reports.messages.is_empty());
    }
}
