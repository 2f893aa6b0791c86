// A test-only injected wallet for the browser tests. The page gets an EIP-1193 provider (an init script) that
// announces itself by EIP-6963 and as `window.ethereum`; every request goes through one exposed binding to the Node
// side, which forwards reads to the hardhat node and signs with a dev key (viem). The production build must never
// contain any of this: test/app/00-build.test.ts scans the built files for {@link TEST_WALLET_MARKERS} and the dev keys.
import { pbkdf2Sync } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { numberToHex, type Address, type Hex, type TypedDataDefinition } from "viem";
import { HDKey, hdKeyToAccount, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { LOCAL_ACCOUNT_COUNT } from "../../src/io/networks";
import { MNEMONIC } from "../node/helpers";

/** The provider's EIP-6963 name. */
export const TEST_WALLET_NAME = "Aerie Test Wallet";
/** The provider's EIP-6963 reverse-DNS id. */
export const TEST_WALLET_RDNS = "dev.aerie.testwallet";
/** The binding the page calls (page → Node). */
const BINDING = "__aerieTestWalletRequest";
/** The page-side hook the Node side calls to emit provider events (Node → page). */
const EMIT = "__aerieTestWalletEmit";

/** Strings that exist only in the test wallet: none may appear in the production build. */
export const TEST_WALLET_MARKERS = [TEST_WALLET_NAME, TEST_WALLET_RDNS, BINDING, EMIT] as const;

/** The dev keys of Hardhat's default mnemonic (accounts 0…LOCAL_ACCOUNT_COUNT−1), without 0x, and the mnemonic. */
export function devSecrets(): string[] {
  // BIP-39 seed (PBKDF2-HMAC-SHA512, 2,048 rounds, salt "mnemonic"), derived once for all keys
  const master = HDKey.fromMasterSeed(pbkdf2Sync(MNEMONIC.normalize("NFKD"), "mnemonic", 2048, 64, "sha512"));
  const keys = Array.from({ length: LOCAL_ACCOUNT_COUNT }, (_, i) => Buffer.from(hdKeyToAccount(master, { addressIndex: i }).getHdKey().privateKey!).toString("hex"));
  return [MNEMONIC, ...keys];
}

/** An EIP-1193 error as the page sees it. */
type ProviderError = { code: number; message: string; data?: unknown };
/** What the binding answers: a result or an EIP-1193 error. */
type Answer = { result: unknown } | { error: ProviderError };

/** Options of {@link installTestWallet}. */
export type TestWalletOptions = {
  /** The hardhat node's JSON-RPC URL. */
  rpcUrl: string;
  /** The chain's real id (31337). */
  chainId: number;
  /** The dev key the wallet signs with. */
  key: Hex;
  /** Start connected (eth_accounts answers the account before any eth_requestAccounts). Default false. */
  connected?: boolean;
  /** Announce the wallet by EIP-6963 (default true); false leaves only `window.ethereum`, as a legacy wallet. */
  eip6963?: boolean;
};

/** Switches and a log of the test wallet (Node side). */
export type TestWallet = {
  account: PrivateKeyAccount;
  address: Address;
  /** Every request the page made, in order (method and params). */
  requests: { method: string; params: unknown }[];
  /** The next signature request (transaction, typed data or message) is refused with code 4001. */
  rejectNextSignature(): void;
  /** The next wallet_switchEthereumChain is refused with code 4001 and `message` (as a wallet's "User rejected the request."). */
  refuseNextSwitch(message: string): void;
  /**
   * Runs `fn` when the next eth_sendTransaction arrives, before the wallet estimates and signs it: another
   * transaction can land first, as between a page's simulation and the user's confirmation in a real wallet.
   */
  beforeNextSend(fn: () => Promise<void>): void;
  /** Reports `chainId` from now on (eth_chainId) and emits `chainChanged` to open pages. */
  reportChain(chainId: number): Promise<void>;
  /** The chain id the wallet reports now. */
  reportedChain(): number;
};

/** Sends one JSON-RPC request and returns its result or its error object unchanged. */
async function forward(rpcUrl: string, method: string, params: unknown): Promise<Answer> {
  const res = await fetch(rpcUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: params ?? [] }) });
  const body = (await res.json()) as { result?: unknown; error?: ProviderError };
  if (!body.error) return { result: body.result };
  // Hardhat nests revert data as { message, data }; wallets (MetaMask) hand apps the hex itself.
  const nested = body.error.data as { data?: unknown } | undefined;
  const data = typeof nested === "object" && nested !== null && typeof nested.data === "string" ? nested.data : body.error.data;
  return { error: { code: body.error.code, message: body.error.message, ...(data !== undefined ? { data } : {}) } };
}

/**
 * The page-side provider's source: EIP-1193 `request`/`on`/`removeListener`, set as `window.ethereum` and, unless
 * `announce` is false (a legacy injected wallet), announced by EIP-6963.
 */
export function pageScript(announce = true): string {
  return `(() => {
  const listeners = new Map();
  const emit = (event, payload) => { for (const fn of [...(listeners.get(event) || [])]) { try { fn(payload); } catch (e) { console.error(e); } } };
  const provider = {
    isAerieTestWallet: true,
    async request({ method, params }) {
      const answer = await window[${JSON.stringify(BINDING)}](method, params === undefined ? [] : params);
      if (answer.error) {
        const err = new Error(answer.error.message);
        err.code = answer.error.code;
        if (answer.error.data !== undefined) err.data = answer.error.data;
        throw err;
      }
      if (method === "eth_requestAccounts") emit("accountsChanged", answer.result);
      if (method === "wallet_switchEthereumChain") emit("chainChanged", params[0].chainId);
      return answer.result;
    },
    on(event, fn) { if (!listeners.has(event)) listeners.set(event, new Set()); listeners.get(event).add(fn); return provider; },
    removeListener(event, fn) { listeners.get(event)?.delete(fn); return provider; },
  };
  Object.defineProperty(window, ${JSON.stringify(EMIT)}, { value: emit });
  if (!window.ethereum) window.ethereum = provider;
  const info = Object.freeze({
    uuid: "6f2a4c1e-8d3b-4e5f-9a7c-1b2d3e4f5a6b",
    name: ${JSON.stringify(TEST_WALLET_NAME)},
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'%3E%3Crect width='8' height='8' fill='%23f60'/%3E%3C/svg%3E",
    rdns: ${JSON.stringify(TEST_WALLET_RDNS)},
  });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }));
  if (${announce ? "true" : "false"}) {
    window.addEventListener("eip6963:requestProvider", announce);
    announce();
  }
})();`;
}

/**
 * Installs the test wallet in every page of `context` (call before the first `goto`).
 * Reads go to the hardhat node; eth_sendTransaction, eth_signTypedData_v4 and personal_sign are signed with `key`
 * on the Node side; wallet_switchEthereumChain to the real chain ends a wrong-chain report.
 */
export async function installTestWallet(context: BrowserContext, options: TestWalletOptions): Promise<TestWallet> {
  const account = privateKeyToAccount(options.key);
  let connected = options.connected ?? false;
  let reported = options.chainId;
  let rejectNext = false;
  let refuseSwitch: string | undefined;
  let hook: (() => Promise<void>) | undefined;
  const requests: TestWallet["requests"] = [];
  const reject = (): Answer | undefined => {
    if (!rejectNext) return undefined;
    rejectNext = false;
    return { error: { code: 4001, message: "User rejected the request." } };
  };
  const handle = async (method: string, params: unknown[]): Promise<Answer> => {
    switch (method) {
      case "eth_requestAccounts":
        connected = true;
        return { result: [account.address] };
      case "eth_accounts":
        return { result: connected ? [account.address] : [] };
      case "eth_chainId":
        return { result: numberToHex(reported) };
      case "net_version":
        return { result: String(reported) };
      case "wallet_requestPermissions":
      case "wallet_getPermissions":
        return { result: connected || method === "wallet_requestPermissions" ? [{ parentCapability: "eth_accounts" }] : [] };
      case "wallet_revokePermissions":
        connected = false;
        return { result: null };
      case "wallet_switchEthereumChain": {
        if (refuseSwitch !== undefined) {
          const message = refuseSwitch;
          refuseSwitch = undefined;
          return { error: { code: 4001, message } };
        }
        const wanted = Number(BigInt((params[0] as { chainId: string }).chainId));
        if (wanted !== options.chainId) return { error: { code: 4902, message: `Unrecognized chain ID ${wanted}: the test wallet knows only ${options.chainId}.` } };
        reported = wanted;
        return { result: null };
      }
      case "eth_sendTransaction": {
        const refused = reject();
        if (refused) return refused;
        const run = hook;
        hook = undefined;
        if (run) await run();
        return sendTransaction(params[0] as Record<string, Hex | undefined>);
      }
      case "eth_signTypedData_v4": {
        const refused = reject();
        if (refused) return refused;
        const raw = params[1];
        const typed = (typeof raw === "string" ? JSON.parse(raw) : raw) as TypedDataDefinition & { types: Record<string, unknown> };
        const { EIP712Domain: _domain, ...types } = typed.types;
        return { result: await account.signTypedData({ ...typed, types } as TypedDataDefinition) };
      }
      case "personal_sign": {
        const refused = reject();
        if (refused) return refused;
        return { result: await account.signMessage({ message: { raw: params[0] as Hex } }) };
      }
      default:
        return forward(options.rpcUrl, method, params);
    }
  };
  /** Fills nonce, gas and fees as a wallet does (a revert in estimateGas is answered with the node's error and data). */
  const sendTransaction = async (tx: Record<string, Hex | undefined>): Promise<Answer> => {
    if (tx.from !== undefined && tx.from.toLowerCase() !== account.address.toLowerCase()) {
      return { error: { code: 4100, message: `The test wallet holds ${account.address}, not ${tx.from}.` } };
    }
    const call = { from: account.address, to: tx.to, data: tx.data ?? tx.input, value: tx.value ?? "0x0" };
    const gas = tx.gas !== undefined ? { result: tx.gas } : await forward(options.rpcUrl, "eth_estimateGas", [call]);
    if ("error" in gas) return gas;
    const [nonce, block, tip] = await Promise.all([
      forward(options.rpcUrl, "eth_getTransactionCount", [account.address, "pending"]),
      forward(options.rpcUrl, "eth_getBlockByNumber", ["latest", false]),
      forward(options.rpcUrl, "eth_maxPriorityFeePerGas", []),
    ]);
    for (const a of [nonce, block, tip]) if ("error" in a) return a;
    const baseFee = BigInt(((block as { result: { baseFeePerGas: Hex } }).result).baseFeePerGas);
    const maxPriorityFeePerGas = BigInt((tip as { result: Hex }).result);
    const signed = await account.signTransaction({
      type: "eip1559",
      chainId: options.chainId,
      nonce: Number(BigInt((nonce as { result: Hex }).result)),
      to: call.to ?? null,
      data: call.data,
      value: BigInt(call.value),
      gas: BigInt((gas as { result: Hex }).result),
      maxPriorityFeePerGas,
      maxFeePerGas: baseFee * 2n + maxPriorityFeePerGas,
    });
    return forward(options.rpcUrl, "eth_sendRawTransaction", [signed]);
  };
  await context.exposeBinding(BINDING, async (_source, method: string, params: unknown[]) => {
    requests.push({ method, params });
    try {
      return await handle(method, params);
    } catch (e) {
      return { error: { code: -32603, message: `test wallet: ${(e as Error).message.split("\n")[0]}` } };
    }
  });
  await context.addInitScript({ content: pageScript(options.eip6963 ?? true) });
  return {
    account,
    address: account.address,
    requests,
    rejectNextSignature: () => void (rejectNext = true),
    refuseNextSwitch: (message) => void (refuseSwitch = message),
    beforeNextSend: (fn) => void (hook = fn),
    reportedChain: () => reported,
    async reportChain(chainId) {
      reported = chainId;
      for (const page of context.pages()) {
        await page.evaluate(([emit, id]) => (globalThis as unknown as Record<string, (e: string, p: string) => void>)[emit]!("chainChanged", id), [EMIT, numberToHex(chainId)] as const);
      }
    },
  };
}
