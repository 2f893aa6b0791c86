// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {IRoundSettlement} from "../interfaces/IRoundSettlement.sol";

/// @title SignatureQuorum
/// @notice A k-of-n committee with epochs, and the check that a digest carries k distinct members'
/// signatures (docs/PROTOCOL.md §5, §9.4). Used by RoundSettlement; reverts with its errors.
/// @dev Replacing the committee starts a new epoch. A member is recorded with the epoch it was (last)
/// appointed in, and counts only while that epoch is the current one, so replacing the committee never
/// needs to loop over the former members to remove them.
library SignatureQuorum {
    /// @param members the current members, in the order they were given (for the `committee()` view).
    /// @param epochOf the epoch each account was last appointed in (0: never).
    /// @param threshold signatures needed, `0 < threshold <= members.length`.
    /// @param epoch the current epoch, starting at 1 with the first committee.
    struct Committee {
        address[] members;
        mapping(address account => uint256 epoch) epochOf;
        uint256 threshold;
        uint256 epoch;
    }

    /// @notice Replaces the committee and starts a new epoch.
    /// @dev Reverts `RoundSettlementInvalidCommittee` unless `0 < threshold <= members.length <= maxSize`,
    /// `RoundSettlementZeroAddress` for a zero member, `RoundSettlementDuplicateMember` for a repeated one.
    /// @return epoch the new epoch.
    function set(Committee storage self, address[] memory members, uint256 threshold, uint256 maxSize)
        internal
        returns (uint256 epoch)
    {
        uint256 size = members.length;
        if (threshold == 0 || threshold > size || size > maxSize) {
            revert IRoundSettlement.RoundSettlementInvalidCommittee(size, threshold);
        }
        epoch = self.epoch + 1;
        self.epoch = epoch;
        self.threshold = threshold;
        delete self.members;
        for (uint256 i; i < size; ++i) {
            address member = members[i];
            if (member == address(0)) revert IRoundSettlement.RoundSettlementZeroAddress();
            if (self.epochOf[member] == epoch) revert IRoundSettlement.RoundSettlementDuplicateMember(member);
            self.epochOf[member] = epoch;
            self.members.push(member);
        }
    }

    /// @return whether `account` belongs to the current committee.
    function isMember(Committee storage self, address account) internal view returns (bool) {
        return self.epochOf[account] == self.epoch;
    }

    /// @notice Checks that `signatures` over `digest` come from at least `threshold` distinct current members.
    /// @dev Every signature must be a 65-byte low-s ECDSA signature (`ECDSA.tryRecoverCalldata`), else
    /// `RoundSettlementInvalidSignature(index)`; recovered signers strictly ascending, else
    /// `RoundSettlementSignersNotAscending` (this also refuses a repeated signer); each a current member, else
    /// `RoundSettlementNotCommitteeMember`; and their number at least the threshold, else
    /// `RoundSettlementInsufficientSignatures`.
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
            if (err != ECDSA.RecoverError.NoError) revert IRoundSettlement.RoundSettlementInvalidSignature(i);
            if (i != 0 && signer <= previous) {
                revert IRoundSettlement.RoundSettlementSignersNotAscending(i, previous, signer);
            }
            if (self.epochOf[signer] != epoch) revert IRoundSettlement.RoundSettlementNotCommitteeMember(i, signer);
            previous = signer;
        }
        valid = count;
        uint256 threshold = self.threshold;
        if (valid < threshold) revert IRoundSettlement.RoundSettlementInsufficientSignatures(valid, threshold);
    }
}
