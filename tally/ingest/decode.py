"""Bytes to text: spot binary files, find the encoding, and refuse what cannot be read as text.

Order of trust: a byte-order mark, then UTF-8 (checked over the whole input), then UTF-16 without
a mark, then an encoding the document declares (HTML <meta charset>), then charset-normalizer's
guess, kept only when it decodes cleanly; anything else is refused rather than read as garbage.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import BinaryIO

import charset_normalizer


class Unreadable(Exception):
    """The input cannot be read as text; the message says why, in plain words."""


NOT_TEXT = "not UTF-8 text and its encoding could not be recognised"
#: How much of an input is looked at to tell binary from text and to guess an encoding.
SNIFF_BYTES = 64 * 1024
_GUESS_BYTES = 1024 * 1024
_CHUNK = 1024 * 1024

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "an audio, video or image file"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an audio or video file"),
    (b"\x1a\x45\xdf\xa3", "a video file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text (tab, line feed, form feed, carriage return and escape do).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
# Single-byte encodings preferred when charset-normalizer finds several equally good: those that
# Arabic and Western European text is most often saved in.
_PREFERRED = ("cp1252", "cp1256", "iso8859_6", "latin_1", "iso8859_15", "mac_roman", "cp1250")
_MAX_MESS = 0.1
_UTF16_HIGH_BYTES = 8
_TIE = 0.05


def _binary_kind(head: bytes) -> str | None:
    """What a binary input looks like ("a PDF document"), or None when it may be text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _bom(head) or _utf16_without_bom(head):
        return None
    controls = len(_CONTROL_BYTES.findall(head))
    if b"\x00" in head or controls > len(head) // 20:
        return "not text"
    return None


def refuse_binary(head: bytes) -> None:
    """Raise Unreadable when the opening bytes show a binary file."""
    kind = _binary_kind(head)
    if kind is not None:
        detail = "" if kind == "not text" else f" ({kind})"
        raise Unreadable(f"binary file{detail}, not a report")


def choose_encoding(stream: BinaryIO, declared: str | None = None) -> str:
    """The encoding to read a seekable binary stream with; leaves the stream at its start."""
    stream.seek(0)
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    refuse_binary(head)
    found = _bom(head) or _utf16_without_bom(head)
    if found:
        return found
    if _is_utf8(stream):
        return "utf-8"
    if declared and _known(declared) and _decodes(stream, declared):
        return declared
    sample = stream.read(_GUESS_BYTES)
    stream.seek(0)
    return _guess(sample)


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of a whole input held in memory, or Unreadable."""
    encoding = choose_encoding(io.BytesIO(data), declared)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise Unreadable(NOT_TEXT) from e
    if encoding != "utf-8" and _garbled(text):
        raise Unreadable(NOT_TEXT)
    return text


def _bom(head: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a mark: every other byte is the high byte of a character, so it is zero for
    spaces and Latin letters and takes only a few values (one per script) overall."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if b"\x00" in high and b"\x00" not in low and len(set(high)) <= _UTF16_HIGH_BYTES:
            try:
                text = sample.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not _garbled(text):
                return encoding
    return None


def _is_utf8(stream: BinaryIO) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while chunk := stream.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        stream.seek(0)
    return True


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def _decodes(stream: BinaryIO, encoding: str) -> bool:
    sample = stream.read(_GUESS_BYTES)
    stream.seek(0)
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return not _garbled(text)


def _guess(sample: bytes) -> str:
    """charset-normalizer's best clean reading, preferring the common encodings on a near tie."""
    good = [
        m
        for m in charset_normalizer.from_bytes(sample)
        if m.chaos <= _MAX_MESS and not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not good:
        raise Unreadable(NOT_TEXT)
    best = max(m.coherence for m in good)
    if best == 0:  # no language recognised in any reading: undecidable
        raise Unreadable(NOT_TEXT)
    near = [m for m in good if m.coherence >= best - _TIE]

    def rank(m: charset_normalizer.CharsetMatch) -> tuple[int, float, float]:
        preferred = _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else len(_PREFERRED)
        return preferred, m.chaos, -m.coherence

    encoding = min(near, key=rank).encoding
    if _garbled(sample.decode(encoding, "replace")):
        raise Unreadable(NOT_TEXT)
    return encoding


def _garbled(text: str) -> bool:
    """Text with control characters or undecodable marks in it was read with the wrong encoding."""
    return len(_CONTROL_CHARS.findall(text)) > len(text) // 200


def peek_text(head: bytes) -> str:
    """The opening bytes as text, for telling formats apart (errors replaced, not refused)."""
    encoding = _bom(head) or _utf16_without_bom(head) or "utf-8"
    return head.decode(encoding, "replace")
