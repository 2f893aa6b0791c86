// Every error code the node can answer is documented in docs/NODE-API.md (newcomer run 7: `invalid_query` was
// answered but not documented). The codes are read from the source that answers them.
import { expect } from "chai";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { FL_REJECTION_CODES } from "../../src/aggregator/messagesFl";

const ROOT = join(__dirname, "..", "..");

/** The .ts files under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/**
 * The codes the node's HTTP answers carry, as the source writes them: `new HttpError(status, "code"`, `code: "code"`
 * (fastify's errors, the committee's signature checks), `errorBody("code"`, the schema failures `_parse(…, "code"`,
 * a `const code = …` choosing among literals, and the FL Alliance rejection codes.
 */
function answeredCodes(): Set<string> {
  const files = [...sources(join(ROOT, "src/node/http")), ...sources(join(ROOT, "src/node/intake")), join(ROOT, "src/node/committee/signatures.ts")];
  const codes = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const re of [/HttpError\(\s*\d{3},\s*"([A-Za-z_]+)"/g, /\bcode: "([A-Za-z_]+)"/g, /errorBody\("([A-Za-z_]+)"/g, /_parse\([^;]*?"(invalid_[a-z]+)"/g]) {
      for (const m of text.matchAll(re)) codes.add(m[1]!);
    }
    for (const line of text.split("\n").filter((l) => /\bconst code = /.test(l))) for (const m of line.matchAll(/"([a-z]+_[a-z_]+)"/g)) codes.add(m[1]!);
  }
  // REPLACED and EQUIVOCATION are a bundle's rejection reasons (a message replaced by a later one, or one of two sent
  // for the same window), never HTTP answers
  const bundleOnly: string[] = [FL_REJECTION_CODES.replaced, FL_REJECTION_CODES.equivocation];
  for (const c of Object.values(FL_REJECTION_CODES)) if (!bundleOnly.includes(c)) codes.add(c);
  return codes;
}

describe("docs/NODE-API.md documents every error code the node answers", function () {
  const doc = readFileSync(join(ROOT, "docs/NODE-API.md"), "utf8");

  it("finds the codes in the source (the scan itself works)", function () {
    const codes = answeredCodes();
    for (const c of ["invalid_query", "not_committee_node", "window_closed", "body_too_large", "invalid_body", "invalid_params", "not_found", "length_mismatch", "NOT_PROPOSER"]) expect([...codes]).to.include(c);
  });

  it("each one appears as `code` in the doc", function () {
    const missing = [...answeredCodes()].filter((c) => !doc.includes(`\`${c}\``)).sort();
    expect(missing, "codes answered but not in docs/NODE-API.md").to.deep.equal([]);
  });
});
