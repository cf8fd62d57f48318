// The page's postal lookup: the prefix file's layout (src/site/postal.rs),
// one download per prefix, and nothing found rather than an error.

import { test } from "node:test";
import assert from "node:assert/strict";

import { PostalLookup, townLabel, townsIn } from "../src/form/postal.js";

const FILE_111 = {
  areas: [["東京都", "台東区"], ["東京都", "荒川区"]],
  codes: {
    "0031": [[0, "千束"]],
    "0032": [[0, "浅草", "１～７丁目"], [1, "南千住"]],
    "0000": [[0, ""]],
  },
};

test("towns of a code, in the file's order, with their notes", () => {
  assert.deepEqual(townsIn(FILE_111, "111-0031"), [
    { prefecture: "東京都", city: "台東区", town: "千束", note: null },
  ]);
  assert.deepEqual(
    townsIn(FILE_111, "111-0032").map(townLabel),
    ["東京都 台東区 浅草（１～７丁目）", "東京都 荒川区 南千住"],
  );
  // 「以下に掲載がない場合」: the city alone.
  assert.equal(townLabel(townsIn(FILE_111, "111-0000")[0]), "東京都 台東区");
  assert.deepEqual(townsIn(FILE_111, "111-9999"), []);
  assert.deepEqual(townsIn(null, "111-0031"), []);
});

test("one download per prefix; codes as residents type them", async () => {
  const asked = [];
  const lookup = new PostalLookup(async (path) => {
    asked.push(path);
    return path === "postal/111.json" ? FILE_111 : null;
  });
  assert.equal((await lookup.towns("〒１１１－００３１"))[0].town, "千束");
  assert.equal((await lookup.towns("1110032")).length, 2);
  assert.deepEqual(await lookup.towns("222-0001"), []);
  assert.deepEqual(await lookup.towns("11100"), []);
  assert.deepEqual(asked, ["postal/111.json", "postal/222.json"]);
});

test("a failed download finds nothing instead of failing the page", async () => {
  const lookup = new PostalLookup(async () => {
    throw new Error("offline");
  });
  assert.deepEqual(await lookup.towns("111-0031"), []);
});
