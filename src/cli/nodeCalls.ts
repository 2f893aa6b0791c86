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
