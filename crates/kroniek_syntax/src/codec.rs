//! A small little-endian binary codec for model files (no serde format crate needed).

use crate::error::{Error, Result};

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    /// The bytes written so far.
    pub buf: Vec<u8>,
}

impl Writer {
    /// Write a `u8`.
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    /// Write a `u16`.
    pub fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// Write a `u32`.
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// Write an `f32`.
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// Write an unsigned LEB128 variable-length integer.
    pub fn varint(&mut self, mut v: u32) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    /// Write ascending keys: their count, then each as a varint delta from the one before.
    pub fn sorted_keys(&mut self, keys: impl ExactSizeIterator<Item = u32>) {
        self.u32(keys.len() as u32);
        let mut prev = 0u32;
        for k in keys {
            self.varint(k.wrapping_sub(prev));
            prev = k;
        }
    }
    /// Write raw bytes.
    pub fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }
    /// Write a length-prefixed string.
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    /// Write a length-prefixed list of strings.
    pub fn strs(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }
}

/// Reads values from a byte slice, failing on truncation.
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    /// The model format version being read.
    pub version: u8,
}

impl<'a> Reader<'a> {
    /// Read from `buf`.
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader {
            buf,
            pos: 0,
            version: crate::model::VERSION,
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        match end {
            Some(end) => {
                let s = &self.buf[self.pos..end];
                self.pos = end;
                Ok(s)
            }
            None => Err(Error::Model(format!("truncated at byte {}", self.pos))),
        }
    }

    fn arr<const N: usize>(&mut self) -> Result<[u8; N]> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    /// Read a `u8`.
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.arr::<1>()?[0])
    }
    /// Read a `u16`.
    pub fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.arr()?))
    }
    /// Read a `u32`.
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    /// Read an `f32`.
    pub fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    /// Read keys written by [`Writer::sorted_keys`].
    pub fn sorted_keys(&mut self) -> Result<Vec<u32>> {
        let n = self.u32()? as usize;
        let mut keys = Vec::with_capacity(n.min(1 << 20));
        let mut prev = 0u32;
        for _ in 0..n {
            prev = prev.wrapping_add(self.varint()?);
            keys.push(prev);
        }
        Ok(keys)
    }
    /// Read an unsigned LEB128 variable-length integer (at most 32 bits).
    pub fn varint(&mut self) -> Result<u32> {
        let mut v: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::Model(format!(
            "varint too long at byte {}",
            self.pos
        )))
    }
    /// Read `n` raw bytes.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        self.take(n)
    }
    /// Read a length-prefixed string.
    pub fn str(&mut self) -> Result<String> {
        let n = self.u32()? as usize;
        let s = self.take(n)?;
        String::from_utf8(s.to_vec()).map_err(|e| Error::Model(e.to_string()))
    }
    /// Read a length-prefixed list of strings.
    pub fn strs(&mut self) -> Result<Vec<String>> {
        let n = self.u32()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    /// True when everything has been read.
    pub fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }
}
