"""Bytes to text for every reader: declared encodings honoured, binary and bad bytes refused.

Belarusian and Polish sites still serve windows-1251 and iso-8859-2 pages; decoding those
as UTF-8 would refuse a perfectly good article, while a file with NUL bytes or bytes that
fit no declared encoding is named and refused before anything is stored.
"""

from __future__ import annotations

import codecs
import re

from pipeline.types import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes, content_type: str = "") -> str | None:
    """The encoding a page or feed declares: HTTP Content-Type, XML declaration, ``<meta>``.

    Belarusian and Polish sites still serve windows-1251 and iso-8859-2 pages; decoding
    those as UTF-8 would refuse a perfectly good article.
    """
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
    if match:
        return match.group(1).lower()
    meta = _XML_ENCODING.search(data[:200]) or _META_CHARSET.search(data[:4096])
    return meta.group(1).decode("ascii").lower() if meta else None


def decode_bytes(data: bytes, name: str, charset: str | None = None) -> str:
    """Text from bytes, refusing empty, binary and undecodable input with a clear reason.

    UTF-8 unless the input declares another encoding (see :func:`declared_charset`).
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), expected text")
    encoding = "utf-8-sig"
    if charset and charset.replace("_", "-") not in ("utf-8", "utf8"):
        try:
            codecs.lookup(charset)
        except LookupError:
            raise InputError(f"{name}: declares an unknown encoding {charset!r}") from None
        encoding = charset
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = "UTF-8" if encoding == "utf-8-sig" else encoding
        raise InputError(
            f"{name}: not valid {label} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text
