import { BaseError, ContractFunctionRevertedError, decodeErrorResult, type Abi, type Hex } from "viem";
import type { ChainContext } from "./context";
import { ContractRevertError } from "./errors";

const ERROR_SOURCES = [
  "IStakingVault",
  "ITaskRegistry",
  "IRoundSettlement",
  "IRewardDistributor",
  "TokenTransfer",
  "ERC20",
  "Ownable",
];

let mergedAbi: Abi | undefined;

/** One ABI holding every custom error Aerie's contracts (and OpenZeppelin's) can revert with (docs/CONVENTIONS.md §4). */
export async function errorAbi(ctx: ChainContext): Promise<Abi> {
  if (mergedAbi) return mergedAbi;
  const items: Abi[number][] = [];
  const seen = new Set<string>();
  for (const name of ERROR_SOURCES) {
    let abi: Abi;
    try {
      abi = (await ctx.hre.artifacts.readArtifact(name)).abi as Abi;
    } catch {
      continue;
    }
    for (const item of abi) {
      if (item.type !== "error") continue;
      const key = `${item.name}(${item.inputs.map((i) => i.type).join(",")})`;
      if (!seen.has(key)) {
        seen.add(key);
        items.push(item);
      }
    }
  }
  mergedAbi = items as Abi;
  return mergedAbi;
}

function findRevertData(e: unknown): Hex | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 10 && cur; i++) {
    const c = cur as { data?: unknown; cause?: unknown };
    if (typeof c.data === "string" && c.data.startsWith("0x") && c.data.length >= 10) return c.data as Hex;
    if (c.data && typeof c.data === "object" && typeof (c.data as { data?: unknown }).data === "string") return (c.data as { data: Hex }).data;
    cur = c.cause;
  }
  return undefined;
}

/**
 * Turns a failed call into a one-line {@link ContractRevertError}: `<action> reverted: Name(arg, …)`.
 * Unknown failures keep viem's short message.
 */
export async function decodeRevert(ctx: ChainContext, e: unknown, action: string): Promise<Error> {
  if (e instanceof ContractRevertError) return e;
  if (e instanceof BaseError) {
    const reverted = e.walk((x) => x instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
    const data = (reverted?.raw as Hex | undefined) ?? findRevertData(e);
    if (data && data.length >= 10) {
      try {
        const decoded = decodeErrorResult({ abi: await errorAbi(ctx), data });
        const args = (decoded.args ?? []).map((a) => (typeof a === "bigint" ? a.toString() : String(a))).join(", ");
        return new ContractRevertError(`${action} reverted: ${decoded.errorName}(${args})`, { cause: e });
      } catch {
        /* fall through */
      }
    }
    if (reverted?.data?.errorName) {
      const args = (reverted.data.args ?? []).map((a) => String(a)).join(", ");
      return new ContractRevertError(`${action} reverted: ${reverted.data.errorName}(${args})`, { cause: e });
    }
    return new ContractRevertError(`${action} failed: ${e.shortMessage}`, { cause: e });
  }
  return e instanceof Error ? e : new Error(String(e));
}
