// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title SignatureQuorum
/// @notice A k-of-n committee with epochs, and the check that a digest carries k distinct members'
/// signatures (docs/PROTOCOL.md §5, §9.4). Used by RoundSettlement; declares and raises its own errors, which appear in
/// RoundSettlement's ABI.
/// @dev Replacing the committee starts a new epoch. A member is recorded with the epoch it was (last)
/// appointed in, and counts only while that epoch is the current one, so replacing the committee never
/// needs to loop over the former members to remove them.
library SignatureQuorum {
    // ------------------------------------------------------------------ errors

    /// @notice Thrown when a committee's size or threshold is out of range: `0 < threshold <= size <= maxSize`.
    /// @param size the number of members given.
    /// @param threshold the threshold given.
    error SignatureQuorumInvalidCommittee(uint256 size, uint256 threshold);

    /// @notice Thrown when a committee member is the zero address.
    /// @param index its position in the members given.
    error SignatureQuorumZeroMember(uint256 index);

    /// @notice Thrown when an account is listed twice in one committee.
    /// @param member the repeated account.
    error SignatureQuorumDuplicateMember(address member);

    /// @notice Thrown when a signature is not a 65-byte low-s ECDSA signature that recovers to an address.
    /// @param index its position in the signatures given.
    error SignatureQuorumInvalidSignature(uint256 index);

    /// @notice Thrown when the recovered signers are not strictly ascending (which also refuses a repeated signer).
    /// @param index the position of the offending signature.
    /// @param previous the signer recovered from the signature before it.
    /// @param signer the signer recovered from it.
    error SignatureQuorumSignersNotAscending(uint256 index, address previous, address signer);

    /// @notice Thrown when a signature recovers to an account that is not a member of the current epoch (a former
    /// member, or any signer at all of a digest over other contents, chain or contract).
    /// @param index the position of the signature.
    /// @param signer the account it recovers to.
    error SignatureQuorumNotCommitteeMember(uint256 index, address signer);

    /// @notice Thrown when fewer valid signatures than the threshold are given.
    /// @param valid the number of signatures given (all valid).
    /// @param threshold the number needed.
    error SignatureQuorumInsufficientSignatures(uint256 valid, uint256 threshold);

    // ------------------------------------------------------------------ types

    /// @param members the current members, in the order they were given (for the `committee()` view).
    /// @param epochOf the epoch each account was last appointed in (0: never).
    /// @param threshold signatures needed, `0 < threshold <= members.length` (so it fits: members are capped).
    /// @param epoch the current epoch, starting at 1 with the first committee (one per governance call: a uint128
    /// never runs out). `threshold` and `epoch` share a slot, so `verify` reads both in one SLOAD.
    struct Committee {
        address[] members;
        mapping(address account => uint256 epoch) epochOf;
        uint128 threshold;
        uint128 epoch;
    }

    // ------------------------------------------------------------------ functions

    /// @notice Replaces the committee and starts a new epoch.
    /// @dev Reverts with:
    /// - `SignatureQuorumInvalidCommittee` unless `0 < threshold <= members.length <= maxSize`;
    /// - `SignatureQuorumZeroMember` for a zero member;
    /// - `SignatureQuorumDuplicateMember` for a repeated one.
    /// @param self the committee.
    /// @param members the new members: distinct, non-zero.
    /// @param threshold signatures needed.
    /// @param maxSize the largest committee allowed.
    /// @return epoch the new epoch.
    function set(Committee storage self, address[] memory members, uint256 threshold, uint256 maxSize)
        internal
        returns (uint256 epoch)
    {
        uint256 size = members.length;
        if (threshold == 0 || threshold > size || size > maxSize) {
            revert SignatureQuorumInvalidCommittee(size, threshold);
        }
        epoch = uint256(self.epoch) + 1;
        // `threshold <= size <= maxSize` was checked and `epoch` grows by one per call, so both casts are exact.
        self.epoch = uint128(epoch);
        self.threshold = uint128(threshold);
        delete self.members;
        for (uint256 i; i < size; ++i) {
            address member = members[i];
            if (member == address(0)) revert SignatureQuorumZeroMember(i);
            if (self.epochOf[member] == epoch) revert SignatureQuorumDuplicateMember(member);
            self.epochOf[member] = epoch;
            self.members.push(member);
        }
    }

    /// @notice Whether `account` belongs to the current committee.
    /// @param self the committee.
    /// @param account the address to check.
    /// @return true if its signature counts now.
    function isMember(Committee storage self, address account) internal view returns (bool) {
        return self.epochOf[account] == self.epoch;
    }

    /// @notice Checks that `signatures` over `digest` come from at least `threshold` distinct current members.
    /// @dev Reverts with:
    /// - `SignatureQuorumInvalidSignature` unless every signature is a 65-byte low-s ECDSA signature
    ///   (`ECDSA.tryRecoverCalldata`);
    /// - `SignatureQuorumSignersNotAscending` unless the recovered signers are strictly ascending (this also refuses
    ///   a repeated signer);
    /// - `SignatureQuorumNotCommitteeMember` for a signer that is not a current member;
    /// - `SignatureQuorumInsufficientSignatures` for fewer signatures than the threshold.
    /// @param self the committee.
    /// @param digest the signed digest.
    /// @param signatures the signatures, in ascending signer order.
    /// @return valid the number of valid signatures (all of them).
    function verify(Committee storage self, bytes32 digest, bytes[] calldata signatures)
        internal
        view
        returns (uint256 valid)
    {
        uint256 epoch = self.epoch;
        uint256 count = signatures.length;
        address previous;
        for (uint256 i; i < count; ++i) {
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signatures[i]);
            if (err != ECDSA.RecoverError.NoError) revert SignatureQuorumInvalidSignature(i);
            if (i != 0 && signer <= previous) {
                revert SignatureQuorumSignersNotAscending(i, previous, signer);
            }
            if (self.epochOf[signer] != epoch) revert SignatureQuorumNotCommitteeMember(i, signer);
            previous = signer;
        }
        valid = count;
        uint256 threshold = self.threshold;
        if (valid < threshold) revert SignatureQuorumInsufficientSignatures(valid, threshold);
    }
}
