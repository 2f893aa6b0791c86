// Commit–reveal and FL Alliance commands (docs/NODE-API.md): propose-update, vote commit | reveal, commit-scores,
// reveal-scores. Every one signs with the chosen account and delivers to Aerie nodes (`--node`). A commitment's salt
// and payload are saved in the data directory before the commitment is sent, so the reveal works after a restart.
import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { signTypedData } from "viem/actions";
import type { Hex } from "viem";

import { MAX_SCORE } from "../../aggregator/constants";
import { MAX_VOTE } from "../../aggregator/policy/flockFlAllianceV1";
import {
  aerieDomain,
  MODEL_UPDATE_TYPES,
  SCORES_COMMIT_TYPES,
  SCORES_TYPES,
  scoresCommitment,
  VOTE_COMMIT_TYPES,
  VOTE_TYPES,
  voteCommitment,
  type Scores,
  type Vote,
} from "../../lib/eip712";
import { UsageError } from "../../lib/errors";
import { cliDataDir, loadCommit, saveCommit, type CommitKind, type SavedCommit } from "../../io/salts";
import { postModelUpdate, postScoresCommit, postScoresReveal, postVote, postVoteCommit } from "../../node/client";
import { address, bytes32, list, uint, urls } from "../args";
import type { Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { deliverToAll } from "../nodeCalls";
import { acceptedLines } from "./nodeOperator";
import { signer } from "./stakers";

const NODE_HELP = "the Aerie nodes to deliver to (comma-separated base URLs: every committee member and the guardian)";
const DATA_DIR_HELP = "where commitments' salts are kept until the reveal (default $AERIE_DATA_DIR or ~/.aerie)";

/** A signed integer vote in [−1 000 000, 1 000 000]. */
function voteValue(value: string, option: string): bigint {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${option}: expected a whole number in [-${MAX_VOTE}, ${MAX_VOTE}] (negative rejects the update), got '${value}'`);
  const v = BigInt(value);
  if (v < -MAX_VOTE || v > MAX_VOTE) throw new UsageError(`${option}: the vote must be in [-${MAX_VOTE}, ${MAX_VOTE}], got ${v}`);
  return v;
}

/** Registers propose-update, vote (commit | reveal), commit-scores and reveal-scores on `program`. */
export function registerCommitRevealCommands(program: Command, rt: CommandRuntime<Chain>): void {
  /** The signer, domain and saved-commit key of a command. */
  async function setup(cmd: Command, o: { task: string; round: string; node: string; dataDir?: string }) {
    const g = globalsOf(cmd);
    const taskId = uint(o.task, "--task");
    const round = uint(o.round, "--round");
    const nodes = urls(o.node, "--node");
    const chain = await rt.connect(g, { write: true });
    const wallet = signer(chain);
    const domain = aerieDomain(chain.chainId, chain.addresses.taskRegistry);
    const key = (kind: CommitKind) => ({ kind, chainId: chain.chainId, taskId: taskId.toString(), round: round.toString(), signer: wallet.account.address });
    return { g, taskId, round, nodes, wallet, domain, dataDir: cliDataDir(o.dataDir), key };
  }

  /** The saved commitment of `kind` (same payload: its salt again, so a retried commit is the same message). */
  function saltFor(dataDir: string, key: ReturnType<Awaited<ReturnType<typeof setup>>["key"]>, payload: SavedCommit["payload"]): Hex {
    const saved = loadCommit(dataDir, key);
    if (saved !== undefined && JSON.stringify(saved.payload) === JSON.stringify(payload)) return saved.salt as Hex;
    return `0x${randomBytes(32).toString("hex")}`;
  }

  program
    .command("propose-update")
    .description("sign an FL Alliance proposer's ModelUpdate and deliver it to Aerie nodes (before the round ends; you must be drawn as a proposer)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--update-hash <bytes32>", "32-byte hash of the update artefact")
    .requiredOption("--update-uri <uri>", "where the update can be fetched (ipfs://, https://…)")
    .requiredOption("--node <urls>", NODE_HELP)
    .action(async (o: { task: string; round: string; updateHash: string; updateUri: string; node: string }, cmd: Command) => {
      const updateHash = bytes32(o.updateHash, "--update-hash");
      const s = await setup(cmd, o);
      const message = { taskId: s.taskId, round: s.round, proposer: s.wallet.account.address, updateHash, updateURI: o.updateUri };
      const signature = await signTypedData(s.wallet, { account: s.wallet.account, domain: s.domain, types: MODEL_UPDATE_TYPES, primaryType: "ModelUpdate", message });
      const delivered = await deliverToAll(s.nodes, (url) => postModelUpdate(url, { message, signature }));
      emit(rt.io, s.g, { message, signature, nodes: delivered }, acceptedLines("model update", delivered));
    });

  const vote = program.command("vote").description("FL Alliance voting: commit to a vote in the scoring window, reveal it in the reveal window");
  vote
    .command("commit")
    .description("commit to a vote in [-1000000, 1000000] on the round's aggregated update (the salt is saved in the data dir)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--vote <n>", "an integer in [-1000000, 1000000]; negative rejects the update")
    .requiredOption("--node <urls>", NODE_HELP)
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .action(async (o: { task: string; round: string; vote: string; node: string; dataDir?: string }, cmd: Command) => {
      const value = voteValue(o.vote, "--vote");
      const s = await setup(cmd, o);
      const payload = { vote: value.toString() };
      const salt = saltFor(s.dataDir, s.key("vote"), payload);
      const v: Vote = { taskId: s.taskId, round: s.round, voter: s.wallet.account.address, vote: value };
      const commitment = voteCommitment(v, salt);
      const file = saveCommit(s.dataDir, { ...s.key("vote"), payload, salt, commitment });
      const message = { taskId: s.taskId, round: s.round, voter: v.voter, commitment };
      const signature = await signTypedData(s.wallet, { account: s.wallet.account, domain: s.domain, types: VOTE_COMMIT_TYPES, primaryType: "VoteCommit", message });
      const delivered = await deliverToAll(s.nodes, (url) => postVoteCommit(url, { message, signature }));
      emit(rt.io, s.g, { message, signature, saltFile: file, nodes: delivered }, `${acceptedLines("vote commitment", delivered)}\nsalt kept in ${file}: run 'aerie vote reveal' in the reveal window`);
    });
  vote
    .command("reveal")
    .description("reveal the vote committed with 'aerie vote commit' (read from the data dir)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--node <urls>", NODE_HELP)
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .action(async (o: { task: string; round: string; node: string; dataDir?: string }, cmd: Command) => {
      const s = await setup(cmd, o);
      const saved = loadCommit(s.dataDir, s.key("vote"));
      if (saved?.payload.vote === undefined) throw new UsageError(`no vote commitment of ${s.wallet.account.address} for task ${s.taskId} round ${s.round} in ${s.dataDir}: run 'aerie vote commit' first (or give --data-dir)`);
      const message: Vote = { taskId: s.taskId, round: s.round, voter: s.wallet.account.address, vote: BigInt(saved.payload.vote) };
      const signature = await signTypedData(s.wallet, { account: s.wallet.account, domain: s.domain, types: VOTE_TYPES, primaryType: "Vote", message });
      const delivered = await deliverToAll(s.nodes, (url) => postVote(url, { message, signature, salt: saved.salt as Hex }));
      emit(rt.io, s.g, { message, salt: saved.salt, signature, nodes: delivered }, acceptedLines("vote", delivered));
    });

  program
    .command("commit-scores")
    .description("commit to a validator's Scores (commit–reveal policies such as aerie-consensus-v2) in the scoring window; the salt is saved in the data dir")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--trainers <addresses>", "comma-separated trainer addresses")
    .requiredOption("--scores <scores>", "comma-separated scores in [0, 1000000], same order")
    .requiredOption("--node <urls>", NODE_HELP)
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .action(async (o: { task: string; round: string; trainers: string; scores: string; node: string; dataDir?: string }, cmd: Command) => {
      const trainers = list(o.trainers, "--trainers", address);
      const scores = list(o.scores, "--scores", uint);
      if (trainers.length !== scores.length) throw new UsageError(`--trainers has ${trainers.length} entries but --scores has ${scores.length}: give one score per trainer`);
      if (scores.some((x) => x > MAX_SCORE)) throw new UsageError(`--scores: every score must be in [0, ${MAX_SCORE}]`);
      const s = await setup(cmd, o);
      const payload = { trainers: [...trainers], scores: scores.map(String) };
      const salt = saltFor(s.dataDir, s.key("scores"), payload);
      const m: Scores = { taskId: s.taskId, round: s.round, validator: s.wallet.account.address, trainers, scores };
      const commitment = scoresCommitment(m, salt);
      const file = saveCommit(s.dataDir, { ...s.key("scores"), payload, salt, commitment });
      const message = { taskId: s.taskId, round: s.round, validator: m.validator, commitment };
      const signature = await signTypedData(s.wallet, { account: s.wallet.account, domain: s.domain, types: SCORES_COMMIT_TYPES, primaryType: "ScoresCommit", message });
      const delivered = await deliverToAll(s.nodes, (url) => postScoresCommit(url, { message, signature }));
      emit(rt.io, s.g, { message, signature, saltFile: file, nodes: delivered }, `${acceptedLines("scores commitment", delivered)}\nsalt kept in ${file}: run 'aerie reveal-scores' in the reveal window`);
    });

  program
    .command("reveal-scores")
    .description("reveal the Scores committed with 'aerie commit-scores' (read from the data dir)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--node <urls>", NODE_HELP)
    .option("--data-dir <dir>", DATA_DIR_HELP)
    .action(async (o: { task: string; round: string; node: string; dataDir?: string }, cmd: Command) => {
      const s = await setup(cmd, o);
      const saved = loadCommit(s.dataDir, s.key("scores"));
      if (saved?.payload.trainers === undefined || saved.payload.scores === undefined) {
        throw new UsageError(`no scores commitment of ${s.wallet.account.address} for task ${s.taskId} round ${s.round} in ${s.dataDir}: run 'aerie commit-scores' first (or give --data-dir)`);
      }
      const message: Scores = {
        taskId: s.taskId,
        round: s.round,
        validator: s.wallet.account.address,
        trainers: saved.payload.trainers.map((t) => address(t, "saved trainers")),
        scores: saved.payload.scores.map((x) => BigInt(x)),
      };
      const signature = await signTypedData(s.wallet, { account: s.wallet.account, domain: s.domain, types: SCORES_TYPES, primaryType: "Scores", message });
      const delivered = await deliverToAll(s.nodes, (url) => postScoresReveal(url, { message, signature, salt: saved.salt as Hex }));
      emit(rt.io, s.g, { message, salt: saved.salt, signature, nodes: delivered }, acceptedLines("scores reveal", delivered));
    });
}
