// The client and option types every SDK action shares.
import type { Account, Chain, Client, Hash, Transport } from "viem";
import type { AerieAddresses } from "./addressBook";

/** Any viem client that can read the chain (a PublicClient, or a WalletClient on a node that answers eth_call). */
export type AerieClient = Client<Transport, Chain | undefined>;

/** A viem client with an account that signs and sends (a WalletClient with `account` set). */
export type AerieWalletClient = Client<Transport, Chain | undefined, Account>;

/** What every action takes first in its parameters: where Aerie lives on the client's chain. */
export type WithAddresses = { addresses: AerieAddresses };

/** Options of every write. */
export type WriteOptions = {
  /** Gas limit; default: the node's estimate × {@link GAS_MARGIN_PERCENT} / 100. */
  gas?: bigint | undefined;
  /** Nonce; default: the account's next nonce (pending). */
  nonce?: number | undefined;
};

/** What every write returns: the hash of the sent transaction (wait for it with `waitForReceipt`). */
export type WriteReturnType = { hash: Hash };

/** Default gas limit, in percent of the node's estimate (125 = estimate × 1.25). */
export const GAS_MARGIN_PERCENT = 125n;
