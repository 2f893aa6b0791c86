// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AerieTest} from "./AerieTest.sol";

/// @notice Reports who called it, and reverts on demand.
contract Probe {
    error ProbeFailed(uint256 code, address caller);
    error ProbeNoArgs();

    event Poked(address indexed caller, uint256 value);

    uint256 public stored;

    function whoami() external view returns (address sender, address origin) {
        return (msg.sender, tx.origin);
    }

    function poke(uint256 value) external {
        stored = value;
        emit Poked(msg.sender, value);
    }

    function fail(uint256 code) external view {
        revert ProbeFailed(code, msg.sender);
    }

    function failPlain() external pure {
        revert();
    }

    function failNoArgs() external pure {
        revert ProbeNoArgs();
    }

    function failIfOdd(uint256 code) external view {
        if (code % 2 == 1) revert ProbeFailed(code, msg.sender);
    }
}

/// @title CheatcodesTest
/// @notice Calls every cheatcode declared in Vm.sol once, so that a wrong signature (which forge would
/// not recognise) fails here rather than in a protocol test, and checks the assertion helpers fail.
contract CheatcodesTest is AerieTest {
    Probe internal _probe;

    function setUp() public {
        _probe = new Probe();
    }

    function test_warpRollAndTimestamp() public {
        vm.warp(2_000_000_000);
        vm.roll(123);
        assertEq(vm.getBlockTimestamp(), 2_000_000_000, "timestamp");
        assertEq(block.number, 123, "block number");
    }

    function test_dealSetsEthBalance() public {
        address account = makeAddr("rich");
        vm.deal(account, 5 ether);
        assertEq(account.balance, 5 ether, "eth balance");
    }

    function test_prankVariants() public {
        address alice = makeAddr("alice");
        address origin = makeAddr("origin");
        vm.prank(alice);
        (address sender,) = _probe.whoami();
        assertEq(sender, alice, "prank sender");
        (sender,) = _probe.whoami();
        assertEq(sender, address(this), "prank lasts one call");

        vm.prank(alice, origin);
        (address sender2, address origin2) = _probe.whoami();
        assertEq(sender2, alice, "prank(sender, origin) sender");
        assertEq(origin2, origin, "prank(sender, origin) origin");

        vm.startPrank(alice);
        (sender,) = _probe.whoami();
        (address again,) = _probe.whoami();
        vm.stopPrank();
        assertEq(sender, alice, "startPrank first call");
        assertEq(again, alice, "startPrank second call");
    }

    function testFuzz_signAndAddrRecover(uint256 keySeed, bytes32 digest) public pure {
        uint256 key = bound(keySeed, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        assertEq(ecrecover(digest, v, r, s), vm.addr(key), "recovered signer");
    }

    function testFuzz_assumeDiscards(uint256 x) public pure {
        vm.assume(x % 2 == 0);
        assertEq(x % 2, 0, "only even inputs reach here");
    }

    function testFuzz_assumeNoRevertDiscards(uint256 code) public view {
        vm.assumeNoRevert();
        _probe.failIfOdd(code); // odd inputs revert and are discarded instead of failing the test
        assertEq(code % 2, 0, "only even inputs get past the call");
    }

    function test_expectRevertVariants() public {
        vm.expectRevert();
        _probe.failPlain();

        vm.expectRevert(abi.encodeWithSelector(Probe.ProbeFailed.selector, 7, address(this)));
        _probe.fail(7);

        vm.expectPartialRevert(Probe.ProbeFailed.selector);
        _probe.fail(8);

        vm.expectRevert(Probe.ProbeNoArgs.selector);
        _probe.failNoArgs();
    }

    function test_expectEmitVariants() public {
        vm.expectEmit(true, false, false, true);
        emit Probe.Poked(address(this), 1);
        _probe.poke(1);

        vm.expectEmit(true, true, true, true, address(_probe));
        emit Probe.Poked(address(this), 2);
        _probe.poke(2);

        vm.expectEmit();
        emit Probe.Poked(address(this), 3);
        _probe.poke(3);

        vm.expectEmit(address(_probe));
        emit Probe.Poked(address(this), 4);
        _probe.poke(4);
    }

    function test_snapshotLoadStoreEtch() public {
        _probe.poke(1);
        uint256 snapshot = vm.snapshotState();
        _probe.poke(2);
        assertTrue(vm.revertToState(snapshot), "revertToState");
        assertEq(_probe.stored(), 1, "state restored");

        assertEq(vm.load(address(_probe), bytes32(0)), bytes32(uint256(1)), "slot 0");
        vm.store(address(_probe), bytes32(0), bytes32(uint256(42)));
        assertEq(_probe.stored(), 42, "stored after vm.store");

        address copy = makeAddr("copy");
        vm.etch(copy, address(_probe).code);
        assertEq(copy.code.length, address(_probe).code.length, "etched code");
    }

    function test_labelDoesNotChangeState() public {
        vm.label(address(_probe), "probe");
        assertEq(_probe.stored(), 0, "untouched");
    }

    // ------------------------------------------------------------------ the assertions themselves fail

    function test_assertEqFailsWithBothValues() public {
        vm.expectRevert(bytes("total: 1 != 2"));
        this.externalAssertEq(1, 2);
    }

    function test_assertGeFails() public {
        vm.expectRevert(bytes("cover: 1 < 2"));
        this.externalAssertGe(1, 2);
    }

    function test_boundStaysInRange(uint256 x, uint256 min, uint256 span) public pure {
        min = min % 1e30;
        span = span % 1e30;
        uint256 y = bound(x, min, min + span);
        assertGe(y, min, "bound low");
        assertLe(y, min + span, "bound high");
    }

    function externalAssertEq(uint256 a, uint256 b) external pure {
        assertEq(a, b, "total");
    }

    function externalAssertGe(uint256 a, uint256 b) external pure {
        assertGe(a, b, "cover");
    }
}
