"""Trunk's post-build step (Trunk.toml, [[hooks]]), run on the staged dist/ before it goes live.

1. Fingerprints the parts of the page loaded on first use. index.html names each in a
   `<meta name="rolesmith-part:NAME" content="FILE">`; FILE is renamed to carry its content hash
   and `content` says the new name, so a browser never meets a part cached from another build
   (Trunk hashes only what the page loads at once). A part that names files beside it (the
   checker's loader names the worker's glue and module) has them fingerprinted first and their new
   names written in, so its own hash changes with theirs.
2. Allows Trunk's inline module script, whose text changes with every build, by its hash in the
   Content-Security-Policy.
3. Drops the `integrity` Trunk writes on the wasm's `<link rel="preload" as="fetch">`: Chromium
   ignores it there (crbug.com/981419) and logs a warning on every load, in a vendor's console
   too. The page's own scripts and stylesheet keep theirs.
"""

import base64
import hashlib
import os
import pathlib
import re

STAGE = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
PART = re.compile(r'(<meta name="rolesmith-part:[^"]+" content=")([^"]+)(")')
SCRIPT = re.compile(r"<script[^>]*>(.*?)</script>", re.S)
PRELOAD = re.compile(r'<link rel="preload"[^>]*\bas="fetch"[^>]*>')
INTEGRITY = re.compile(r' integrity="[^"]*"')
# How a part's text names a file beside it: a quoted './FILE'.
NAMED = re.compile(r"""(["'])\./([^"'/?#]+)\1""")
# Each file fingerprinted so far, and its new path: once each, however many name it.
RENAMED: dict[pathlib.Path, pathlib.Path] = {}


def fingerprinted(path: pathlib.Path) -> pathlib.Path:
    """Renames FILE.EXT to FILE-HASH.EXT (its first 16 hex digits of SHA-256), once the files it
    names are renamed and their new names written in; returns the new path."""
    if path not in RENAMED:
        content = naming_fingerprinted(path)
        digest = hashlib.sha256(content).hexdigest()[:16]
        stem, _, extension = path.name.rpartition(".")
        RENAMED[path] = path.with_name(f"{stem}-{digest}.{extension}")
        path.write_bytes(content)
        path.rename(RENAMED[path])
    return RENAMED[path]


def naming_fingerprinted(path: pathlib.Path) -> bytes:
    """The file, each file beside it that its text names as './FILE' fingerprinted and so named."""
    content = path.read_bytes()
    try:
        text = content.decode()
    except UnicodeDecodeError:
        return content  # A module names nothing.

    def renamed(named: re.Match[str]) -> str:
        beside = path.parent / named[2]
        if beside not in RENAMED and not beside.is_file():
            return named[0]
        return f"{named[1]}./{fingerprinted(beside).name}{named[1]}"

    return NAMED.sub(renamed, text).encode()


def script_hashes(html: str) -> str:
    scripts = (text for text in SCRIPT.findall(html) if text.strip())
    return " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
        for text in scripts
    )


def main() -> None:
    page = STAGE / "index.html"

    def renamed(part: re.Match[str]) -> str:
        return part[1] + str(fingerprinted(STAGE / part[2]).relative_to(STAGE)) + part[3]

    html = PART.sub(renamed, page.read_text())
    html = PRELOAD.sub(lambda link: INTEGRITY.sub("", link[0]), html)
    page.write_text(html.replace("CSP_SCRIPT_HASHES", script_hashes(html)))


main()
