//! The worker's wire format: Python's `marshal` (version 4) for the plain values the
//! protocol carries (None, booleans, integers, floats, strings, lists, tuples and dicts with
//! string keys), read and written here as `serde_json::Value`. The worker uses `marshal`
//! rather than `json` because `marshal` is built into the interpreter, while importing
//! `json` (and `re` with it) would cost more than the rest of a run. Reports are framed by
//! a 4-byte little-endian length. Anything else in a report (code objects, sets, bytes...)
//! is refused: such a report counts as garbage.

use serde_json::{Map, Number, Value};

const FLAG_REF: u8 = 0x80;
/// Deepest nesting accepted in a report.
const MAX_DEPTH: usize = 200;

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

/// Decodes one `marshal.dumps` output holding plain values.
pub fn decode(bytes: &[u8]) -> Result<Value, String> {
    let mut reader = Reader {
        bytes,
        at: 0,
        refs: Vec::new(),
    };
    let value = reader.read(0)?;
    if reader.at != bytes.len() {
        return Err("trailing bytes".into());
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    refs: Vec<Value>,
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

    fn text(&mut self, n: usize) -> Result<String, String> {
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| "invalid UTF-8".to_string())
    }

    fn read(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err("nested too deep".into());
        }
        let code = self.byte()?;
        let flagged = code & FLAG_REF != 0;
        let slot = if flagged {
            self.refs.push(Value::Null);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let value = match code & !FLAG_REF {
            b'N' => Value::Null,
            b'T' => Value::Bool(true),
            b'F' => Value::Bool(false),
            b'i' => {
                let v = self.u32()? as i32;
                Value::Number(v.into())
            }
            b'l' => self.long()?,
            b'g' => {
                let b = self.take(8)?;
                let mut raw = [0u8; 8];
                raw.copy_from_slice(b);
                Number::from_f64(f64::from_le_bytes(raw))
                    .map(Value::Number)
                    .ok_or("a float that is not finite")?
            }
            b'z' | b'Z' => {
                let n = usize::from(self.byte()?);
                Value::String(self.text(n)?)
            }
            b'a' | b'A' | b'u' | b't' => {
                let n = self.len()?;
                Value::String(self.text(n)?)
            }
            b')' => {
                let n = usize::from(self.byte()?);
                self.items(n, depth)?
            }
            b'(' | b'[' => {
                let n = self.len()?;
                self.items(n, depth)?
            }
            b'{' => {
                let mut map = Map::new();
                loop {
                    if self.bytes.get(self.at) == Some(&b'0') {
                        self.at += 1;
                        break;
                    }
                    let key = match self.read(depth + 1)? {
                        Value::String(key) => key,
                        _ => return Err("a dict key that is not a string".into()),
                    };
                    let value = self.read(depth + 1)?;
                    map.insert(key, value);
                }
                Value::Object(map)
            }
            b'r' => {
                let index = self.u32()? as usize;
                self.refs
                    .get(index)
                    .cloned()
                    .ok_or("a reference to nothing")?
            }
            other => return Err(format!("unexpected marshal type {:?}", other as char)),
        };
        if let Some(slot) = slot {
            self.refs[slot] = value.clone();
        }
        Ok(value)
    }

    fn items(&mut self, n: usize, depth: usize) -> Result<Value, String> {
        let mut items = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            items.push(self.read(depth + 1)?);
        }
        Ok(Value::Array(items))
    }

    fn long(&mut self) -> Result<Value, String> {
        let count = self.u32()? as i32;
        let digits = count.unsigned_abs() as usize;
        if digits > 8 {
            // Beyond 120 bits: kept as an approximate float.
            let mut x = 0f64;
            let raw = self.take(digits * 2)?.to_vec();
            for chunk in raw.chunks(2).rev() {
                x = x * 32768.0 + f64::from(u16::from_le_bytes([chunk[0], chunk[1]]));
            }
            let x = if count < 0 { -x } else { x };
            return Number::from_f64(x)
                .map(Value::Number)
                .ok_or_else(|| "an integer too large".to_string());
        }
        let mut x: i128 = 0;
        let raw = self.take(digits * 2)?.to_vec();
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
