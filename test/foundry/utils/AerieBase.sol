// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {AerieTestToken} from "../../../contracts/test/AerieTestToken.sol";
import {StakingVault} from "../../../contracts/StakingVault.sol";
import {TaskRegistry} from "../../../contracts/TaskRegistry.sol";
import {RewardDistributor} from "../../../contracts/RewardDistributor.sol";
import {RoundSettlement} from "../../../contracts/RoundSettlement.sol";
import {IStakingVault} from "../../../contracts/interfaces/IStakingVault.sol";
import {IRoundSettlement} from "../../../contracts/interfaces/IRoundSettlement.sol";
import {AerieTest} from "./AerieTest.sol";

/// @title AerieBase
/// @notice The one place forge tests deploy and wire Aerie (as Uniswap v4's `test/utils/Deployers.sol`): the
/// docs/PROTOCOL.md §8 defaults and protocol caps as constants, `_deploySystem` (test token, StakingVault, TaskRegistry,
/// RewardDistributor, RoundSettlement, settlement bound), a committee of labelled keys sorted by address, and the
/// signing helpers every settlement test shares.
/// @dev The test contract deploys, so it owns the token, the vault and the settlement and is the registry's and
/// distributor's deployer. Deployment order is fixed (token, vault, registry, distributor, settlement), so the
/// contracts' addresses do not depend on which suite deploys them.
abstract contract AerieBase is AerieTest {
    using Strings for uint256;

    // ------------------------------------------------------------------ docs/PROTOCOL.md §8 defaults and caps

    uint64 internal constant UNBONDING_PERIOD = 14 days;
    uint64 internal constant COMMISSION_DELAY = 14 days;
    uint64 internal constant MAX_ROUND_DURATION = 7 days;
    uint64 internal constant RESULT_DEADLINE = 3 days;
    uint64 internal constant CHALLENGE_WINDOW = 1 days;
    uint16 internal constant MAX_SLASH_BPS = 5_000;
    uint16 internal constant MAX_COMMISSION_BPS = 5_000;
    /// @dev Denominator of a rate in bps.
    uint256 internal constant BPS = 10_000;
    /// @dev `SharesMath`'s virtual shares.
    uint256 internal constant VIRTUAL_SHARES = 1e6;
    /// @dev Order of the secp256k1 group: private keys are in [1, N - 1]; `n - s` is a signature's high-s twin.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    // ------------------------------------------------------------------ types

    /// @notice The deployed system.
    struct AerieSystem {
        AerieTestToken token;
        StakingVault vault;
        TaskRegistry registry;
        RewardDistributor distributor;
        RoundSettlement settlement;
    }

    /// @notice What `_deploySystem` takes.
    /// @param slashRecipient receives slashed wei.
    /// @param guardian may challenge a proposed result.
    /// @param committeeSize members of the committee (keys from `_makeCommittee`).
    /// @param threshold signatures a result needs.
    /// @param boundSettlement what vault, registry and distributor accept as settlement; address(0): the deployed
    /// RoundSettlement (a test contract passes itself to call `slash` / `lockWithdrawals` directly).
    struct SystemConfig {
        address slashRecipient;
        address guardian;
        uint256 committeeSize;
        uint256 threshold;
        address boundSettlement;
    }

    // ------------------------------------------------------------------ deployment

    /// @notice The docs/PROTOCOL.md §8 defaults as the vault's constructor struct.
    function _defaultParams() internal pure returns (IStakingVault.Params memory) {
        return IStakingVault.Params({
            unbondingPeriod: UNBONDING_PERIOD,
            commissionDelay: COMMISSION_DELAY,
            maxRoundDuration: MAX_ROUND_DURATION,
            resultDeadline: RESULT_DEADLINE,
            challengeWindow: CHALLENGE_WINDOW,
            maxSlashBps: MAX_SLASH_BPS,
            maxCommissionBps: MAX_COMMISSION_BPS
        });
    }

    /// @notice Deploys the test token (owned by this contract), the vault with `_defaultParams`, the registry, the
    /// distributor and the settlement (owned by this contract; committee of `_makeCommittee(config.committeeSize)`),
    /// then binds `config.boundSettlement` (or the settlement) in the vault, the registry and the distributor.
    /// @return s the contracts.
    /// @return committeeKeys the members' private keys, sorted by address (for `_sign`).
    function _deploySystem(SystemConfig memory config)
        internal
        returns (AerieSystem memory s, uint256[] memory committeeKeys)
    {
        address[] memory members;
        (committeeKeys, members) = _makeCommittee(config.committeeSize);
        s.token = new AerieTestToken(address(this));
        s.vault = new StakingVault(IERC20(address(s.token)), address(this), _defaultParams(), config.slashRecipient);
        s.registry = new TaskRegistry(s.vault);
        s.distributor = new RewardDistributor(s.vault);
        s.settlement = new RoundSettlement(
            s.vault, s.registry, s.distributor, address(this), members, config.threshold, config.guardian
        );
        address bound = config.boundSettlement == address(0) ? address(s.settlement) : config.boundSettlement;
        s.vault.setSettlement(bound);
        s.registry.setSettlement(bound);
        s.distributor.setSettlement(bound);
    }

    /// @notice `size` labelled keys `committee0`, `committee1`, … sorted by their address (signatures must come in
    /// ascending signer order), and those addresses.
    function _makeCommittee(uint256 size) internal returns (uint256[] memory keys, address[] memory members) {
        keys = new uint256[](size);
        for (uint256 i; i < size; ++i) {
            (, keys[i]) = makeAccount(string.concat("committee", i.toString()));
        }
        for (uint256 i = 1; i < size; ++i) {
            for (uint256 j = i; j > 0 && vm.addr(keys[j]) < vm.addr(keys[j - 1]); --j) {
                (keys[j], keys[j - 1]) = (keys[j - 1], keys[j]);
            }
        }
        members = new address[](size);
        for (uint256 i; i < size; ++i) {
            members[i] = vm.addr(keys[i]);
        }
    }

    // ------------------------------------------------------------------ signing

    /// @notice A 65-byte `r ‖ s ‖ v` signature of `digest` by `key`.
    function _sign(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @notice The EIP-712 digest of `result` under a RoundSettlement domain with any chain id and verifying
    /// contract, with `settlement`'s type hash (what a member signing for another chain or contract signs).
    function _resultDigestUnder(
        RoundSettlement settlement,
        IRoundSettlement.RoundResult memory result,
        uint256 chainId,
        address verifyingContract
    ) internal view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Aerie RoundSettlement"),
                keccak256("1"),
                chainId,
                verifyingContract
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                settlement.ROUND_RESULT_TYPEHASH(),
                result.taskId,
                result.round,
                result.rewardsRoot,
                result.totalReward,
                result.slashesHash,
                result.bundleHash,
                keccak256(bytes(result.bundleURI))
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }
}
