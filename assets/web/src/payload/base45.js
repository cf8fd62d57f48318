// Base45 (RFC 9285), as src/preapp/base45.rs: two bytes become three
// characters of the QR alphanumeric set.

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/** @param {Uint8Array} bytes */
export function base45(bytes) {
  let out = "";
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    let n = bytes[i] * 256 + bytes[i + 1];
    for (let k = 0; k < 3; k++) {
      out += ALPHABET[n % 45];
      n = Math.floor(n / 45);
    }
  }
  if (i < bytes.length) {
    const n = bytes[i];
    out += ALPHABET[n % 45] + ALPHABET[Math.floor(n / 45)];
  }
  return out;
}
