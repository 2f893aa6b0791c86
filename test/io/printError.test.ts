import { expect } from "chai";

import { AerieError, UsageError } from "../../src/lib/errors";
import { AddressBookError } from "../../src/sdk/errors";
import { describeError, formatError, printError } from "../../src/io/printError";

function sink() {
  const chunks: string[] = [];
  return { chunks, write: (t: string) => chunks.push(t) };
}

describe("io: printError", function () {
  it("reduces an AerieError to its code and one-line message", function () {
    expect(describeError(new UsageError("--task: expected a whole number, got 'x'"))).to.deep.equal({ code: "USAGE", message: "--task: expected a whole number, got 'x'" });
    expect(describeError(new AddressBookError("stale: redeploy"))).to.deep.equal({ code: "ADDRESS_BOOK", message: "stale: redeploy" });
    expect(describeError(new AerieError("base"))).to.deep.equal({ code: "AERIE", message: "base" });
  });

  it("uses a library error's shortMessage, and any other error's message, under code UNEXPECTED", function () {
    expect(describeError(Object.assign(new Error("long\ntext"), { shortMessage: "HTTP request failed." }))).to.deep.equal({ code: "UNEXPECTED", message: "HTTP request failed." });
    expect(describeError(new Error("first line\n  second line\n"))).to.deep.equal({ code: "UNEXPECTED", message: "first line; second line" });
    expect(describeError("plain")).to.deep.equal({ code: "UNEXPECTED", message: "plain" });
  });

  it("formats one human line or one JSON object", function () {
    const e = new UsageError("--amount: expected an amount of tokens like 100 or 12.5, got 'x'");
    expect(formatError(e)).to.equal("error: --amount: expected an amount of tokens like 100 or 12.5, got 'x'\n");
    expect(JSON.parse(formatError(e, true))).to.deep.equal({ error: { code: "USAGE", message: "--amount: expected an amount of tokens like 100 or 12.5, got 'x'" } });
  });

  it("prints human errors on stderr and JSON errors on stdout, returning exit code 1", function () {
    const out = sink();
    const err = sink();
    expect(printError(new UsageError("bad: fix it"), { stdout: out, stderr: err })).to.equal(1);
    expect(printError(new UsageError("bad: fix it"), { json: true, stdout: out, stderr: err })).to.equal(1);
    expect(err.chunks).to.deep.equal(["error: bad: fix it\n"]);
    expect(out.chunks).to.deep.equal(['{"error":{"code":"USAGE","message":"bad: fix it"}}\n']);
  });
});
