// The aggregator's inbox of signed messages: one JSON-lines file per task round (docs/AGGREGATOR.md).
//
// Line format: {"kind":"submission"|"scores","message":{…},"signature":"0x…","receivedAt":"<unix seconds>"}, with
// uint256 values as decimal strings. Lines are parsed with the core's message schemas (src/aggregator/schema.ts).
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";

import type { SignedScores, SignedSubmission } from "../aggregator/messages";
import { DecimalUintSchema, describeFirstIssue, makeInputSchemas } from "../aggregator/schema";
import { toJsonValue } from "../lib/canonical";
import { InvalidFileError } from "../lib/errors";

// ------------------------------------------------------------------ types

/** One inbox line in memory: a signed Submission or a signed Scores message and when it arrived (unix s). */
export type InboxEntry = ({ kind: "submission" } & SignedSubmission) | ({ kind: "scores" } & SignedScores);

/** A round's inbox, split by kind, in file order. */
export type Inbox = { submissions: SignedSubmission[]; scores: SignedScores[] };

// ------------------------------------------------------------------ schema

const J = makeInputSchemas(DecimalUintSchema);
const InboxLineSchema = z.discriminatedUnion("kind", [J.submission.extend({ kind: z.literal("submission") }), J.scores.extend({ kind: z.literal("scores") })], {
  error: 'an inbox line with "kind" either "submission" or "scores"',
});

// ------------------------------------------------------------------ functions

/**
 * The inbox file of one round: `<dir>/task-<taskId>-round-<round>.jsonl`.
 * @param dir the inbox directory (the CLI's `--inbox`, default `out/inbox`).
 */
export function inboxPath(dir: string, taskId: bigint, round: bigint): string {
  return join(dir, `task-${taskId}-round-${round}.jsonl`);
}

/**
 * Appends one signed message to its round's inbox (creating the directory and file as needed).
 * @returns the inbox file's path.
 * @throws {InvalidFileError} when the entry cannot be serialized (a value that is not JSON).
 */
export function appendToInbox(dir: string, entry: InboxEntry): string {
  const file = inboxPath(dir, entry.message.taskId, entry.message.round);
  let line: string;
  try {
    line = JSON.stringify(toJsonValue(entry));
  } catch (error) {
    throw new InvalidFileError(`cannot write to ${file}: ${(error as Error).message}`, file, { cause: error });
  }
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, line + "\n");
  return file;
}

/**
 * Reads a round's inbox. A missing file is an empty inbox (nobody delivered anything). Blank lines are skipped.
 * Signatures are not checked here: the aggregator core does that (`selectSubmissions`, `selectScores`).
 *
 * @returns the submissions and scores, in file order, with bigints, checksummed addresses and lowercase hex.
 * @throws {InvalidFileError} naming the file, the line number and the first bad field when a line is not JSON,
 *   does not match the message schema, or belongs to another task or round.
 */
export function readInbox(dir: string, taskId: bigint, round: bigint): Inbox {
  const file = inboxPath(dir, taskId, round);
  const inbox: Inbox = { submissions: [], scores: [] };
  if (!existsSync(file)) return inbox;
  const lines = readFileSync(file, "utf8").split("\n");
  for (const [i, text] of lines.entries()) {
    if (text.trim() === "") continue;
    const where = `${file}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch (error) {
      throw new InvalidFileError(`${where} is not valid JSON (${(error as Error).message}): fix or delete that line`, file, { cause: error });
    }
    const parsed = InboxLineSchema.safeParse(json);
    if (!parsed.success) throw new InvalidFileError(`${where}: ${describeFirstIssue(parsed.error, json)}: fix or delete that line`, file, { cause: parsed.error });
    const { message, signature, receivedAt } = parsed.data;
    if (message.taskId !== taskId || message.round !== round) {
      throw new InvalidFileError(
        `${where} holds a message for task ${message.taskId} round ${message.round}, not task ${taskId} round ${round}: move it to its own round's inbox`,
        file,
      );
    }
    if (parsed.data.kind === "submission") inbox.submissions.push({ message: parsed.data.message, signature, receivedAt });
    else inbox.scores.push({ message: parsed.data.message, signature, receivedAt });
  }
  return inbox;
}
