//! The byte layout of a bundle: every byte of the zip that is not a file's compressed content
//! is a header field, and each field must hold what atelier's writer puts there. With the
//! contents covered by the manifest's SHA-256 (and each entry's CRC), this makes any changed
//! byte of the archive detectable, not only a changed file: a date, a flag, an extra field,
//! a comment, bytes slipped between entries or after the end.

use crate::bundle::BundleError;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};

const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const END_SIGNATURE: u32 = 0x0605_4b50;
const LOCAL_LEN: u64 = 30;
const CENTRAL_LEN: usize = 46;
const END_LEN: u64 = 22;

/// Header fields that are the same for every entry our writer produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Canonical {
    made_by: u16,
    needed: u16,
    flags: u16,
    method: u16,
    time: u16,
    date: u16,
    external: u32,
}

/// What the writer puts in every header, read from a one-file zip written with the bundle's
/// own options, so the check follows the writer rather than a copy of its constants.
fn canonical() -> Result<Canonical, BundleError> {
    let bytes = crate::bundle::zip_with_bundle_options(&[("a", b"a".to_vec())])?;
    let end = bytes.len() - END_LEN as usize;
    let start = u32_at(&bytes, end + 16) as usize;
    let header = &bytes[start..start + CENTRAL_LEN];
    Ok(Canonical {
        made_by: u16_at(header, 4),
        needed: u16_at(header, 6),
        flags: u16_at(header, 8),
        method: u16_at(header, 10),
        time: u16_at(header, 12),
        date: u16_at(header, 14),
        external: u32_at(header, 38),
    })
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// One entry as the central directory describes it.
struct Entry {
    name: Vec<u8>,
    offset: u64,
    crc: u32,
    compressed: u32,
    size: u32,
}

fn changed_structure(what: &str) -> BundleError {
    BundleError::Structure(what.to_string())
}

fn entry_structure(name: &[u8]) -> BundleError {
    BundleError::Structure(format!(
        "the zip header of {}",
        crate::bundle::shown(&String::from_utf8_lossy(name))
    ))
}

/// Checks that the archive is laid out exactly as atelier writes it: entries one after the
/// other from the first byte, each local header agreeing with the central directory and with
/// the writer's fields, the directory right after the last entry, the end record right
/// after the directory, and nothing after it.
pub(crate) fn check(file: &mut File, max_entries: usize) -> Result<(), BundleError> {
    let canonical = canonical()?;
    let read_err = |_: io::Error| BundleError::NotZip;
    let length = file.metadata().map_err(BundleError::Read)?.len();
    if length < END_LEN {
        return Err(BundleError::NotZip);
    }
    let end_at = length - END_LEN;
    let mut end = [0u8; END_LEN as usize];
    file.seek(SeekFrom::Start(end_at)).map_err(read_err)?;
    file.read_exact(&mut end).map_err(read_err)?;
    let directory_error = || changed_structure("the zip's central directory");
    if u32_at(&end, 0) != END_SIGNATURE {
        // An archive comment or bytes after the end record move the record away from the end.
        return Err(directory_error());
    }
    let (disk, directory_disk) = (u16_at(&end, 4), u16_at(&end, 6));
    let (on_disk, total) = (u16_at(&end, 8), u16_at(&end, 10));
    let directory_size = u64::from(u32_at(&end, 12));
    let directory_start = u64::from(u32_at(&end, 16));
    let comment = u16_at(&end, 20);
    if disk != 0 || directory_disk != 0 || on_disk != total || comment != 0 {
        return Err(directory_error());
    }
    if usize::from(total) > max_entries {
        return Err(BundleError::TooManyEntries { limit: max_entries });
    }
    if directory_start + directory_size != end_at {
        return Err(directory_error());
    }

    // The central directory, entry by entry, with nothing between or after them.
    file.seek(SeekFrom::Start(directory_start))
        .map_err(read_err)?;
    let mut directory = vec![0u8; directory_size as usize];
    file.read_exact(&mut directory).map_err(read_err)?;
    let mut entries = Vec::with_capacity(usize::from(total));
    let mut at = 0usize;
    for _ in 0..total {
        if at + CENTRAL_LEN > directory.len() {
            return Err(directory_error());
        }
        let header = &directory[at..at + CENTRAL_LEN];
        let name_len = usize::from(u16_at(header, 28));
        let name_end = at + CENTRAL_LEN + name_len;
        if u32_at(header, 0) != CENTRAL_SIGNATURE || name_end > directory.len() {
            return Err(directory_error());
        }
        let name = directory[at + CENTRAL_LEN..name_end].to_vec();
        let fields = Canonical {
            made_by: u16_at(header, 4),
            needed: u16_at(header, 6),
            flags: u16_at(header, 8),
            method: u16_at(header, 10),
            time: u16_at(header, 12),
            date: u16_at(header, 14),
            external: u32_at(header, 38),
        };
        let (extra, comment, disk, internal) = (
            u16_at(header, 30),
            u16_at(header, 32),
            u16_at(header, 34),
            u16_at(header, 36),
        );
        if fields != canonical || extra != 0 || comment != 0 || disk != 0 || internal != 0 {
            return Err(entry_structure(&name));
        }
        entries.push(Entry {
            name,
            offset: u64::from(u32_at(header, 42)),
            crc: u32_at(header, 16),
            compressed: u32_at(header, 20),
            size: u32_at(header, 24),
        });
        at = name_end;
    }
    if at != directory.len() {
        return Err(directory_error());
    }

    // The entries tile the archive from its first byte to the directory.
    entries.sort_by_key(|e| e.offset);
    let mut expected = 0u64;
    for entry in &entries {
        if entry.offset != expected {
            return Err(entry_structure(&entry.name));
        }
        let mut local = [0u8; LOCAL_LEN as usize];
        file.seek(SeekFrom::Start(entry.offset)).map_err(read_err)?;
        file.read_exact(&mut local).map_err(read_err)?;
        let mut name = vec![0u8; usize::from(u16_at(&local, 26))];
        file.read_exact(&mut name).map_err(read_err)?;
        let agrees = u32_at(&local, 0) == LOCAL_SIGNATURE
            && u16_at(&local, 4) == canonical.needed
            && u16_at(&local, 6) == canonical.flags
            && u16_at(&local, 8) == canonical.method
            && u16_at(&local, 10) == canonical.time
            && u16_at(&local, 12) == canonical.date
            && u32_at(&local, 14) == entry.crc
            && u32_at(&local, 18) == entry.compressed
            && u32_at(&local, 22) == entry.size
            && u16_at(&local, 28) == 0
            && name == entry.name;
        if !agrees {
            return Err(entry_structure(&entry.name));
        }
        expected = entry.offset + LOCAL_LEN + name.len() as u64 + u64::from(entry.compressed);
    }
    if expected != directory_start {
        return Err(directory_error());
    }
    Ok(())
}
