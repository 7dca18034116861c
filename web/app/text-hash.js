// A fast, stable 64-bit hash of a text (two 32-bit FNV-style lanes), as 16
// hex digits. It names an article: corrections are stored under it, and the
// exports use it as the article's identifier. Not for security.

export function textHash(text) {
  let a = 0x811c9dc5 ^ text.length;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
