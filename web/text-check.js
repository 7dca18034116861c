// Is this file text? Shared by the page (a dropped or opened file) and the
// command line, so that a picture, an archive or a document in a binary
// format is refused with a message instead of being annotated as noise.

// Signatures of common binary formats at the start of a file.
const SIGNATURES = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP archive (or a Word, Excel or EPUB file)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["RAR archive", [0x52, 0x61, 0x72, 0x21]],
  ["RIFF file (WebP image, WAV audio or AVI video)", [0x52, 0x49, 0x46, 0x46]],
  ["Ogg file", [0x4f, 0x67, 0x67, 0x53]],
  ["MP3 audio", [0x49, 0x44, 0x33]],
  ["WebAssembly module", [0x00, 0x61, 0x73, 0x6d]],
  ["program (ELF)", [0x7f, 0x45, 0x4c, 0x46]],
  ["program (Windows)", [0x4d, 0x5a]],
  ["SQLite database", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ["Word 97-2003 or other OLE document", [0xd0, 0xcf, 0x11, 0xe0]],
];

// MIME types a browser gives files that are not text.
const BINARY_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-|octet-stream|vnd\.|msword|wasm)/i;

// How much of a file is looked at, and how many U+FFFD (bytes that are not
// UTF-8) a text may have there before it is taken for another encoding or
// a binary format.
const SAMPLE_BYTES = 65536;
const MAX_REPLACEMENT_SHARE = 0.005;

/**
 * Why `bytes` (a Uint8Array, the whole file or its start) are not a text
 * file that can be annotated, or null when they are. `type` is the MIME type
 * a browser gave the file, if any.
 * @param {Uint8Array} bytes
 * @param {string} [type]
 * @returns {string|null}
 */
export function notTextReason(bytes, type = "") {
  for (const [what, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) {
      return `it is a ${what}, not text`;
    }
  }
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === "ftyp")
    return "it is a video or audio file, not text";
  if (type && BINARY_TYPE.test(type) && !/json|xml|html|text/i.test(type)) return `it is ${type}, not text`;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return "it holds NUL bytes, so it is not a text file";
  const text = new TextDecoder("utf-8").decode(sample);
  let replaced = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) replaced++;
  // The last character of a sample cut inside a character is no evidence.
  if (sample.length < bytes.length && text.endsWith("\ufffd")) replaced--;
  if (replaced > Math.max(2, MAX_REPLACEMENT_SHARE * text.length)) {
    return "it is not UTF-8 text (another encoding, or a binary format); save it as UTF-8 and try again";
  }
  return null;
}
