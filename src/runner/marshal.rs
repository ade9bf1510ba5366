//! The worker's wire format: Python's `marshal` (version 4) for the plain values the
//! protocol carries (None, booleans, integers, floats, strings, lists, tuples and dicts with
//! string keys), read and written here as `serde_json::Value`. The worker uses `marshal`
//! rather than `json` because `marshal` is built into the interpreter, while importing
//! `json` (and `re` with it) would cost more than the rest of a run. Reports are framed by
//! a 4-byte little-endian length. Anything else in a report (code objects, sets, bytes...)
//! is refused: such a report counts as garbage.
//!
//! Reports are untrusted input (candidate code can write on the channel), so decoding is
//! bounded: a frame's size ([`MAX_FRAME`]), its nesting ([`MAX_DEPTH`]) and the memory its
//! decoded value takes ([`MAX_DECODED`], and a [`Budget`] shared by the frames of a run) are
//! capped, and a back-reference is shared while decoding, never copied: the decoded size is
//! known, and checked, before the value is built.

use serde_json::{Number, Value};
use std::rc::Rc;

const FLAG_REF: u8 = 0x80;
/// Deepest nesting accepted in a report.
pub const MAX_DEPTH: usize = 100;

/// Encodes a JSON value as a `marshal.loads` input.
pub fn encode(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, value);
    out
}

fn write_len(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn write(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.push(b'N'),
        Value::Bool(true) => out.push(b'T'),
        Value::Bool(false) => out.push(b'F'),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                write_int(out, i128::from(i));
            } else if let Some(u) = n.as_u64() {
                write_int(out, i128::from(u));
            } else {
                out.push(b'g');
                out.extend_from_slice(&n.as_f64().unwrap_or(0.0).to_le_bytes());
            }
        }
        Value::String(s) => {
            out.push(b'u');
            write_len(out, s.len());
            out.extend_from_slice(s.as_bytes());
        }
        Value::Array(items) => {
            out.push(b'[');
            write_len(out, items.len());
            for item in items {
                write(out, item);
            }
        }
        Value::Object(map) => {
            out.push(b'{');
            for (key, item) in map {
                write(out, &Value::String(key.clone()));
                write(out, item);
            }
            out.push(b'0');
        }
    }
}

fn write_int(out: &mut Vec<u8>, i: i128) {
    if let Ok(small) = i32::try_from(i) {
        out.push(b'i');
        out.extend_from_slice(&small.to_le_bytes());
        return;
    }
    // A long: 15-bit digits, least significant first; the count carries the sign.
    let mut rest = i.unsigned_abs();
    let mut digits = Vec::new();
    while rest > 0 {
        digits.push((rest & 0x7fff) as u16);
        rest >>= 15;
    }
    out.push(b'l');
    let count = digits.len() as i32;
    out.extend_from_slice(&(if i < 0 { -count } else { count }).to_le_bytes());
    for digit in digits {
        out.extend_from_slice(&digit.to_le_bytes());
    }
}

/// Largest report frame decoded, in bytes (a sketch frame of 5,000 shapes takes about 0.5 MiB).
pub const MAX_FRAME: usize = 8 * 1024 * 1024;
/// Most memory one decoded frame may take (see [`Budget`]).
pub const MAX_DECODED: u64 = 32 * 1024 * 1024;
/// Most memory the decoded reports of one run may take together (see [`Budget::per_run`]).
pub const RUN_BUDGET: u64 = 64 * 1024 * 1024;

/// What a decoded value costs, in bytes, counted before the value is built: each node of a
/// `serde_json::Value`, the bytes of its strings and, for a dict, each entry's slot. A
/// back-reference costs what its target costs, since it becomes a copy in the result: that
/// is what stops a few bytes of nested references from unfolding into gigabytes.
const NODE: u64 = std::mem::size_of::<Value>() as u64;
const ENTRY: u64 = 48;

/// A memory allowance for decoded reports, spent frame after frame. One per run (from
/// [`Budget::per_run`]) bounds the memory of every report the worker sends, whatever it sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    left: u64,
}

impl Budget {
    pub fn new(bytes: u64) -> Budget {
        Budget { left: bytes }
    }
    /// The allowance of one run, [`RUN_BUDGET`].
    pub fn per_run() -> Budget {
        Budget::new(RUN_BUDGET)
    }
    /// Bytes still allowed.
    pub fn left(&self) -> u64 {
        self.left
    }
}

/// Decodes one `marshal.dumps` output holding plain values, within [`MAX_DECODED`].
pub fn decode(bytes: &[u8]) -> Result<Value, String> {
    decode_within(bytes, &mut Budget::new(MAX_DECODED))
}

/// Decodes one frame and charges its decoded size to `budget` (never more than
/// [`MAX_DECODED`] for one frame). Refused, before anything big is allocated: a frame over
/// [`MAX_FRAME`], nesting deeper than [`MAX_DEPTH`], a value whose decoded size passes the
/// allowance, anything that is not a plain value. A refused frame costs nothing.
pub fn decode_within(bytes: &[u8], budget: &mut Budget) -> Result<Value, String> {
    if bytes.len() > MAX_FRAME {
        return Err(format!(
            "a report of {} bytes, over the cap of {MAX_FRAME}",
            bytes.len()
        ));
    }
    let mut reader = Reader {
        bytes,
        at: 0,
        refs: Vec::new(),
        cap: budget.left.min(MAX_DECODED),
    };
    let node = reader.read(0)?;
    if reader.at != bytes.len() {
        return Err("trailing bytes".into());
    }
    let cost = node.cost();
    if cost > reader.cap {
        return Err(reader.over());
    }
    // Dropped before the copy is built: the copy alone stays within the allowance.
    drop(reader);
    budget.left -= cost;
    Ok(node.into_value())
}

/// A decoded value whose repeated parts (back-references) are shared, not copied; its cost
/// is the size of the `Value` it will become.
#[derive(Clone)]
enum Node {
    Scalar(Value),
    Str(Rc<str>),
    List(Rc<Shared<Vec<Node>>>),
    Dict(Rc<Shared<Vec<Entry>>>),
}

/// A dict's entry: its key and its value.
type Entry = (Rc<str>, Node);

struct Shared<T> {
    cost: u64,
    /// Levels of nesting, references unfolded.
    height: usize,
    items: T,
}

impl Node {
    fn cost(&self) -> u64 {
        match self {
            Node::Scalar(_) => NODE,
            Node::Str(s) => NODE + s.len() as u64,
            Node::List(list) => list.cost,
            Node::Dict(dict) => dict.cost,
        }
    }

    fn height(&self) -> usize {
        match self {
            Node::Scalar(_) | Node::Str(_) => 0,
            Node::List(list) => list.height,
            Node::Dict(dict) => dict.height,
        }
    }

    fn into_value(self) -> Value {
        match self {
            Node::Scalar(value) => value,
            Node::Str(s) => Value::String(s.to_string()),
            Node::List(list) => Value::Array(
                list.items
                    .iter()
                    .map(|item| item.clone().into_value())
                    .collect(),
            ),
            Node::Dict(dict) => Value::Object(
                dict.items
                    .iter()
                    .map(|(key, item)| (key.to_string(), item.clone().into_value()))
                    .collect(),
            ),
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The values flagged for reference, in order; `None` while one is being read.
    refs: Vec<Option<Node>>,
    /// Most a decoded value may cost.
    cap: u64,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or("truncated")?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn len(&mut self) -> Result<usize, String> {
        let n = self.u32()? as usize;
        // Every element takes at least one byte: a longer count is a lie.
        if n > self.bytes.len() - self.at {
            return Err("length past the end".into());
        }
        Ok(n)
    }

    fn text(&mut self, n: usize) -> Result<Rc<str>, String> {
        let bytes = self.take(n)?;
        std::str::from_utf8(bytes)
            .map(Rc::from)
            .map_err(|_| "invalid UTF-8".to_string())
    }

    fn over(&self) -> String {
        format!(
            "a report that would take over {} bytes once decoded",
            self.cap
        )
    }

    /// The height of a container holding a child of `height`, refused past [`MAX_DEPTH`]
    /// (references can stack nesting that no single path of the frame shows).
    fn taller(height: usize, child: &Node) -> Result<usize, String> {
        let height = height.max(child.height() + 1);
        if height > MAX_DEPTH {
            return Err(format!("a report nested deeper than {MAX_DEPTH} levels"));
        }
        Ok(height)
    }

    /// Adds `cost` to a running total, refused past the cap.
    fn charge(&self, total: u64, cost: u64) -> Result<u64, String> {
        let total = total.saturating_add(cost);
        if total > self.cap {
            return Err(self.over());
        }
        Ok(total)
    }

    fn read(&mut self, depth: usize) -> Result<Node, String> {
        if depth > MAX_DEPTH {
            return Err(format!("a report nested deeper than {MAX_DEPTH} levels"));
        }
        let code = self.byte()?;
        // Python reserves the slot before reading the value's contents.
        let slot = if code & FLAG_REF != 0 {
            self.refs.push(None);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let node = match code & !FLAG_REF {
            b'N' => Node::Scalar(Value::Null),
            b'T' => Node::Scalar(Value::Bool(true)),
            b'F' => Node::Scalar(Value::Bool(false)),
            b'i' => {
                let v = self.u32()? as i32;
                Node::Scalar(Value::Number(v.into()))
            }
            b'l' => Node::Scalar(self.long()?),
            b'g' => {
                let b = self.take(8)?;
                let mut raw = [0u8; 8];
                raw.copy_from_slice(b);
                Number::from_f64(f64::from_le_bytes(raw))
                    .map(|n| Node::Scalar(Value::Number(n)))
                    .ok_or("a float that is not finite")?
            }
            b'z' | b'Z' => {
                let n = usize::from(self.byte()?);
                Node::Str(self.text(n)?)
            }
            b'a' | b'A' | b'u' | b't' => {
                let n = self.len()?;
                Node::Str(self.text(n)?)
            }
            b')' => {
                let n = usize::from(self.byte()?);
                self.items(n, depth)?
            }
            b'(' | b'[' => {
                let n = self.len()?;
                self.items(n, depth)?
            }
            b'{' => self.dict(depth)?,
            b'r' => {
                let index = self.u32()? as usize;
                match self.refs.get(index) {
                    // Shared, not copied: the copy is made once, at the end, if the whole
                    // value fits in the allowance.
                    Some(Some(node)) => node.clone(),
                    Some(None) => return Err("a value that contains itself".into()),
                    None => return Err("a reference to nothing".into()),
                }
            }
            other => return Err(format!("unexpected marshal type {:?}", other as char)),
        };
        self.charge(0, node.cost())?;
        if let Some(slot) = slot {
            self.refs[slot] = Some(node.clone());
        }
        Ok(node)
    }

    fn items(&mut self, n: usize, depth: usize) -> Result<Node, String> {
        let mut items = Vec::with_capacity(n.min(4096));
        let mut cost = NODE;
        let mut height = 1;
        for _ in 0..n {
            let item = self.read(depth + 1)?;
            cost = self.charge(cost, item.cost())?;
            height = Self::taller(height, &item)?;
            items.push(item);
        }
        Ok(Node::List(Rc::new(Shared {
            cost,
            height,
            items,
        })))
    }

    fn dict(&mut self, depth: usize) -> Result<Node, String> {
        let mut items = Vec::new();
        let mut cost = NODE;
        let mut height = 1;
        loop {
            if self.bytes.get(self.at) == Some(&b'0') {
                self.at += 1;
                break;
            }
            let key = match self.read(depth + 1)? {
                Node::Str(key) => key,
                _ => return Err("a dict key that is not a string".into()),
            };
            let item = self.read(depth + 1)?;
            cost = self.charge(cost, ENTRY + key.len() as u64 + item.cost())?;
            height = Self::taller(height, &item)?;
            items.push((key, item));
        }
        Ok(Node::Dict(Rc::new(Shared {
            cost,
            height,
            items,
        })))
    }

    fn long(&mut self) -> Result<Value, String> {
        let count = self.u32()? as i32;
        let digits = count.unsigned_abs() as usize;
        if digits > 8 {
            // Beyond 120 bits: kept as an approximate float.
            let mut x = 0f64;
            let raw = self.take(digits.saturating_mul(2))?;
            for chunk in raw.chunks(2).rev() {
                x = x * 32768.0 + f64::from(u16::from_le_bytes([chunk[0], chunk[1]]));
            }
            let x = if count < 0 { -x } else { x };
            return Number::from_f64(x)
                .map(Value::Number)
                .ok_or_else(|| "an integer too large".to_string());
        }
        let mut x: i128 = 0;
        let raw = self.take(digits * 2)?;
        for chunk in raw.chunks(2).rev() {
            x = (x << 15) | i128::from(u16::from_le_bytes([chunk[0], chunk[1]]));
        }
        if count < 0 {
            x = -x;
        }
        Ok(if let Ok(i) = i64::try_from(x) {
            Value::Number(i.into())
        } else if let Ok(u) = u64::try_from(x) {
            Value::Number(u.into())
        } else {
            Number::from_f64(x as f64)
                .map(Value::Number)
                .unwrap_or(Value::Null)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::io::Write;
    use std::process::{Command, Stdio};

    /// Runs Python code with `data` on stdin; returns its stdout bytes.
    fn python(code: &str, data: &[u8]) -> Vec<u8> {
        let mut child = Command::new(env!("ATELIER_PYTHON_EXECUTABLE"))
            .args(["-I", "-S", "-c", code])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the build's python3 runs");
        child.stdin.take().unwrap().write_all(data).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        out.stdout
    }

    #[test]
    fn python_reads_what_we_write() {
        let value = json!({
            "mode": "program",
            "n": [0, -1, 2147483647, -2147483648, 2147483648i64, -9007199254740993i64,
                  18446744073709551615u64, 1.5, -0.25],
            "s": ["", "é à ç €", "x".repeat(300)],
            "b": [true, false, null],
            "nested": {"a": [[], {}]},
        });
        let bytes = encode(&value);
        let out = python(
            "import marshal, sys, json\nv = marshal.loads(sys.stdin.buffer.read())\nsys.stdout.write(json.dumps(v))",
            &bytes,
        );
        let back: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn we_read_what_python_writes_with_its_references() {
        let out = python(
            "import marshal, sys\nkey = 'répété'\nv = {'t': 'test', 'i': 3, 'big': 2**70, 'neg': -2**40, \
             'f': 0.1, 'tup': (1, 'a'), 'keys': [key, key, key], 'none': None, 'ok': True,\
             'nested': [{'t': 'x'}, {'t': 'x'}]}\nsys.stdout.buffer.write(marshal.dumps(v))",
            b"",
        );
        let value = decode(&out).unwrap();
        assert_eq!(value["t"], "test");
        assert_eq!(value["i"], 3);
        assert_eq!(value["big"].as_f64().unwrap(), 2f64.powi(70));
        assert_eq!(value["neg"], -(1i64 << 40));
        assert_eq!(value["f"], 0.1);
        assert_eq!(value["tup"], json!([1, "a"]));
        assert_eq!(value["keys"], json!(["répété", "répété", "répété"]));
        assert_eq!(value["none"], Value::Null);
        assert_eq!(value["ok"], true);
        assert_eq!(value["nested"], json!([{"t": "x"}, {"t": "x"}]));
    }

    #[test]
    fn shared_lists_come_back_whole() {
        let out = python(
            "import marshal, sys\na = [1, 'deux']\nsys.stdout.buffer.write(marshal.dumps({'v': [a, a, (a,)]}))",
            b"",
        );
        let value = decode(&out).unwrap();
        assert_eq!(value["v"], json!([[1, "deux"], [1, "deux"], [[1, "deux"]]]));
    }

    #[test]
    fn garbage_is_refused_not_trusted() {
        for bad in [
            &b""[..],
            b"[\xff\xff\xff\xff",
            b"{i\x01\x00\x00\x00N0",
            b"u\x05\x00\x00\x00ab",
            b"r\x09\x00\x00\x00",
            b"NN",
            b"c",
        ] {
            assert!(decode(bad).is_err(), "{bad:?}");
        }
        let mut deep = vec![b'['; 0];
        for _ in 0..1000 {
            deep.extend_from_slice(b"[\x01\x00\x00\x00");
        }
        deep.push(b'N');
        assert!(decode(&deep).is_err());
    }
}
