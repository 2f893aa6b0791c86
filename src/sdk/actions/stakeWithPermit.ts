import { parseSignature, type Address, type Hex } from "viem";
import { getBlock, readContract, signTypedData } from "viem/actions";
import { aerieTestTokenAbi, stakingVaultAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Seconds a permit signed by {@link stakeWithPermit} stays valid when no `deadline` is given. */
export const DEFAULT_PERMIT_LIFETIME_SECONDS = 3600n;

/** EIP-2612 `Permit` typed-data types. */
const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/** Parameters of {@link stakeWithPermitRequest}: the stake and an already-made permit signature. */
export type StakeWithPermitRequestParameters = WithAddresses & {
  /** The operator whose pool is meant. */
  operator: Address;
  /** Wei to stake (the permit's value). */
  amount: bigint;
  /** The permit's deadline (unix seconds). */
  deadline: bigint;
  /** The permit signature's recovery id (27 or 28). */
  v: number;
  /** The permit signature's r. */
  r: Hex;
  /** The permit signature's s. */
  s: Hex;
};

/** Parameters of {@link stakeWithPermit}. */
export type StakeWithPermitParameters = WithAddresses &
  WriteOptions & {
    /** The operator whose pool is meant. */
    operator: Address;
    /** Wei to stake. */
    amount: bigint;
    /** Permit deadline (unix seconds); default: latest block time + {@link DEFAULT_PERMIT_LIFETIME_SECONDS}. */
    deadline?: bigint | undefined;
  };

/** What {@link stakeWithPermit} returns: the transaction hash. */
export type StakeWithPermitReturnType = WriteReturnType;

/** The typed call of `StakingVault.stakeWithPermit(operator, amount, deadline, v, r, s)`. Pure. */
export function stakeWithPermitRequest(p: StakeWithPermitRequestParameters) {
  return {
    address: p.addresses.stakingVault,
    abi: stakingVaultAbi,
    functionName: "stakeWithPermit",
    args: [p.operator, p.amount, p.deadline, p.v, p.r, p.s],
  } as const;
}

/** Parameters of {@link signPermit}. */
export type SignPermitParameters = WithAddresses & {
  /** The account allowed to pull the tokens. */
  spender: Address;
  /** Wei it may pull. */
  value: bigint;
  /** Unix seconds after which the permit is void. */
  deadline: bigint;
};

/**
 * Signs an EIP-2612 permit of the stake token for the client's account (domain read from the token's ERC-5267
 * `eip712Domain`, nonce from `nonces`). Sends nothing.
 * @returns the signature split into v, r, s.
 */
export async function signPermit(client: AerieWalletClient, p: SignPermitParameters): Promise<{ v: number; r: Hex; s: Hex }> {
  const token = p.addresses.token;
  const owner = client.account.address;
  const [[, name, version, chainId, verifyingContract], nonce] = await Promise.all([
    readContract(client, { address: token, abi: aerieTestTokenAbi, functionName: "eip712Domain" }),
    readContract(client, { address: token, abi: aerieTestTokenAbi, functionName: "nonces", args: [owner] }),
  ]);
  const signature = await signTypedData(client, {
    account: client.account,
    domain: { name, version, chainId, verifyingContract },
    types: PERMIT_TYPES,
    primaryType: "Permit",
    message: { owner, spender: p.spender, value: p.value, nonce, deadline: p.deadline },
  });
  const { r, s, v, yParity } = parseSignature(signature);
  return { v: v === undefined ? yParity + 27 : Number(v), r, s };
}

/**
 * Stakes with an EIP-2612 permit instead of a prior `approve`: signs the permit (value `amount`, spender the
 * vault) and sends `stakeWithPermit` in one transaction.
 * @throws ContractRevertError with the custom error's name, arguments and what to do (e.g. ERC2612ExpiredSignature).
 */
export async function stakeWithPermit(client: AerieWalletClient, parameters: StakeWithPermitParameters): Promise<StakeWithPermitReturnType> {
  const deadline = parameters.deadline ?? (await getBlock(client, { blockTag: "latest" })).timestamp + DEFAULT_PERMIT_LIFETIME_SECONDS;
  const { v, r, s } = await signPermit(client, { addresses: parameters.addresses, spender: parameters.addresses.stakingVault, value: parameters.amount, deadline });
  const request = stakeWithPermitRequest({ ...parameters, deadline, v, r, s });
  return sendCalldata(client, request.address, encodeFunctionData(request), "stakeWithPermit", parameters);
}
