// Calls from CLI commands to Aerie nodes (`--node URL`): the node's refusal becomes one line with its error code.
import { NodeClientError } from "../node/client";

/**
 * Runs `call` against the node at `url`; a failure is rethrown as a {@link NodeClientError} whose one-line message
 * names the node and its error code (`node http://… answered 409 window_closed: …`), or for a node that is down
 * (`unreachable`, `timeout`) what to check. With `--json` the error's `code` is the node's code.
 */
export async function atNode<T>(url: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (!(e instanceof NodeClientError)) throw e;
    const line = e.status === 0 ? `${e.code}: ${e.shortMessage}` : `node ${url} answered ${e.status} ${e.code}: ${e.shortMessage}`;
    throw new NodeClientError(e.status, e.code, line, { cause: e });
  }
}

/**
 * Runs `call` at every node in `nodes` (all of them, even after a refusal) and returns each one's answer.
 * @throws NodeClientError for the first node that refused or is down: one line with its error code and, for more than
 *   one node, how many took the message and which did not (with their codes), or that every node refused it alike.
 */
export async function deliverToAll<T>(nodes: string[], call: (url: string) => Promise<T>): Promise<{ url: string; status: T }[]> {
  const results = await Promise.allSettled(nodes.map((url) => atNode(url, () => call(url))));
  const failed = results.findIndex((r) => r.status === "rejected");
  if (failed >= 0) {
    const e = (results[failed] as PromiseRejectedResult).reason as unknown;
    if (!(e instanceof NodeClientError)) throw e;
    if (nodes.length === 1) throw e;
    const took = results.filter((r) => r.status === "fulfilled").length;
    const refused = results.flatMap((r, i) => (r.status === "rejected" ? [{ url: nodes[i]!, code: r.reason instanceof NodeClientError ? r.reason.code : "error", status: r.reason instanceof NodeClientError ? r.reason.status : 0 }] : []));
    const codes = new Set(refused.map((f) => f.code));
    // every node refused it alike (e.g. window_closed): sending it again cannot help; else name the nodes that lack it
    const tail =
      took === 0 && codes.size === 1 && refused.every((f) => f.status >= 400 && f.status < 500)
        ? `no node took the message: all ${nodes.length} answered ${e.code}`
        : `${took} of ${nodes.length} nodes took the message; not taken by ${refused.map((f) => `${f.url} (${f.code})`).join(", ")}: send it again to those`;
    throw new NodeClientError(e.status, e.code, `${e.shortMessage} (${tail})`, { cause: e });
  }
  return results.map((r, i) => ({ url: nodes[i]!, status: (r as PromiseFulfilledResult<T>).value }));
}
