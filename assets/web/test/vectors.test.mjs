// The page's encoder reproduces every known-answer vector of the Rust encoder
// (tests/fixtures/preapp/vectors) byte for byte, with the vectors' fixed
// office key, clock and ephemeral-key randomness. The CBOR code tables are
// the ones Rust exports (tests/fixtures/preapp/tables.json, kept equal to
// `madoguchi::site` by tests/site_build.rs).

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { encodePreapp, officeKeyBytes, qrModules, qrVersion } from "../src/payload/index.js";

const fixtures = fileURLToPath(new URL("../../../tests/fixtures/preapp/", import.meta.url));
const tables = JSON.parse(readFileSync(`${fixtures}tables.json`, "utf8"));
const hex = (bytes) => Buffer.from(bytes).toString("hex");
const unhex = (text) => Uint8Array.from(Buffer.from(text, "hex"));

const names = readdirSync(`${fixtures}vectors`).filter((f) => f.endsWith(".json"));

test("there are vectors to check", () => assert.ok(names.length >= 5));

for (const name of names) {
  test(`vector ${name}`, async () => {
    const { input, output } = JSON.parse(readFileSync(`${fixtures}vectors/${name}`, "utf8"));
    const officeKey = input.encrypted ? unhex(input.office_key.public_key) : null;
    const ikm = input.encrypted ? unhex(input.ephemeral_derive_key_pair_ikm) : null;
    let draws = 0;
    const got = await encodePreapp(input.form, {
      tables,
      officeKey,
      now: input.created_unix * 1000,
      validityDays: input.validity_days,
      maxQrVersion: input.max_qr_version_at_ec_m,
      random: (n) => {
        draws += 1;
        assert.equal(n, 32);
        return ikm;
      },
    });
    assert.equal(hex(got.cbor), output.cbor, "cbor");
    assert.equal(hex(got.deflated), output.deflated, "deflated");
    assert.equal(got.compressed, output.compressed, "compressed");
    assert.equal(hex(got.message), output.message, "message");
    if (input.encrypted) {
      assert.equal(hex(got.message.subarray(0, 7)), input.office_key.key_id, "key id");
      assert.equal(hex(got.message.subarray(7, 39)), output.enc, "enc");
      assert.equal(draws, 1, "one ephemeral key");
    }
    assert.deepEqual(got.texts, output.texts, "texts");
    for (const text of got.texts) {
      const modules = qrModules(text);
      assert.equal(modules.length, 17 + 4 * qrVersion(text), "module count of the version");
      assert.ok(qrVersion(text) <= input.max_qr_version_at_ec_m);
    }
  });
}

test("office.pub text gives the raw key", () => {
  const line = "madoguchi-office-public-key-v1:sfG4QN56MkGwJ0jPmwW3TcjF6EUSmHOIF712qo6-jCs";
  assert.equal(hex(officeKeyBytes(line)), "b1f1b840de7a3241b02748cf9b05b74dc8c5e8451298738817bd76aa8ebe8c2b");
  assert.throws(() => officeKeyBytes("sfG4QN56MkGwJ0jPmwW3TcjF6EUSmHOIF712qo6-jCs"));
});

test("the QR versions follow the Rust encoder's segment choice", () => {
  // Long digit runs go into numeric segments, which can lower the version.
  assert.equal(qrVersion("MG1:" + "A".repeat(300)), 10);
  assert.equal(qrVersion("HELLO WORLD"), 1);
  assert.equal(qrVersion("MG1:" + "A".repeat(4296)), null);
});
