// HPKE (RFC 9180) base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 /
// AES-128-GCM, with info "madoguchi-preapp-v1" (src/preapp/crypto.rs).
// WebCrypto does the work; where a browser has no WebCrypto X25519, the KEM
// comes from @hpke/dhkem-x25519 (pure JS, same family), the rest stays native.

import { Aes128Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from "@hpke/core";
import { DhkemX25519HkdfSha256 as DhkemX25519Js } from "@hpke/dhkem-x25519";

export const INFO = new TextEncoder().encode("madoguchi-preapp-v1");

let nativeX25519;
/** Whether WebCrypto imports an X25519 public key. */
async function hasNativeX25519() {
  if (nativeX25519 === undefined) {
    try {
      await crypto.subtle.importKey("raw", new Uint8Array(32).fill(9), { name: "X25519" }, true, []);
      nativeX25519 = true;
    } catch {
      nativeX25519 = false;
    }
  }
  return nativeX25519;
}

async function suite() {
  const kem = (await hasNativeX25519()) ? new DhkemX25519HkdfSha256() : new DhkemX25519Js();
  return new CipherSuite({ kem, kdf: new HkdfSha256(), aead: new Aes128Gcm() });
}

/**
 * Seals `plaintext` to the office's raw X25519 public key. The ephemeral key
 * pair is DeriveKeyPair(`ephemeralIkm`), as the Rust encoder does with its
 * fresh random IKM, so the fixed IKM of the vectors reproduces them.
 * @returns {Promise<{enc: Uint8Array, sealed: Uint8Array}>} enc, and ciphertext‖tag
 */
export async function seal(officePublicKey, ephemeralIkm, aad, plaintext) {
  const s = await suite();
  const recipientPublicKey = await s.kem.deserializePublicKey(officePublicKey);
  const { ct, enc } = await s.seal({ recipientPublicKey, info: INFO, ekm: ephemeralIkm }, plaintext, aad);
  return { enc: new Uint8Array(enc), sealed: new Uint8Array(ct) };
}
