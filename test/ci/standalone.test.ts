import { expect } from "chai";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { ROOT, repoFiles } from "./repoFiles";

/**
 * The repository stands alone (issue 6, item 9): a fresh clone can follow every section reference in code and
 * docs, because each one names a document inside the repository and a section that exists in it, and nothing
 * points at the specification's former home outside the repository. tools/fix-refs performs the rewrite; this
 * test is independent of it (its own parser), so a reference added later in the old form fails here.
 */

/** The section sign, spelled as an escape so this file holds no reference of its own. */
const SECT = "\u00a7";
/** A section id after the sign: 9, 9.4, 7a. */
const ID = "\\d+[a-z]?(?:\\.\\d+)*";
/** Files whose references and paths are checked. */
const TEXT_EXTS = [".sol", ".ts", ".tsx", ".js", ".mjs", ".cjs", ".md", ".json"];
const filesIn = (entries: string[]): string[] => repoFiles(entries, TEXT_EXTS);

/** The 1-based line of `offset` in `text`. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

/**
 * The section ids a Markdown document defines: `## 7a. Title` defines `7a`; a numbered list item `3.` defines
 * `H.3` under a numbered heading `H`, or `3` under an unnumbered one (rules listed under group headings).
 */
function sectionsOf(markdown: string): Set<string> {
  const ids = new Set<string>();
  let heading: string | null = null;
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const h = /^#{1,6}\s+(\d+[a-z]?)\.\s/.exec(line);
    if (h) {
      heading = h[1];
      ids.add(heading);
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      heading = null;
      continue;
    }
    const item = /^ {0,3}(\d+)\.\s/.exec(line);
    if (item) ids.add(heading === null ? item[1] : `${heading}.${item[1]}`);
  }
  return ids;
}

/** The document named just before a reference (`docs/PROTOCOL.md <sign>`, with optional backtick or parenthesis). */
const NAMED = /([\w./-]+\.md)[`)\]]*\s*$/;
/** A reference continuing a list or a range after a comma, slash, dash, semicolon, `and` or `or`. */
const CONTINUING = new RegExp(`${SECT}(${ID})(?:[–-]\\d+)?[\`)]*\\s*(?:,|/|–|-|;|&|\\band\\b|\\bor\\b)\\s*$`);

type Reference = { file: string; line: number; doc: string | null; id: string; rangeEnd: string | null };

/** Every section reference in `text` (file `file`), with the document it resolves to (null: none named). */
function referencesIn(file: string, text: string): Reference[] {
  const refs: Reference[] = [];
  const sign = new RegExp(`${SECT}(${ID})(?:[–-](\\d+)(?![\\d.]))?`, "g");
  for (const m of text.matchAll(sign)) {
    let end = m.index;
    let doc: string | null = null;
    for (let hops = 0; hops < 20; hops++) {
      const before = text.slice(Math.max(0, end - 200), end);
      const named = NAMED.exec(before);
      if (named) {
        doc = named[1];
        break;
      }
      const cont = CONTINUING.exec(before);
      if (!cont) break;
      end = end - before.length + cont.index; // the previous reference of the list: resolve it instead
    }
    // A bare reference inside a Markdown document names that document's own section.
    if (doc === null && file.endsWith(".md")) doc = file;
    refs.push({ file, line: lineOf(text, m.index), doc, id: m[1], rangeEnd: m[2] ?? null });
  }
  return refs;
}

/** Resolves a named document from the root, then from the citing file's folder; null if not in the repository. */
function resolveDoc(doc: string, citingFile: string): string | null {
  for (const base of [ROOT, join(ROOT, dirname(citingFile))]) {
    const abs = resolve(base, doc);
    const rel = relative(ROOT, abs);
    if (rel.startsWith("..") || rel.startsWith(sep)) continue;
    if (existsSync(abs) && statSync(abs).isFile()) return rel.split(sep).join("/");
  }
  return null;
}

describe("ci: the repository stands alone", function () {
  const cache = new Map<string, Set<string>>();
  const sections = (doc: string): Set<string> => {
    let ids = cache.get(doc);
    if (!ids) {
      ids = sectionsOf(readFileSync(join(ROOT, doc), "utf8"));
      cache.set(doc, ids);
    }
    return ids;
  };

  it(`docs/PROTOCOL.md has the specification's section numbers: 1–9 with 7a, and properties 9.1–9.7`, function () {
    const ids = sections("docs/PROTOCOL.md");
    for (const id of ["1", "2", "3", "4", "5", "6", "7", "7a", "8", "9", "9.1", "9.2", "9.3", "9.4", "9.5", "9.6", "9.7"]) {
      expect(ids.has(id), `docs/PROTOCOL.md lacks ${SECT}${id}`).to.equal(true);
    }
    expect(ids.has("9.8"), "docs/PROTOCOL.md: section 9 lists exactly 7 properties").to.equal(false);
  });

  it("docs/CONVENTIONS.md has rules 1–20, numbered as the style guide", function () {
    const ids = sections("docs/CONVENTIONS.md");
    for (let n = 1; n <= 20; n++) expect(ids.has(String(n)), `docs/CONVENTIONS.md lacks rule ${n}`).to.equal(true);
  });

  it("nothing in src/, contracts/, docs/, scripts/, bench/, tools/, app/ or README.md points outside the repository", function () {
    const outside = /\.\.\/shared\b|\/work\/shared\b|shared\/(?:PROTOCOL|STYLE)\b/;
    const offenders: string[] = [];
    // tools/fix-refs names the old paths: it is the script that rewrites them.
    const files = filesIn(["src", "contracts", "docs", "scripts", "bench", "tools", "app", "README.md"]).filter((f) => f !== "tools/fix-refs");
    for (const f of files) {
      readFileSync(join(ROOT, f), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (outside.test(line)) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).to.deep.equal([]);
  });

  it("no test cites the specification or the style guide outside the repository", function () {
    // test/ may import its own test/shared/ folder ("../shared/fixtures"), and may read ../shared/cases optionally.
    const outside = /shared\/(?:PROTOCOL|STYLE)\b|\/work\/shared\/(?!cases\b)/;
    const offenders = filesIn(["test"]).filter((f) => outside.test(readFileSync(join(ROOT, f), "utf8")));
    expect(offenders).to.deep.equal([]);
  });

  it(`every ${SECT} reference names a document in the repository and a section that exists in it`, function () {
    const files = filesIn(["contracts", "src", "test", "docs", "scripts", "bench", "tools", "app", "README.md"]);
    const refs = files.flatMap((f) => referencesIn(f, readFileSync(join(ROOT, f), "utf8")));
    expect(refs.length, "the code and docs cite sections").to.be.greaterThan(50);
    const broken: string[] = [];
    for (const r of refs) {
      const where = `${r.file}:${r.line}: ${SECT}${r.id}`;
      if (r.doc === null) {
        broken.push(`${where} names no document (write docs/PROTOCOL.md ${SECT}${r.id} or docs/CONVENTIONS.md ${SECT}${r.id}; tools/fix-refs does it)`);
        continue;
      }
      const doc = resolveDoc(r.doc, r.file);
      if (doc === null) {
        broken.push(`${where} cites ${r.doc}, which is not a file in the repository`);
        continue;
      }
      if (!doc.endsWith(".md")) continue; // a section of a non-Markdown file is not checked here
      for (const id of r.rangeEnd === null ? [r.id] : [r.id, r.rangeEnd]) {
        if (!sections(doc).has(id)) broken.push(`${where} cites ${doc} ${SECT}${id}, which has no such section`);
      }
    }
    expect(broken).to.deep.equal([]);
  });

  it("the reference parser resolves lists, ranges and named documents, and flags bare and outside references", function () {
    const text = [
      `a (docs/PROTOCOL.md ${SECT}7, ${SECT}9.7) b`,
      `c docs/PROTOCOL.md ${SECT}9.1–${SECT}9.6 d`,
      `e PROTOCOL ${SECT}4 f`,
      `g \`docs/CONVENTIONS.md\` ${SECT}11 h ${SECT}3–6`,
    ].join("\n");
    const refs = referencesIn("src/x.ts", text).map((r) => [r.line, r.doc, r.id, r.rangeEnd]);
    expect(refs).to.deep.equal([
      [1, "docs/PROTOCOL.md", "7", null],
      [1, "docs/PROTOCOL.md", "9.7", null],
      [2, "docs/PROTOCOL.md", "9.1", null],
      [2, "docs/PROTOCOL.md", "9.6", null],
      [3, null, "4", null],
      [4, "docs/CONVENTIONS.md", "11", null],
      [4, null, "3", "6"],
    ]);
    // Spelled in pieces so that tools/fix-refs, which rewrites this folder too, leaves the case as it is.
    expect(resolveDoc(["..", "shared", "PROTOCOL.md"].join("/"), "README.md")).to.equal(null);
    expect(resolveDoc("DESIGN.md", "docs/SECURITY.md")).to.equal("docs/DESIGN.md");
  });
});
