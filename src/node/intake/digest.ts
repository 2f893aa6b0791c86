// The intake's EIP-712 digests: the aggregator's MessageDigester (the round's signature checks use the same one).
export { MessageDigester } from "../../aggregator/digest";
