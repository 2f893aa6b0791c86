import { expect } from "chai";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, repoFiles } from "./repoFiles";

/**
 * Honest CI (issue 6, item 1): a failing Foundry test must make `npm run test:forge`, and so `npm test` and
 * `.ci/run`, exit non-zero. The npm launchers of forge, cast and anvil (`npx forge`) never pass the binary's
 * exit status on, so every script goes through `tools/forge` / `tools/cast` / `tools/anvil`, which exec the
 * native binary. These tests run a deliberately failing and a passing forge test in a throw-away Foundry
 * project through the very npm script CI runs, and guard the scripts against a return of the launchers.
 */


/** package.json's scripts, as CI runs them. */
const SCRIPTS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;

/**
 * Two test contracts in one file: forge selects one per run with `--match-contract`, and the second run
 * reuses the first run's build. The failure message is unique so the assertion cannot match anything else.
 */
const CANARY_SOL = `// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

contract PassingCanaryTest {
    function test_passes() public pure {
        require(2 + 2 == 4, "arithmetic broke");
    }
}

contract FailingCanaryTest {
    function test_failsDeliberately() public pure {
        revert("aerie-ci-canary: this failure must fail the run");
    }
}
`;

/**
 * A minimal foundry.toml: the project's offline compiler (tools/forge-solc over solc-js) and no optimizer,
 * so the two contracts compile in a few seconds.
 */
function foundryToml(): string {
  return [
    "[profile.default]",
    'src = "src"',
    'test = "test"',
    'out = "out"',
    'cache_path = "cache"',
    "libs = []",
    `solc = ${JSON.stringify(join(ROOT, "tools", "forge-solc"))}`,
    "offline = true",
    "auto_detect_solc = false",
    "optimizer = false",
    'test_failures_file = "cache/test-failures"',
    "",
  ].join("\n");
}

/** Runs `npm run <script> -- <args>` from the repository root, as CI does, and captures everything. */
function npmRun(script: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FOUNDRY_PROFILE: "default", NO_COLOR: "1" },
    timeout: 240_000,
  });
}

/** stdout and stderr together, for assertion messages and matching. */
function output(r: SpawnSyncReturns<string>): string {
  return `${r.stdout ?? ""}\n${r.stderr ?? ""}`;
}

describe("ci: a failing forge test fails the run", function () {
  this.timeout(300_000);
  let project: string;

  before(function () {
    project = mkdtempSync(join(tmpdir(), "aerie-forge-exit-"));
    mkdirSync(join(project, "src"));
    mkdirSync(join(project, "test"));
    writeFileSync(join(project, "foundry.toml"), foundryToml());
    writeFileSync(join(project, "test", "Canary.t.sol"), CANARY_SOL);
  });

  after(function () {
    rmSync(project, { recursive: true, force: true });
  });

  it("test:forge runs the native forge through tools/forge", function () {
    expect(SCRIPTS["test:forge"]).to.match(/^tools\/forge test(\s|$)/);
  });

  it("npm run test:forge exits 0 when every selected test passes", function () {
    const r = npmRun("test:forge", ["--root", project, "--match-contract", "PassingCanaryTest"]);
    expect(r.error, String(r.error)).to.equal(undefined);
    expect(r.status, output(r)).to.equal(0);
    expect(output(r)).to.match(/\[PASS\] test_passes\(\)/);
    expect(output(r)).to.match(/1 tests passed, 0 failed/);
  });

  it("npm run test:forge exits non-zero and reports the failure when a test fails", function () {
    const r = npmRun("test:forge", ["--root", project, "--match-contract", "FailingCanaryTest"]);
    expect(r.error, String(r.error)).to.equal(undefined);
    expect(r.status, output(r)).to.be.a("number").and.not.equal(0);
    expect(output(r)).to.match(/\[FAIL: aerie-ci-canary: this failure must fail the run\] test_failsDeliberately\(\)/);
    expect(output(r)).to.match(/0 tests passed, 1 failed/);
  });

  it("npm test runs test:forge after test:hardhat and stops at the first failure (&&)", function () {
    expect(SCRIPTS.test).to.equal("npm run test:hardhat && npm run test:forge");
  });
});

describe("ci: tools/forge, tools/cast and tools/anvil run the native binaries", function () {
  this.timeout(60_000);

  for (const tool of ["forge", "cast", "anvil"]) {
    it(`tools/${tool} passes the exit status of the native ${tool} on`, function () {
      const version = spawnSync(join(ROOT, "tools", tool), ["--version"], { encoding: "utf8" });
      expect(version.status, output(version)).to.equal(0);
      expect(version.stdout).to.match(new RegExp(`^${tool} Version: \\d+\\.\\d+\\.\\d+`));
      // The npm launcher exits 0 here; the native binary rejects the unknown subcommand with clap's status 2.
      const bad = spawnSync(join(ROOT, "tools", tool), ["no-such-subcommand"], { encoding: "utf8" });
      expect(bad.status, output(bad)).to.equal(2);
    });
  }

  it("fails loudly, status 127, when the native binary is not installed", function () {
    const bare = mkdtempSync(join(tmpdir(), "aerie-no-foundry-"));
    try {
      mkdirSync(join(bare, "tools"));
      copyFileSync(join(ROOT, "tools", "foundry"), join(bare, "tools", "foundry"));
      symlinkSync("foundry", join(bare, "tools", "forge"));
      const r = spawnSync("bash", [join(bare, "tools", "forge"), "test"], { encoding: "utf8" });
      expect(r.status, output(r)).to.equal(127);
      expect(r.stderr).to.match(/^tools\/forge: native binary not found at node_modules\/@foundry-rs\/forge-\w+-\w+\/bin\/forge; run `npm ci`/);
      expect(r.stdout).to.equal("");
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it("refuses an unknown tool name with status 2", function () {
    const r = spawnSync(join(ROOT, "tools", "foundry"), ["solc", "--version"], { encoding: "utf8" });
    expect(r.status, output(r)).to.equal(2);
    expect(r.stderr).to.match(/^tools\/foundry: unknown tool 'solc'/);
  });
});

/**
 * Ways of starting an npm launcher instead of tools/<tool>: npx with the tool, node_modules/.bin/<tool>, or a
 * spawn/exec of the bare name, also as the first argument after npx (spawn of npx with ["anvil", …]).
 */
const LAUNCHER_CALLS: RegExp[] = [
  /\bnpx\s+(?:-\S+\s+)*(?:forge|cast|anvil)\b/,
  /\.bin\/(?:forge|cast|anvil)\b/,
  /\b(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|execa|fork)\(\s*["'`](?:forge|cast|anvil)["'`]/,
  /\(\s*["'`]npx["'`]\s*,\s*\[\s*(?:["'`]-\S*["'`]\s*,\s*)*["'`](?:forge|cast|anvil)["'`]/,
];

/** A shell line running a bare forge/cast/anvil (not tools/forge, not a word inside a sentence of a comment). */
const BARE_SHELL_CALL = /(?:^|[;&|(]\s*|^\s*(?:[A-Z_]+=\S*\s+)+)(?:forge|cast|anvil)\s/;

describe("ci: nothing calls the npm launchers of forge, cast or anvil", function () {
  it("no package.json script runs a bare forge, cast or anvil", function () {
    for (const [name, line] of Object.entries(SCRIPTS)) {
      for (const part of line.split(/&&|\|\||;/)) {
        expect(BARE_SHELL_CALL.test(part.trim()) || LAUNCHER_CALLS.some((re) => re.test(part)), `script ${name}: ${line}`).to.equal(false);
      }
    }
  });

  it("no script, benchmark, source, test, CI step or doc starts a launcher", function () {
    const files = [
      ...repoFiles([".ci", "scripts", "bench", "src", "test", "tools", "app"], [".ts", ".js", ".mjs", ".cjs", ".sh", "run"]),
      ...repoFiles(["docs", "README.md"], [".md"]),
    ];
    const offenders: string[] = [];
    for (const f of files) {
      readFileSync(join(ROOT, f), "utf8")
        .split("\n")
        .forEach((line, i) => {
          // A line that names "launcher" explains the launchers (docs/FOUNDRY.md) rather than running one.
          if (/launcher/i.test(line)) return;
          if (LAUNCHER_CALLS.some((re) => re.test(line))) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders, "use tools/forge, tools/cast or tools/anvil (they exec the native binary)").to.deep.equal([]);
  });

  it(".ci/run stops at the first failing step (set -euo pipefail) and runs npm test", function () {
    const run = readFileSync(join(ROOT, ".ci", "run"), "utf8");
    const lines = run.split("\n").map((l) => l.trim());
    const strict = lines.indexOf("set -euo pipefail");
    expect(strict, run).to.be.greaterThan(0);
    expect(lines.indexOf("npm test"), run).to.be.greaterThan(strict);
    expect(run).to.not.match(/\|\|\s*true/);
  });
});
