// Seeded fuzzing of the intake routes with random and mutated JSON: never a 5xx, always the error shape,
// the server keeps answering, and rows appear only for 200 answers.
import { expect } from "chai";

import { rng as prng } from "../aggregator/fixtures";
import { scoresBody, submissionBody, testApp, TRAINERS, VALIDATORS } from "./helpers";

const SEED = Number(process.env.AERIE_FUZZ_SEED ?? 7);
const CASES = Number(process.env.AERIE_FUZZ_CASES ?? 600);

describe(`node intake fuzz (seed ${SEED}, ${CASES} cases)`, function () {
  this.timeout(120_000);

  it("random and mutated JSON never gets a 5xx, and every refusal has the error shape", async function () {
    const rnd = prng(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const int = (n: number) => Math.floor(rnd() * n);
    const app = await testApp();
    const seeds = [
      await submissionBody(TRAINERS[0]!),
      await submissionBody(TRAINERS[1]!),
      await scoresBody(VALIDATORS[0]!),
      await scoresBody(VALIDATORS[1]!),
    ];
    const atoms: unknown[] = [
      null, true, false, 0, -1, 1.5, 1e308, -0, 2 ** 53, "", "0", "-1", "0x", "0x00", "1".repeat(100), "\u0000", "é漢🙂",
      `0x${"f".repeat(130)}`, `0x${"0".repeat(130)}`, `0x${"g".repeat(64)}`, "__proto__", [], {}, [[[]]], { a: { b: { c: {} } } },
      TRAINERS[2]!.address, TRAINERS[2]!.address.toLowerCase(),
    ];
    const randomValue = (depth: number): unknown => {
      const r = rnd();
      if (depth > 3 || r < 0.5) return pick(atoms);
      if (r < 0.75) return Array.from({ length: int(4) }, () => randomValue(depth + 1));
      return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(["message", "signature", "domain", "taskId", "x", "scores"]), randomValue(depth + 1)]));
    };
    const mutate = (value: unknown): unknown => {
      const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      const paths: { obj: Record<string, unknown> | unknown[]; key: string | number }[] = [];
      const walk = (o: unknown) => {
        if (o === null || typeof o !== "object") return;
        for (const k of Object.keys(o)) {
          paths.push({ obj: o as Record<string, unknown>, key: Array.isArray(o) ? Number(k) : k });
          walk((o as Record<string, unknown>)[k]);
        }
      };
      walk(copy);
      for (let n = 1 + int(3); n > 0 && paths.length > 0; n--) {
        const { obj, key } = pick(paths);
        const current = (obj as Record<string | number, unknown>)[key];
        const op = int(5);
        if (op === 0) delete (obj as Record<string | number, unknown>)[key];
        else if (op === 1) (obj as Record<string | number, unknown>)[key] = randomValue(2);
        else if (op === 2 && typeof current === "string" && current.length > 0) {
          const i = int(current.length);
          (obj as Record<string | number, unknown>)[key] = current.slice(0, i) + pick(["0", "f", "x", "", "ff", "\u0000"]) + current.slice(i + 1);
        } else if (op === 3) (obj as Record<string, unknown>)[`extra${int(3)}`] = randomValue(2);
        else (obj as Record<string | number, unknown>)[key] = pick(atoms);
      }
      return copy;
    };

    const statuses = new Map<number, number>();
    let accepted = 0;
    for (let i = 0; i < CASES; i++) {
      const url = pick(["/v1/submissions", "/v1/scores", "/v1/submissions", "/v1/scores", "/v1/signatures"]);
      const kind = rnd();
      let payload: string;
      if (kind < 0.15) payload = JSON.stringify(randomValue(0)) ?? "null";
      else if (kind < 0.25) {
        const text = JSON.stringify(pick(seeds));
        const cut = int(text.length);
        payload = text.slice(0, cut) + pick(["", "}", "]", ",", '"', "\\", "{{"]) + text.slice(cut + 1);
      } else payload = JSON.stringify(mutate(pick(seeds)));
      const contentType = rnd() < 0.9 ? "application/json" : pick(["text/plain", "application/json; charset=utf-8", "application/x-www-form-urlencoded", ""]);
      const res = await app.app.inject({ method: "POST", url, payload, headers: contentType === "" ? {} : { "content-type": contentType } });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      expect(res.statusCode, `case ${i}: ${url} ${payload.slice(0, 200)} → ${res.body}`).to.be.below(500);
      if (res.statusCode === 200) accepted++;
      else {
        const body = res.json() as { error?: { code?: unknown; message?: unknown } };
        expect(body.error?.code, `case ${i}`).to.be.a("string");
        expect(body.error?.message, `case ${i}`).to.be.a("string");
      }
    }
    // status routes with random path segments
    const segments = ["1", "0", "x", "-1", "1".repeat(90), "%00", "%2e%2e", TRAINERS[0]!.address, "0x12", "", "é", "null"];
    for (let i = 0; i < CASES / 4; i++) {
      const url = `/v1/${pick(["submissions", "scores", "signatures", "x"])}/${pick(segments)}/${pick(segments)}/${pick(segments)}${rnd() < 0.2 ? `/${pick(segments)}` : ""}`;
      const res = await app.app.inject({ method: pick(["GET", "GET", "POST", "DELETE", "HEAD"]) as "GET", url });
      expect(res.statusCode, `GET case ${i}: ${url} → ${res.body}`).to.be.below(500);
      if (res.statusCode >= 400 && res.body !== "") expect((res.json() as { error: { code: string } }).error.code, url).to.be.a("string");
    }
    // the seeds themselves are valid, so some mutations (e.g. an extra-free no-op) may be accepted
    expect(app.inbox.count()).to.be.at.most(accepted);
    expect((await app.app.inject({ method: "GET", url: "/healthz" })).statusCode).to.equal(200);
    console.log(`      statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
    await app.close();
  });
});
