// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;


import {AerieTest} from "../utils/AerieTest.sol";
import {AerieSystemHandler} from "./handlers/AerieSystemHandler.sol";

/// @title AerieSystemHandlerTest
/// @notice Guards the invariant suite against vacuity: deterministic random walks through the handler (the same
/// shape as forge's invariant runs: fresh system, 64 steps) must reach every kind of step — stakes, delegations,
/// withdrawals, commission changes, tasks, proposals with and without slashes, forged proposals, challenges,
/// finalizations, skips, claims, restakes — and none of the handler's "must be refused" checks may fire.
/// Emits `ActionCount` for every step kind (visible with `forge test -vvvv --match-contract AerieSystemHandlerTest`).
contract AerieSystemHandlerTest is AerieTest {
    uint256 internal constant WALKS = 24;
    uint256 internal constant STEPS = 64;
    uint256 internal constant KINDS = 31;

    event ActionCount(string action, uint256 calls, uint256 skips);

    function test_randomWalksReachEveryStep() public {
        bytes32[KINDS] memory kinds = _kinds();
        uint256[KINDS] memory calls;
        uint256[KINDS] memory skips;
        for (uint256 w; w < WALKS; ++w) {
            uint256 snapshot = vm.snapshotState();
            AerieSystemHandler handler = new AerieSystemHandler();
            for (uint256 s; s < STEPS; ++s) {
                _step(handler, uint256(keccak256(abi.encode(w, s))));
            }
            for (uint256 k; k < KINDS; ++k) {
                calls[k] += handler.calls(kinds[k]);
                skips[k] += handler.skips(kinds[k]);
            }
            assertEq(
                handler.ghost_escrowViolations() + handler.ghost_claimViolations() + handler.ghost_quorumViolations()
                    + handler.ghost_unexpectedErrors() + handler.ghost_outrunViolations()
                    + handler.ghost_roundingViolations(),
                0,
                handler.firstViolation()
            );
            vm.revertToState(snapshot);
        }
        for (uint256 k; k < KINDS; ++k) {
            string memory name = _name(kinds[k]);
            emit ActionCount(name, calls[k], skips[k]);
            if (_required(kinds[k])) assertGt(calls[k], 0, string.concat("never reached: ", name));
        }
    }

    // ------------------------------------------------------------------ internal

    /// @dev One step: an action picked by `seed`, with arguments derived from it.
    function _step(AerieSystemHandler h, uint256 seed) internal {
        uint256 a = uint256(keccak256(abi.encode(seed, 1)));
        uint256 b = uint256(keccak256(abi.encode(seed, 2)));
        uint256 c = uint256(keccak256(abi.encode(seed, 3)));
        uint256 d = uint256(keccak256(abi.encode(seed, 4)));
        uint256 e = uint256(keccak256(abi.encode(seed, 5)));
        uint256 action = seed % 20;
        if (action == 0) h.registerOperator(a, b);
        else if (action == 1) h.stake(a, b, c);
        else if (action == 2) h.requestUnstake(a, b);
        else if (action == 3) h.withdraw(a, b);
        else if (action == 4) h.setCommission(a, b);
        else if (action == 5) h.createTask(a, b, c, d, e, a >> 1, b >> 1);
        else if (action == 6) h.joinTask(a, b, c);
        else if (action == 7) h.leaveTask(a);
        else if (action == 8) h.cancelTask(a);
        else if (action == 9) h.withdrawRefund(a, b);
        else if (action == 10 || action == 19) h.propose(a, b, c, d, e);
        else if (action == 11) h.proposeForged(a, b, c, d);
        else if (action == 12) h.challenge(a, b);
        else if (action == 13) h.finalize(a, b, c);
        else if (action == 14) h.skip(a, b);
        else if (action == 15) h.claim(a, b, c);
        else if (action == 16) h.claimAndRestake(a, b, c);
        else if (action == 17) h.warp(a);
        else h.donate(a, b);
    }

    function _kinds() internal pure returns (bytes32[KINDS] memory) {
        return [
            bytes32("registerOperator"),
            "stake",
            "stake:self",
            "stake:delegate",
            "stake:zeroShares",
            "requestUnstake",
            "requestUnstake:zeroValue",
            "withdraw",
            "withdraw:early",
            "withdraw:slashPending",
            "setCommission",
            "setCommission:increase",
            "setCommission:decrease",
            "createTask",
            "joinTask",
            "leaveTask",
            "cancelTask",
            "withdrawRefund",
            "propose",
            "propose:slashes",
            "proposeForged",
            "challenge",
            "challenge:late",
            "finalize",
            "finalize:slashes",
            "skip",
            "claim",
            "claim:refused",
            "claimAndRestake",
            "warp",
            "donate"
        ];
    }

    /// @dev Kinds every campaign must reach (the rest are rare edge paths, reported but not required).
    function _required(bytes32 kind) internal pure returns (bool) {
        return kind != "stake" && kind != "stake:zeroShares" && kind != "requestUnstake:zeroValue"
            && kind != "withdraw:slashPending" && kind != "setCommission" && kind != "challenge:late"
            && kind != "claim:refused";
    }

    function _name(bytes32 kind) internal pure returns (string memory name) {
        uint256 length;
        while (length < 32 && kind[length] != 0) ++length;
        bytes memory out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = kind[i];
        }
        return string(out);
    }
}
