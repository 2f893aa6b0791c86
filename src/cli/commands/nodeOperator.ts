// Node-operator commands: join and leave tasks, deliver signed submissions and scores to the aggregator's inbox.
import { Option, type Command } from "commander";

import { MAX_SCORE } from "../../aggregator/constants";
import { appendToInbox } from "../../io/inbox";
import { getBlock, signTypedData } from "viem/actions";

import { aerieDomain, SCORES_TYPES, SUBMISSION_TYPES } from "../../lib/eip712";
import { UsageError } from "../../lib/errors";
import { joinTask } from "../../sdk/actions/joinTask";
import { leaveTask } from "../../sdk/actions/leaveTask";
import { parseRole } from "../../sdk/enums";
import { postScores, postSubmission, type MessageStatus } from "../../node/client";
import type { AerieTypedDataDomain, Scores, Submission } from "../../lib/eip712";
import { address, bytes32, list, uint, urls } from "../args";
import { confirm, type Chain } from "../connect";
import { deliverToAll } from "../nodeCalls";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { signer } from "./stakers";
import { registerTaskWrite } from "./taskWrite";

const NODE_HELP = "deliver to these Aerie nodes' intake instead of the inbox directory (comma-separated base URLs: every committee member and the guardian)";

/** A signed message of either kind, as the nodes take it. */
type Signed = { kind: "submission"; message: Submission; signature: `0x${string}`; domain: AerieTypedDataDomain } | { kind: "scores"; message: Scores; signature: `0x${string}`; domain: AerieTypedDataDomain };

/**
 * Posts a signed message to every node in `nodes` (all of them, even after a refusal) and returns each one's status.
 * @throws NodeClientError for the first node that refused it or is down: one line with its error code and how many
 *   nodes took the message.
 */
async function deliverToNodes(nodes: string[], signed: Signed): Promise<{ url: string; status: MessageStatus }[]> {
  return deliverToAll(nodes, (url) =>
    signed.kind === "submission"
      ? postSubmission(url, { message: signed.message, signature: signed.signature, domain: signed.domain })
      : postScores(url, { message: signed.message, signature: signed.signature, domain: signed.domain }),
  );
}

/** One line per node: `<kind> accepted by <url>: digest …, receivedAt …[, replaced n earlier]`. */
export function acceptedLines(kind: string, delivered: { url: string; status: { status: string; digest: string; receivedAt: string; replaced: number } }[]): string {
  return delivered
    .map(({ url, status }) => `${kind} ${status.status} by ${url}: digest ${status.digest}, receivedAt ${status.receivedAt}${status.replaced > 0 ? `, replaced ${status.replaced} earlier` : ""}`)
    .join("\n");
}

/** Registers join, leave, submit and score on `program`. */
export function registerNodeOperatorCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("join")
    .description("join a task as trainer or validator")
    .requiredOption("--task <id>")
    .addOption(new Option("--role <role>").choices(["trainer", "validator"]).makeOptionMandatory())
    .action(async (o: { task: string; role: "trainer" | "validator" }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const chain = await rt.connect(g, { write: true });
      const r = await confirm(chain, joinTask(signer(chain), { addresses: chain.addresses, taskId, role: parseRole(o.role) }));
      emit(rt.io, g, { taskId, role: o.role, hash: r.hash, gasUsed: r.gasUsed }, `joined task ${taskId} as ${o.role} (gas ${r.gasUsed})`);
    });

  registerTaskWrite(program, rt, {
    name: "leave",
    description: "leave a task (rounds that start later do not include you)",
    round: false,
    send: (w, p) => leaveTask(w, p),
    done: (taskId) => `left task ${taskId}`,
  });

  program
    .command("submit")
    .description("sign a trainer's Submission and deliver it to the aggregator's inbox, or to Aerie nodes (--node)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--model-hash <bytes32>")
    .requiredOption("--model-uri <uri>")
    .option("--inbox <dir>", "aggregator inbox directory", "out/inbox")
    .option("--node <urls>", NODE_HELP)
    .action(async (o: { task: string; round: string; modelHash: string; modelUri: string; inbox: string; node?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const round = uint(o.round, "--round");
      const modelHash = bytes32(o.modelHash, "--model-hash");
      const nodes = o.node === undefined ? undefined : urls(o.node, "--node");
      const chain = await rt.connect(g, { write: true });
      const wallet = signer(chain);
      const message = { taskId, round, trainer: wallet.account.address, modelHash, modelURI: o.modelUri };
      const domain = aerieDomain(chain.chainId, chain.addresses.taskRegistry);
      const signature = await signTypedData(wallet, { account: wallet.account, domain, types: SUBMISSION_TYPES, primaryType: "Submission", message });
      if (nodes !== undefined) {
        const delivered = await deliverToNodes(nodes, { kind: "submission", message, signature, domain });
        emit(rt.io, g, { message, signature, nodes: delivered }, acceptedLines("submission", delivered));
        return;
      }
      const receivedAt = (await getBlock(chain.publicClient, { blockTag: "latest" })).timestamp;
      const file = appendToInbox(o.inbox, { kind: "submission", message, signature, receivedAt });
      emit(rt.io, g, { file, message, signature, receivedAt }, `submission signed and delivered to ${file}`);
    });

  program
    .command("score")
    .description("sign a validator's Scores (integers in [0, 1000000], higher is better) into the aggregator's inbox, or to Aerie nodes (--node)")
    .requiredOption("--task <id>")
    .requiredOption("--round <r>")
    .requiredOption("--trainers <addresses>", "comma-separated trainer addresses")
    .requiredOption("--scores <scores>", "comma-separated scores, same order")
    .option("--inbox <dir>", "aggregator inbox directory", "out/inbox")
    .option("--node <urls>", NODE_HELP)
    .action(async (o: { task: string; round: string; trainers: string; scores: string; inbox: string; node?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const taskId = uint(o.task, "--task");
      const round = uint(o.round, "--round");
      const nodes = o.node === undefined ? undefined : urls(o.node, "--node");
      const trainers = list(o.trainers, "--trainers", address);
      const scores = list(o.scores, "--scores", uint);
      if (trainers.length !== scores.length) throw new UsageError(`--trainers has ${trainers.length} entries but --scores has ${scores.length}: give one score per trainer`);
      if (scores.some((s) => s > MAX_SCORE)) throw new UsageError(`--scores: every score must be in [0, ${MAX_SCORE}]`);
      const chain = await rt.connect(g, { write: true });
      const wallet = signer(chain);
      const message = { taskId, round, validator: wallet.account.address, trainers, scores };
      const domain = aerieDomain(chain.chainId, chain.addresses.taskRegistry);
      const signature = await signTypedData(wallet, { account: wallet.account, domain, types: SCORES_TYPES, primaryType: "Scores", message });
      if (nodes !== undefined) {
        const delivered = await deliverToNodes(nodes, { kind: "scores", message, signature, domain });
        emit(rt.io, g, { message, signature, nodes: delivered }, acceptedLines("scores", delivered));
        return;
      }
      const receivedAt = (await getBlock(chain.publicClient, { blockTag: "latest" })).timestamp;
      const file = appendToInbox(o.inbox, { kind: "scores", message, signature, receivedAt });
      emit(rt.io, g, { file, message, signature, receivedAt }, `scores signed and delivered to ${file}`);
    });
}
