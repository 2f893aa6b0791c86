//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AerieErrors
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const aerieErrorsAbi = [
  {
    type: 'error',
    inputs: [{ name: 'target', internalType: 'address', type: 'address' }],
    name: 'AddressEmptyCode',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  {
    type: 'error',
    inputs: [{ name: 'bps', internalType: 'uint256', type: 'uint256' }],
    name: 'CommissionScheduleUnchanged',
  },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC1155InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC1155InvalidApprover',
  },
  {
    type: 'error',
    inputs: [
      { name: 'idsLength', internalType: 'uint256', type: 'uint256' },
      { name: 'valuesLength', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC1155InvalidArrayLength',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'ERC1155InvalidOperator',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC1155InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC1155InvalidSender',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC1155MissingApprovalForAll',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [{ name: 'deadline', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC2612ExpiredSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC2612InvalidSigner',
  },
  { type: 'error', inputs: [], name: 'ERC5267ExtensionsNotSupported' },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC721IncorrectOwner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'tokenId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC721InsufficientApproval',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidOperator',
  },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC721InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'tokenId', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC721NonexistentToken',
  },
  { type: 'error', inputs: [], name: 'FailedCall' },
  { type: 'error', inputs: [], name: 'FailedDeployment' },
  {
    type: 'error',
    inputs: [
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  { type: 'error', inputs: [], name: 'MerkleProofInvalidMultiproof' },
  {
    type: 'error',
    inputs: [{ name: '', internalType: 'address', type: 'address' }],
    name: 'MissingPrecompile',
  },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  { type: 'error', inputs: [], name: 'RewardDistributorEmptyBatch' },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'claimedTotal', internalType: 'uint256', type: 'uint256' },
      { name: 'allocated', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RewardDistributorExceedsAllocated',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'cumulativeAmount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RewardDistributorInvalidProof',
  },
  {
    type: 'error',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'RewardDistributorNoRoot',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'cumulativeAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'claimed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RewardDistributorNothingToClaim',
  },
  { type: 'error', inputs: [], name: 'RewardDistributorZeroAddress' },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementAlreadyProposed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'closedAt', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementChallengeWindowClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'finalizableAt', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementChallengeWindowOpen',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementDeadlineNotReached',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementDeadlinePassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
      { name: 'maxSlashBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementInvalidSlashBps',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'RoundSettlementNotGuardian',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'RoundSettlementNotParticipant',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementNotProposed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'expectedRound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementOutOfOrder',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'RoundSettlementResultChallenged',
  },
  {
    type: 'error',
    inputs: [
      { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
      { name: 'rewardPerRound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementRewardExceedsBudget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'roundEnd', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementRoundNotEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'actual', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'RoundSettlementSlashesHashMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'address', type: 'address' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'RoundSettlementSlashesNotSorted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementTooManySlashes',
  },
  { type: 'error', inputs: [], name: 'RoundSettlementZeroAddress' },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementZeroRoot',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'int256', type: 'int256' },
    ],
    name: 'SafeCastOverflowedIntDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'value', internalType: 'int256', type: 'int256' }],
    name: 'SafeCastOverflowedIntToUint',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'SafeCastOverflowedUintToInt',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'currentAllowance', internalType: 'uint256', type: 'uint256' },
      { name: 'requestedDecrease', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeERC20FailedDecreaseAllowance',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  {
    type: 'error',
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'SettlementHookAlreadySet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'deployer', internalType: 'address', type: 'address' },
    ],
    name: 'SettlementHookNotDeployer',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'SettlementHookNotSettlement',
  },
  { type: 'error', inputs: [], name: 'SettlementHookZeroAddress' },
  {
    type: 'error',
    inputs: [{ name: 'member', internalType: 'address', type: 'address' }],
    name: 'SignatureQuorumDuplicateMember',
  },
  {
    type: 'error',
    inputs: [
      { name: 'valid', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SignatureQuorumInsufficientSignatures',
  },
  {
    type: 'error',
    inputs: [
      { name: 'size', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SignatureQuorumInvalidCommittee',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'SignatureQuorumInvalidSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'signer', internalType: 'address', type: 'address' },
    ],
    name: 'SignatureQuorumNotCommitteeMember',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'address', type: 'address' },
      { name: 'signer', internalType: 'address', type: 'address' },
    ],
    name: 'SignatureQuorumSignersNotAscending',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'SignatureQuorumZeroMember',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'StakingVaultAlreadyRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'commissionBps', internalType: 'uint256', type: 'uint256' },
      { name: 'maxCommissionBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultCommissionTooHigh',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'available', internalType: 'uint256', type: 'uint256' },
      { name: 'required', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultInsufficientShares',
  },
  {
    type: 'error',
    inputs: [
      { name: 'param', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'bound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultInvalidParams',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'StakingVaultNoPendingSlash',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'StakingVaultNotRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requestId', internalType: 'uint256', type: 'uint256' },
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'StakingVaultNotRequestOwner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requestId', internalType: 'uint256', type: 'uint256' },
      { name: 'unlockTime', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultRequestLocked',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundStart', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultSlashBaseInFuture',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'pendingSlashes', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultSlashPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
      { name: 'maxSlashBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultSlashTooHigh',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultTooManyRequests',
  },
  {
    type: 'error',
    inputs: [
      { name: 'unbondingPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'required', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultUnbondingTooShort',
  },
  {
    type: 'error',
    inputs: [{ name: 'requestId', internalType: 'uint256', type: 'uint256' }],
    name: 'StakingVaultUnknownRequest',
  },
  { type: 'error', inputs: [], name: 'StakingVaultZeroAddress' },
  { type: 'error', inputs: [], name: 'StakingVaultZeroAmount' },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultZeroShares',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StringsInsufficientHexLength',
  },
  { type: 'error', inputs: [], name: 'StringsInvalidAddressFormat' },
  { type: 'error', inputs: [], name: 'StringsInvalidChar' },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'enum ITaskRegistry.Role', type: 'uint8' },
    ],
    name: 'TaskRegistryAlreadyJoined',
  },
  {
    type: 'error',
    inputs: [{ name: 'role', internalType: 'uint8', type: 'uint8' }],
    name: 'TaskRegistryInvalidRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'creator', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'TaskRegistryNotCreator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'TaskRegistryNotJoined',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'TaskRegistryNotOperator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'lastRoundStart', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryNothingToCancel',
  },
  {
    type: 'error',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'TaskRegistryNothingToRefund',
  },
  {
    type: 'error',
    inputs: [
      { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
      { name: 'rewardPerRound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryRewardExceedsBudget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundDuration', internalType: 'uint256', type: 'uint256' },
      { name: 'maxRoundDuration', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryRoundDurationOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'activeRounds', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryRoundOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'stake', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryStakeBelowMinimum',
  },
  {
    type: 'error',
    inputs: [
      { name: 'startTime', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryStartInPast',
  },
  {
    type: 'error',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'TaskRegistryTaskCancelled',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'endTime', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryTaskEnded',
  },
  {
    type: 'error',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'TaskRegistryUnknownTask',
  },
  { type: 'error', inputs: [], name: 'TaskRegistryZeroAddress' },
  { type: 'error', inputs: [], name: 'TaskRegistryZeroReward' },
  { type: 'error', inputs: [], name: 'TaskRegistryZeroRounds' },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'received', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TokenTransferShortfall',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// AerieTestToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const aerieTestTokenAbi = [
  {
    type: 'constructor',
    inputs: [{ name: 'owner_', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [{ name: 'deadline', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC2612ExpiredSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC2612InvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DOMAIN_SEPARATOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'mint',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'permit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// RewardDistributor
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const rewardDistributorAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'vault_',
        internalType: 'contract IStakingVault',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  { type: 'error', inputs: [], name: 'RewardDistributorEmptyBatch' },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'claimedTotal', internalType: 'uint256', type: 'uint256' },
      { name: 'allocated', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RewardDistributorExceedsAllocated',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'cumulativeAmount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RewardDistributorInvalidProof',
  },
  {
    type: 'error',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'RewardDistributorNoRoot',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'cumulativeAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'claimed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RewardDistributorNothingToClaim',
  },
  { type: 'error', inputs: [], name: 'RewardDistributorZeroAddress' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  {
    type: 'error',
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'SettlementHookAlreadySet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'deployer', internalType: 'address', type: 'address' },
    ],
    name: 'SettlementHookNotDeployer',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'SettlementHookNotSettlement',
  },
  { type: 'error', inputs: [], name: 'SettlementHookZeroAddress' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'cumulativeAmount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Claimed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Restaked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'round',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'root',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'added',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'allocated',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RootUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'settlement',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SettlementSet',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEPLOYER',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'TOKEN',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'VAULT',
    outputs: [
      { name: '', internalType: 'contract IStakingVault', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'root', internalType: 'bytes32', type: 'bytes32' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'allocate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'cumulativeAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'proof', internalType: 'bytes32[]', type: 'bytes32[]' },
    ],
    name: 'claim',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'cumulativeAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'proof', internalType: 'bytes32[]', type: 'bytes32[]' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'claimAndRestake',
    outputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'claims',
        internalType: 'struct IRewardDistributor.Claim[]',
        type: 'tuple[]',
        components: [
          { name: 'taskId', internalType: 'uint256', type: 'uint256' },
          { name: 'account', internalType: 'address', type: 'address' },
          {
            name: 'cumulativeAmount',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'proof', internalType: 'bytes32[]', type: 'bytes32[]' },
        ],
      },
    ],
    name: 'claimMany',
    outputs: [{ name: 'total', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'claimed',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'cumulativeAmount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'leafHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'settlement_', internalType: 'address', type: 'address' }],
    name: 'setSettlement',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'settlement',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'taskRewards',
    outputs: [
      {
        name: '',
        internalType: 'struct IRewardDistributor.TaskRewards',
        type: 'tuple',
        components: [
          { name: 'root', internalType: 'bytes32', type: 'bytes32' },
          { name: 'allocated', internalType: 'uint256', type: 'uint256' },
          { name: 'claimedTotal', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// RoundSettlement
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const roundSettlementAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'vault_',
        internalType: 'contract IStakingVault',
        type: 'address',
      },
      {
        name: 'registry_',
        internalType: 'contract ITaskRegistry',
        type: 'address',
      },
      {
        name: 'distributor_',
        internalType: 'contract IRewardDistributor',
        type: 'address',
      },
      { name: 'owner_', internalType: 'address', type: 'address' },
      { name: 'committee_', internalType: 'address[]', type: 'address[]' },
      { name: 'threshold_', internalType: 'uint256', type: 'uint256' },
      { name: 'guardian_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementAlreadyProposed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'closedAt', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementChallengeWindowClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'finalizableAt', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementChallengeWindowOpen',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementDeadlineNotReached',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementDeadlinePassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
      { name: 'maxSlashBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementInvalidSlashBps',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'RoundSettlementNotGuardian',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'RoundSettlementNotParticipant',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementNotProposed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'expectedRound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementOutOfOrder',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'RoundSettlementResultChallenged',
  },
  {
    type: 'error',
    inputs: [
      { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
      { name: 'rewardPerRound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementRewardExceedsBudget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'roundEnd', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementRoundNotEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'actual', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'RoundSettlementSlashesHashMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'address', type: 'address' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'RoundSettlementSlashesNotSorted',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementTooManySlashes',
  },
  { type: 'error', inputs: [], name: 'RoundSettlementZeroAddress' },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementZeroRoot',
  },
  {
    type: 'error',
    inputs: [{ name: 'member', internalType: 'address', type: 'address' }],
    name: 'SignatureQuorumDuplicateMember',
  },
  {
    type: 'error',
    inputs: [
      { name: 'valid', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SignatureQuorumInsufficientSignatures',
  },
  {
    type: 'error',
    inputs: [
      { name: 'size', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SignatureQuorumInvalidCommittee',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'SignatureQuorumInvalidSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'signer', internalType: 'address', type: 'address' },
    ],
    name: 'SignatureQuorumNotCommitteeMember',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'address', type: 'address' },
      { name: 'signer', internalType: 'address', type: 'address' },
    ],
    name: 'SignatureQuorumSignersNotAscending',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'SignatureQuorumZeroMember',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'epoch',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'members',
        internalType: 'address[]',
        type: 'address[]',
        indexed: false,
      },
      {
        name: 'threshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CommitteeSet',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'guardian',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'GuardianSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'round',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'guardian',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'reason',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ResultChallenged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'round',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'digest',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'result',
        internalType: 'struct IRoundSettlement.RoundResult',
        type: 'tuple',
        components: [
          { name: 'taskId', internalType: 'uint256', type: 'uint256' },
          { name: 'round', internalType: 'uint256', type: 'uint256' },
          { name: 'rewardsRoot', internalType: 'bytes32', type: 'bytes32' },
          { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
          { name: 'slashesHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'bundleHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'bundleURI', internalType: 'string', type: 'string' },
        ],
        indexed: false,
      },
      {
        name: 'slashes',
        internalType: 'struct IRoundSettlement.Slash[]',
        type: 'tuple[]',
        components: [
          { name: 'operator', internalType: 'address', type: 'address' },
          { name: 'bps', internalType: 'uint256', type: 'uint256' },
        ],
        indexed: false,
      },
      {
        name: 'proposer',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'finalizableAt',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ResultProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'round',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'rewardsRoot',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'totalReward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'bundleHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'RoundFinalized',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'round',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
    ],
    name: 'RoundSkipped',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CHALLENGE_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DISTRIBUTOR',
    outputs: [
      {
        name: '',
        internalType: 'contract IRewardDistributor',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_COMMITTEE_SIZE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SLASHES',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SLASH_BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'REGISTRY',
    outputs: [
      { name: '', internalType: 'contract ITaskRegistry', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'RESULT_DEADLINE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'ROUND_RESULT_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'VAULT',
    outputs: [
      { name: '', internalType: 'contract IStakingVault', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    name: 'challenge',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'committee',
    outputs: [
      { name: 'members', internalType: 'address[]', type: 'address[]' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
      { name: 'epoch', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'finalize',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'getProposal',
    outputs: [
      {
        name: 'proposal',
        internalType: 'struct IRoundSettlement.Proposal',
        type: 'tuple',
        components: [
          {
            name: 'result',
            internalType: 'struct IRoundSettlement.RoundResult',
            type: 'tuple',
            components: [
              { name: 'taskId', internalType: 'uint256', type: 'uint256' },
              { name: 'round', internalType: 'uint256', type: 'uint256' },
              { name: 'rewardsRoot', internalType: 'bytes32', type: 'bytes32' },
              { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
              { name: 'slashesHash', internalType: 'bytes32', type: 'bytes32' },
              { name: 'bundleHash', internalType: 'bytes32', type: 'bytes32' },
              { name: 'bundleURI', internalType: 'string', type: 'string' },
            ],
          },
          { name: 'proposer', internalType: 'address', type: 'address' },
          { name: 'proposedAt', internalType: 'uint64', type: 'uint64' },
        ],
      },
      {
        name: 'slashes',
        internalType: 'struct IRoundSettlement.Slash[]',
        type: 'tuple[]',
        components: [
          { name: 'operator', internalType: 'address', type: 'address' },
          { name: 'bps', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'guardian',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'result',
        internalType: 'struct IRoundSettlement.RoundResult',
        type: 'tuple',
        components: [
          { name: 'taskId', internalType: 'uint256', type: 'uint256' },
          { name: 'round', internalType: 'uint256', type: 'uint256' },
          { name: 'rewardsRoot', internalType: 'bytes32', type: 'bytes32' },
          { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
          { name: 'slashesHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'bundleHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'bundleURI', internalType: 'string', type: 'string' },
        ],
      },
    ],
    name: 'hashResult',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'slashes',
        internalType: 'struct IRoundSettlement.Slash[]',
        type: 'tuple[]',
        components: [
          { name: 'operator', internalType: 'address', type: 'address' },
          { name: 'bps', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    name: 'hashSlashes',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isCommitteeMember',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'nextRound',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'result',
        internalType: 'struct IRoundSettlement.RoundResult',
        type: 'tuple',
        components: [
          { name: 'taskId', internalType: 'uint256', type: 'uint256' },
          { name: 'round', internalType: 'uint256', type: 'uint256' },
          { name: 'rewardsRoot', internalType: 'bytes32', type: 'bytes32' },
          { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
          { name: 'slashesHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'bundleHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'bundleURI', internalType: 'string', type: 'string' },
        ],
      },
      {
        name: 'slashes',
        internalType: 'struct IRoundSettlement.Slash[]',
        type: 'tuple[]',
        components: [
          { name: 'operator', internalType: 'address', type: 'address' },
          { name: 'bps', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: 'signatures', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    name: 'propose',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'roundStatus',
    outputs: [
      {
        name: '',
        internalType: 'enum IRoundSettlement.RoundStatus',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'members', internalType: 'address[]', type: 'address[]' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'setCommittee',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'guardian_', internalType: 'address', type: 'address' }],
    name: 'setGuardian',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'skip',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// StakingVault
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const stakingVaultAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'token_', internalType: 'contract IERC20', type: 'address' },
      { name: 'owner_', internalType: 'address', type: 'address' },
      {
        name: 'params',
        internalType: 'struct IStakingVault.Params',
        type: 'tuple',
        components: [
          { name: 'unbondingPeriod', internalType: 'uint64', type: 'uint64' },
          { name: 'commissionDelay', internalType: 'uint64', type: 'uint64' },
          { name: 'maxRoundDuration', internalType: 'uint64', type: 'uint64' },
          { name: 'resultDeadline', internalType: 'uint64', type: 'uint64' },
          { name: 'challengeWindow', internalType: 'uint64', type: 'uint64' },
          { name: 'maxSlashBps', internalType: 'uint16', type: 'uint16' },
          { name: 'maxCommissionBps', internalType: 'uint16', type: 'uint16' },
        ],
      },
      { name: 'slashRecipient_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  {
    type: 'error',
    inputs: [{ name: 'bps', internalType: 'uint256', type: 'uint256' }],
    name: 'CommissionScheduleUnchanged',
  },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  {
    type: 'error',
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'SettlementHookAlreadySet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'deployer', internalType: 'address', type: 'address' },
    ],
    name: 'SettlementHookNotDeployer',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'SettlementHookNotSettlement',
  },
  { type: 'error', inputs: [], name: 'SettlementHookZeroAddress' },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'StakingVaultAlreadyRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'commissionBps', internalType: 'uint256', type: 'uint256' },
      { name: 'maxCommissionBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultCommissionTooHigh',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'available', internalType: 'uint256', type: 'uint256' },
      { name: 'required', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultInsufficientShares',
  },
  {
    type: 'error',
    inputs: [
      { name: 'param', internalType: 'string', type: 'string' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'bound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultInvalidParams',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'StakingVaultNoPendingSlash',
  },
  {
    type: 'error',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'StakingVaultNotRegistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requestId', internalType: 'uint256', type: 'uint256' },
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'StakingVaultNotRequestOwner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'requestId', internalType: 'uint256', type: 'uint256' },
      { name: 'unlockTime', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultRequestLocked',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundStart', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultSlashBaseInFuture',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'pendingSlashes', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultSlashPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
      { name: 'maxSlashBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultSlashTooHigh',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultTooManyRequests',
  },
  {
    type: 'error',
    inputs: [
      { name: 'unbondingPeriod', internalType: 'uint256', type: 'uint256' },
      { name: 'required', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultUnbondingTooShort',
  },
  {
    type: 'error',
    inputs: [{ name: 'requestId', internalType: 'uint256', type: 'uint256' }],
    name: 'StakingVaultUnknownRequest',
  },
  { type: 'error', inputs: [], name: 'StakingVaultZeroAddress' },
  { type: 'error', inputs: [], name: 'StakingVaultZeroAmount' },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultZeroShares',
  },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'received', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TokenTransferShortfall',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'commissionBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'effectiveAt',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CommissionIncreaseQueued',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'commissionBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CommissionSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'metadataURI',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'OperatorMetadataSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'commissionBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'metadataURI',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'OperatorRegistered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'settlement',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SettlementSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'accountShares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'poolShares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'poolAssets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'SharesChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'recipient',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SlashRecipientSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'ref', internalType: 'bytes32', type: 'bytes32', indexed: true },
      { name: 'bps', internalType: 'uint256', type: 'uint256', indexed: false },
      {
        name: 'roundStart',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'base',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'activeCut',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'unbondingCut',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'recipient',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'Slashed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'payer',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Staked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requestId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'unbondingShares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'unlockTime',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'UnstakeRequested',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'pendingSlashes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'WithdrawalsLocked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'pendingSlashes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'WithdrawalsUnlocked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'requestId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Withdrawn',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CHALLENGE_WINDOW',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'COMMISSION_DELAY',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEPLOYER',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_COMMISSION_BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_ROUND_DURATION',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SLASH_BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_WITHDRAW_BATCH',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'RESULT_DEADLINE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'UNBONDING_PERIOD',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'commissionAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'commissionOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'convertToAssets',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'requestId', internalType: 'uint256', type: 'uint256' }],
    name: 'getRequest',
    outputs: [
      {
        name: '',
        internalType: 'struct IStakingVault.UnstakeRequest',
        type: 'tuple',
        components: [
          { name: 'owner', internalType: 'address', type: 'address' },
          { name: 'operator', internalType: 'address', type: 'address' },
          { name: 'unlockTime', internalType: 'uint64', type: 'uint64' },
          { name: 'shares', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'isOperator',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'lockWithdrawals',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'nextRequestId',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'pendingCommission',
    outputs: [
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
      { name: 'effectiveAt', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'pendingSlashes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'previewStake',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'commissionBps', internalType: 'uint256', type: 'uint256' },
      { name: 'metadataURI', internalType: 'string', type: 'string' },
    ],
    name: 'registerOperator',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'requestUnstake',
    outputs: [{ name: 'requestId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'requestId', internalType: 'uint256', type: 'uint256' }],
    name: 'requestValue',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'commissionBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'setCommission',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'metadataURI', internalType: 'string', type: 'string' }],
    name: 'setMetadataURI',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'settlement_', internalType: 'address', type: 'address' }],
    name: 'setSettlement',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'recipient', internalType: 'address', type: 'address' }],
    name: 'setSlashRecipient',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'settlement',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'sharesOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
      { name: 'roundStart', internalType: 'uint256', type: 'uint256' },
      { name: 'ref', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'slash',
    outputs: [
      { name: 'activeCut', internalType: 'uint256', type: 'uint256' },
      { name: 'unbondingCut', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'slashRecipient',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'stake',
    outputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'stakeAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'stakeFor',
    outputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'stakeOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'stakeWithPermit',
    outputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'token',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'totalShares',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'unbondingOf',
    outputs: [
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'operator', internalType: 'address', type: 'address' }],
    name: 'unlockWithdrawals',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'requestIds', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'withdraw',
    outputs: [{ name: 'assets', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TaskRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const taskRegistryAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'vault_',
        internalType: 'contract IStakingVault',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  {
    type: 'error',
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'SettlementHookAlreadySet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'deployer', internalType: 'address', type: 'address' },
    ],
    name: 'SettlementHookNotDeployer',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'SettlementHookNotSettlement',
  },
  { type: 'error', inputs: [], name: 'SettlementHookZeroAddress' },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'enum ITaskRegistry.Role', type: 'uint8' },
    ],
    name: 'TaskRegistryAlreadyJoined',
  },
  {
    type: 'error',
    inputs: [{ name: 'role', internalType: 'uint8', type: 'uint8' }],
    name: 'TaskRegistryInvalidRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'creator', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'TaskRegistryNotCreator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'TaskRegistryNotJoined',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'TaskRegistryNotOperator',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'lastRoundStart', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryNothingToCancel',
  },
  {
    type: 'error',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'TaskRegistryNothingToRefund',
  },
  {
    type: 'error',
    inputs: [
      { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
      { name: 'rewardPerRound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryRewardExceedsBudget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundDuration', internalType: 'uint256', type: 'uint256' },
      { name: 'maxRoundDuration', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryRoundDurationOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'activeRounds', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryRoundOutOfRange',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'stake', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryStakeBelowMinimum',
  },
  {
    type: 'error',
    inputs: [
      { name: 'startTime', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryStartInPast',
  },
  {
    type: 'error',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'TaskRegistryTaskCancelled',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'endTime', internalType: 'uint256', type: 'uint256' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TaskRegistryTaskEnded',
  },
  {
    type: 'error',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'TaskRegistryUnknownTask',
  },
  { type: 'error', inputs: [], name: 'TaskRegistryZeroAddress' },
  { type: 'error', inputs: [], name: 'TaskRegistryZeroReward' },
  { type: 'error', inputs: [], name: 'TaskRegistryZeroRounds' },
  {
    type: 'error',
    inputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'received', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TokenTransferShortfall',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'creator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RefundWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'round',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'recipient',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'totalReward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'unspent',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RoundPaid',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'round',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RoundRefunded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'settlement',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SettlementSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'activeRounds',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'refunded',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TaskCancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'creator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spec',
        internalType: 'struct ITaskRegistry.TaskSpec',
        type: 'tuple',
        components: [
          { name: 'startTime', internalType: 'uint64', type: 'uint64' },
          { name: 'roundDuration', internalType: 'uint64', type: 'uint64' },
          { name: 'numRounds', internalType: 'uint32', type: 'uint32' },
          { name: 'rewardPerRound', internalType: 'uint256', type: 'uint256' },
          { name: 'minTrainerStake', internalType: 'uint256', type: 'uint256' },
          {
            name: 'minValidatorStake',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'specHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'specURI', internalType: 'string', type: 'string' },
        ],
        indexed: false,
      },
      {
        name: 'budget',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TaskCreated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'role',
        internalType: 'enum ITaskRegistry.Role',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'TaskJoined',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'taskId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'operator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'role',
        internalType: 'enum ITaskRegistry.Role',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'TaskLeft',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEPLOYER',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_ROUND_DURATION',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'TOKEN',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'VAULT',
    outputs: [
      { name: '', internalType: 'contract IStakingVault', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'cancelTask',
    outputs: [{ name: 'refunded', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'spec',
        internalType: 'struct ITaskRegistry.TaskSpec',
        type: 'tuple',
        components: [
          { name: 'startTime', internalType: 'uint64', type: 'uint64' },
          { name: 'roundDuration', internalType: 'uint64', type: 'uint64' },
          { name: 'numRounds', internalType: 'uint32', type: 'uint32' },
          { name: 'rewardPerRound', internalType: 'uint256', type: 'uint256' },
          { name: 'minTrainerStake', internalType: 'uint256', type: 'uint256' },
          {
            name: 'minValidatorStake',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'specHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'specURI', internalType: 'string', type: 'string' },
        ],
      },
    ],
    name: 'createTask',
    outputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'getTask',
    outputs: [
      {
        name: '',
        internalType: 'struct ITaskRegistry.Task',
        type: 'tuple',
        components: [
          { name: 'creator', internalType: 'address', type: 'address' },
          { name: 'startTime', internalType: 'uint64', type: 'uint64' },
          { name: 'roundDuration', internalType: 'uint64', type: 'uint64' },
          { name: 'numRounds', internalType: 'uint32', type: 'uint32' },
          { name: 'activeRounds', internalType: 'uint32', type: 'uint32' },
          { name: 'cancelled', internalType: 'bool', type: 'bool' },
          { name: 'rewardPerRound', internalType: 'uint256', type: 'uint256' },
          { name: 'minTrainerStake', internalType: 'uint256', type: 'uint256' },
          {
            name: 'minValidatorStake',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'specHash', internalType: 'bytes32', type: 'bytes32' },
          { name: 'escrow', internalType: 'uint256', type: 'uint256' },
          { name: 'refundable', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'role', internalType: 'enum ITaskRegistry.Role', type: 'uint8' },
    ],
    name: 'joinTask',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'leaveTask',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
    ],
    name: 'participantRole',
    outputs: [
      { name: '', internalType: 'enum ITaskRegistry.Role', type: 'uint8' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
      { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
      { name: 'recipient', internalType: 'address', type: 'address' },
    ],
    name: 'payRound',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'refundRound',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'operator', internalType: 'address', type: 'address' },
      { name: 'timestamp', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'roleAt',
    outputs: [
      { name: '', internalType: 'enum ITaskRegistry.Role', type: 'uint8' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'roundWindow',
    outputs: [
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'end', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'settlement_', internalType: 'address', type: 'address' }],
    name: 'setSettlement',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'settlement',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'taskCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'taskId', internalType: 'uint256', type: 'uint256' }],
    name: 'withdrawRefund',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// aerie-extras
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/** The Aerie version (package.json) these ABIs and bytecodes belong to; recorded in address books. */
export const aerieVersion = '0.1.0'

/** Per contract: creation bytecode, runtime bytecode (immutables zeroed) and the byte ranges of its immutables. */
export const deployBytecode = {
  AerieTestToken: {
    bytecode:
      '0x610160604052348015610010575f5ffd5b5060405161185738038061185783398101604081905261002f91610258565b806040518060400160405280601081526020016f20b2b934b2902a32b9ba102a37b5b2b760811b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280601081526020016f20b2b934b2902a32b9ba102a37b5b2b760811b81525060405180604001604052806005815260200164414552494560d81b81525081600390816100ca919061031d565b5060046100d7828261031d565b5050506100e9826101ca60201b60201c565b610120526100f6816101ca565b61014052815160208084019190912060e052815190820120610100524660a05261018260e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0381166101ba57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101c381610207565b505061042f565b5f5f829050601f815111156101f4578260405163305a27a960e01b81526004016101b191906103d7565b80516101ff8261040c565b179392505050565b600880546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610268575f5ffd5b81516001600160a01b038116811461027e575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102ad57607f821691505b6020821081036102cb57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561031857805f5260205f20601f840160051c810160208510156102f65750805b601f840160051c820191505b81811015610315575f8155600101610302565b50505b505050565b81516001600160401b0381111561033657610336610285565b61034a816103448454610299565b846102d1565b6020601f82116001811461037c575f83156103655750848201515b5f19600385901b1c1916600184901b178455610315565b5f84815260208120601f198516915b828110156103ab578785015182556020948501946001909201910161038b565b50848210156103c857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102cb575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516113d76104805f395f610a9001525f610a6501525f6108eb01525f6108c301525f61081e01525f61084801525f61087201526113d75ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c8063715018a6116100ad57806395d89b411161007d578063d505accf11610063578063d505accf14610259578063dd62ed3e1461026c578063f2fde38b146102b1575f5ffd5b806395d89b411461023e578063a9059cbb14610246575f5ffd5b8063715018a6146101e05780637ecebe00146101e857806384b0196e146101fb5780638da5cb5b14610216575f5ffd5b8063313ce567116100e8578063313ce5671461017f5780633644e5151461018e57806340c10f191461019657806370a08231146101ab575f5ffd5b806306fdde0314610119578063095ea7b31461013757806318160ddd1461015a57806323b872dd1461016c575b5f5ffd5b6101216102c4565b60405161012e91906110d2565b60405180910390f35b61014a610145366004611113565b610354565b604051901515815260200161012e565b6002545b60405190815260200161012e565b61014a61017a36600461113b565b61036d565b6040516012815260200161012e565b61015e610390565b6101a96101a4366004611113565b61039e565b005b61015e6101b9366004611175565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6101a96103b4565b61015e6101f6366004611175565b6103c7565b6102036103f1565b60405161012e979695949392919061118e565b60085460405173ffffffffffffffffffffffffffffffffffffffff909116815260200161012e565b61012161044f565b61014a610254366004611113565b61045e565b6101a961026736600461124d565b61046b565b61015e61027a3660046112ba565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b6101a96102bf366004611175565b610619565b6060600380546102d3906112eb565b80601f01602080910402602001604051908101604052809291908181526020018280546102ff906112eb565b801561034a5780601f106103215761010080835404028352916020019161034a565b820191905f5260205f20905b81548152906001019060200180831161032d57829003601f168201915b5050505050905090565b5f3361036181858561067c565b60019150505b92915050565b5f3361037a85828561068e565b61038585858561075c565b506001949350505050565b5f610399610805565b905090565b6103a661093b565b6103b0828261098e565b5050565b6103bc61093b565b6103c55f6109e8565b565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260076020526040812054610367565b5f6060805f5f5f6060610402610a5e565b61040a610a89565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6060600480546102d3906112eb565b5f3361036181858561075c565b834211156104ad576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886105058c73ffffffffffffffffffffffffffffffffffffffff165f90815260076020526040902080546001810190915590565b60408051602081019690965273ffffffffffffffffffffffffffffffffffffffff94851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61056c82610ab4565b90505f61057b82878787610afb565b90508973ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610602576040517f4b800e4600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301528b1660248201526044016104a4565b61060d8a8a8a61067c565b50505050505050505050565b61062161093b565b73ffffffffffffffffffffffffffffffffffffffff8116610670576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b610679816109e8565b50565b6106898383836001610b27565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156107565781811015610748576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016104a4565b61075684848484035f610b27565b50505050565b73ffffffffffffffffffffffffffffffffffffffff83166107ab576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff82166107fa576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b610689838383610c6c565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561086a57507f000000000000000000000000000000000000000000000000000000000000000046145b1561089457507f000000000000000000000000000000000000000000000000000000000000000090565b610399604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60085473ffffffffffffffffffffffffffffffffffffffff1633146103c5576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff82166109dd576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b6103b05f8383610c6c565b6008805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60606103997f0000000000000000000000000000000000000000000000000000000000000000610e13565b60606103997f0000000000000000000000000000000000000000000000000000000000000000610e13565b5f610367610ac0610805565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f610b0b88888888610e50565b925092509250610b1b8282610f43565b50909695505050505050565b73ffffffffffffffffffffffffffffffffffffffff8416610b76576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff8316610bc5576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff8085165f9081526001602090815260408083209387168352929052208290558015610756578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610c5e91815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff8316610ca3578060025f828254610c98919061133c565b90915550610d539050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604090205481811015610d28576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260248101829052604481018390526064016104a4565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff8216610d7c57600280548290039055610da7565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e0691815260200190565b60405180910390a3505050565b60605f610e1f83611046565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610e8957505f91506003905082610f39565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610eda573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610f3057505f925060019150829050610f39565b92505f91508190505b9450945094915050565b5f826003811115610f5657610f56611374565b03610f5f575050565b6001826003811115610f7357610f73611374565b03610faa576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002826003811115610fbe57610fbe611374565b03610ff8576040517ffce698f7000000000000000000000000000000000000000000000000000000008152600481018290526024016104a4565b600382600381111561100c5761100c611374565b036103b0576040517fd78bce0c000000000000000000000000000000000000000000000000000000008152600481018290526024016104a4565b5f60ff8216601f811115610367576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6110e46020830184611086565b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461110e575f5ffd5b919050565b5f5f60408385031215611124575f5ffd5b61112d836110eb565b946020939093013593505050565b5f5f5f6060848603121561114d575f5ffd5b611156846110eb565b9250611164602085016110eb565b929592945050506040919091013590565b5f60208284031215611185575f5ffd5b6110e4826110eb565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6111c860e0830189611086565b82810360408401526111da8189611086565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561123c57835183526020938401939092019160010161121e565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215611263575f5ffd5b61126c886110eb565b965061127a602089016110eb565b95506040880135945060608801359350608088013560ff8116811461129d575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156112cb575f5ffd5b6112d4836110eb565b91506112e2602084016110eb565b90509250929050565b600181811c908216806112ff57607f821691505b602082108103611336577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b80820180821115610367577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea26469706673582212207300ade15544c1cf2f696c098953d544ece5c51006a49ffd3a140c930fdc6ea564736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b5060043610610115575f3560e01c8063715018a6116100ad57806395d89b411161007d578063d505accf11610063578063d505accf14610259578063dd62ed3e1461026c578063f2fde38b146102b1575f5ffd5b806395d89b411461023e578063a9059cbb14610246575f5ffd5b8063715018a6146101e05780637ecebe00146101e857806384b0196e146101fb5780638da5cb5b14610216575f5ffd5b8063313ce567116100e8578063313ce5671461017f5780633644e5151461018e57806340c10f191461019657806370a08231146101ab575f5ffd5b806306fdde0314610119578063095ea7b31461013757806318160ddd1461015a57806323b872dd1461016c575b5f5ffd5b6101216102c4565b60405161012e91906110d2565b60405180910390f35b61014a610145366004611113565b610354565b604051901515815260200161012e565b6002545b60405190815260200161012e565b61014a61017a36600461113b565b61036d565b6040516012815260200161012e565b61015e610390565b6101a96101a4366004611113565b61039e565b005b61015e6101b9366004611175565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6101a96103b4565b61015e6101f6366004611175565b6103c7565b6102036103f1565b60405161012e979695949392919061118e565b60085460405173ffffffffffffffffffffffffffffffffffffffff909116815260200161012e565b61012161044f565b61014a610254366004611113565b61045e565b6101a961026736600461124d565b61046b565b61015e61027a3660046112ba565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b6101a96102bf366004611175565b610619565b6060600380546102d3906112eb565b80601f01602080910402602001604051908101604052809291908181526020018280546102ff906112eb565b801561034a5780601f106103215761010080835404028352916020019161034a565b820191905f5260205f20905b81548152906001019060200180831161032d57829003601f168201915b5050505050905090565b5f3361036181858561067c565b60019150505b92915050565b5f3361037a85828561068e565b61038585858561075c565b506001949350505050565b5f610399610805565b905090565b6103a661093b565b6103b0828261098e565b5050565b6103bc61093b565b6103c55f6109e8565b565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260076020526040812054610367565b5f6060805f5f5f6060610402610a5e565b61040a610a89565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6060600480546102d3906112eb565b5f3361036181858561075c565b834211156104ad576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886105058c73ffffffffffffffffffffffffffffffffffffffff165f90815260076020526040902080546001810190915590565b60408051602081019690965273ffffffffffffffffffffffffffffffffffffffff94851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61056c82610ab4565b90505f61057b82878787610afb565b90508973ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614610602576040517f4b800e4600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301528b1660248201526044016104a4565b61060d8a8a8a61067c565b50505050505050505050565b61062161093b565b73ffffffffffffffffffffffffffffffffffffffff8116610670576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b610679816109e8565b50565b6106898383836001610b27565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156107565781811015610748576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016104a4565b61075684848484035f610b27565b50505050565b73ffffffffffffffffffffffffffffffffffffffff83166107ab576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff82166107fa576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b610689838383610c6c565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561086a57507f000000000000000000000000000000000000000000000000000000000000000046145b1561089457507f000000000000000000000000000000000000000000000000000000000000000090565b610399604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60085473ffffffffffffffffffffffffffffffffffffffff1633146103c5576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff82166109dd576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b6103b05f8383610c6c565b6008805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60606103997f0000000000000000000000000000000000000000000000000000000000000000610e13565b60606103997f0000000000000000000000000000000000000000000000000000000000000000610e13565b5f610367610ac0610805565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f5f610b0b88888888610e50565b925092509250610b1b8282610f43565b50909695505050505050565b73ffffffffffffffffffffffffffffffffffffffff8416610b76576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff8316610bc5576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016104a4565b73ffffffffffffffffffffffffffffffffffffffff8085165f9081526001602090815260408083209387168352929052208290558015610756578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610c5e91815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff8316610ca3578060025f828254610c98919061133c565b90915550610d539050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604090205481811015610d28576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260248101829052604481018390526064016104a4565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff8216610d7c57600280548290039055610da7565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e0691815260200190565b60405180910390a3505050565b60605f610e1f83611046565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610e8957505f91506003905082610f39565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610eda573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610f3057505f925060019150829050610f39565b92505f91508190505b9450945094915050565b5f826003811115610f5657610f56611374565b03610f5f575050565b6001826003811115610f7357610f73611374565b03610faa576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002826003811115610fbe57610fbe611374565b03610ff8576040517ffce698f7000000000000000000000000000000000000000000000000000000008152600481018290526024016104a4565b600382600381111561100c5761100c611374565b036103b0576040517fd78bce0c000000000000000000000000000000000000000000000000000000008152600481018290526024016104a4565b5f60ff8216601f811115610367576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6110e46020830184611086565b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461110e575f5ffd5b919050565b5f5f60408385031215611124575f5ffd5b61112d836110eb565b946020939093013593505050565b5f5f5f6060848603121561114d575f5ffd5b611156846110eb565b9250611164602085016110eb565b929592945050506040919091013590565b5f60208284031215611185575f5ffd5b6110e4826110eb565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6111c860e0830189611086565b82810360408401526111da8189611086565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561123c57835183526020938401939092019160010161121e565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215611263575f5ffd5b61126c886110eb565b965061127a602089016110eb565b95506040880135945060608801359350608088013560ff8116811461129d575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156112cb575f5ffd5b6112d4836110eb565b91506112e2602084016110eb565b90509250929050565b600181811c908216806112ff57607f821691505b602082108103611336577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b80820180821115610367577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffdfea26469706673582212207300ade15544c1cf2f696c098953d544ece5c51006a49ffd3a140c930fdc6ea564736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 2078 },
      { length: 32, start: 2120 },
      { length: 32, start: 2162 },
      { length: 32, start: 2243 },
      { length: 32, start: 2283 },
      { length: 32, start: 2661 },
      { length: 32, start: 2704 },
    ],
  },
  StakingVault: {
    bytecode:
      '0x6101a0604052348015610010575f5ffd5b50604051613b4a380380613b4a83398101604081905261002f91610453565b610038836102ff565b336080526001600160a01b03811661006a57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100738161032b565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0384166100bf5760405163d8524de960e01b815260040160405180910390fd5b6127108260a0015161ffff1611156101205760a0820151604051630942473160e01b815260606004820152600b60648201526a6d6178536c61736842707360a81b608482015261ffff9091166024820152612710604482015260a401610061565b6127108260c0015161ffff1611156101865760c0820151604051630942473160e01b815260606004820152601060648201526f6d6178436f6d6d697373696f6e42707360801b608482015261ffff9091166024820152612710604482015260a401610061565b5f82608001516001600160401b031683606001516001600160401b031684604001516001600160401b03166101bb919061055a565b6101c5919061055a565b905080835f01516001600160401b03161015610209578251604051631549e0b160e31b81526001600160401b03909116600482015260248101829052604401610061565b825f01516001600160401b031683602001516001600160401b031610156102835760208301518351604051630942473160e01b815260606004820152600f60648201526e636f6d6d697373696f6e44656c617960881b60848201526001600160401b0392831660248201529116604482015260a401610061565b6001600160a01b03851660a090815283516001600160401b0390811660c09081526020860151821660e052604086015182166101005260608601518216610120526080860151909116610140529084015161ffff908116610160529084015116610180526001600b556102f582610347565b505050505061057f565b5f6001600160a01b0382166103275760405163d8524de960e01b815260040160405180910390fd5b5090565b600280546001600160a01b0319169055610344816103b7565b50565b6001600160a01b03811661036e5760405163d8524de960e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b600180546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381168114610344575f5ffd5b805161042781610408565b919050565b80516001600160401b0381168114610427575f5ffd5b805161ffff81168114610427575f5ffd5b5f5f5f5f848603610140811215610468575f5ffd5b855161047381610408565b602087015190955061048481610408565b935060e0603f1982011215610497575f5ffd5b5060405160e081016001600160401b03811182821017156104c657634e487b7160e01b5f52604160045260245ffd5b80604052506104d76040870161042c565b81526104e56060870161042c565b60208201526104f66080870161042c565b604082015261050760a0870161042c565b606082015261051860c0870161042c565b608082015261052960e08701610442565b60a082015261053b6101008701610442565b60c0820152915061054f610120860161041c565b905092959194509250565b8082018082111561057957634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051610120516101405161016051610180516135126106385f395f818161081301528181611ccc0152611d2101525f8181610394015281816117e7015261183c01525f61076701525f6107b501525f61034501525f81816107400152610ab001525f818161078e0152610e0a01525f818161084a01528181611061015281816116df015281816119d90152611e9e01525f8181610625015281816111f2015261124d01526135125ff3fe608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c806379ba509711610192578063c1b8411a116100e8578063da80535511610093578063e62977f81161006e578063e62977f81461080e578063f2fde38b14610835578063fc0c546a14610848575f5ffd5b8063da805355146107d7578063db236fae146107ea578063e30c3978146107fd575f5ffd5b8063d62aad29116100c3578063d62aad2914610762578063d9a912ec14610789578063d9e39f2c146107b0575f5ffd5b8063c1b8411a14610620578063c58343ef14610647578063c84b19781461073b575f5ffd5b806399c4335d11610148578063adc9772e11610123578063adc9772e146105d2578063bedb1019146105e5578063bf6b874e146105f8575f5ffd5b806399c4335d14610588578063a222334114610590578063acf09912146105a3575f5ffd5b80638f4e6f37116101785780638f4e6f371461054f578063983d95ce14610562578063997db02d14610575575f5ffd5b806379ba5097146105365780638da5cb5b1461053e575f5ffd5b806350603df3116102475780636a84a985116101fd578063715018a6116101d8578063715018a61461050857806373d6a88914610510578063750521f514610523575f5ffd5b80636a84a985146104b25780636d70f7ae146104ba578063710ba631146104f5575f5ffd5b80635fdd8b121161022d5780635fdd8b121461046457806362ee8f1e1461048c578063661f47921461049f575f5ffd5b806350603df31461042d5780635116063014610440575f5ffd5b806331440f55116102a75780633a0d6881116102825780633a0d6881146103dc5780633d3185be146103ef5780634262336014610402575f5ffd5b806331440f551461038f578063355e6b43146103b65780633999b636146103c9575f5ffd5b80630aaa4548116102d75780630aaa45481461034057806326409c8e146103675780632dd5567a1461037c575f5ffd5b80630726347e146102f25780630a7292f51461032d575b5f5ffd5b61031a610300366004613069565b6001600160a01b03165f908152600c602052604090205490565b6040519081526020015b60405180910390f35b61031a61033b366004613082565b61086e565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61037a6103753660046130f1565b61089a565b005b61031a61038a366004613139565b6109bf565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61037a6103c4366004613173565b610a45565b61031a6103d736600461318a565b610b60565b61031a6103ea366004613173565b610b81565b61037a6103fd366004613069565b610bba565b61031a610410366004613069565b6001600160a01b03165f9081526006602052604090206001015490565b61031a61043b36600461318a565b610bce565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610324565b610477610472366004613069565b610bef565b60408051928352602083019190915201610324565b61031a61049a36600461318a565b610c1b565b61031a6104ad366004613069565b610c3c565b600b5461031a565b6104e56104c8366004613069565b6001600160a01b03165f9081526004602052604090205460ff1690565b6040519015158152602001610324565b61031a61050336600461318a565b610c5d565b61037a610fec565b61031a61051e3660046131b2565b610fff565b61037a61053136600461320d565b6110fc565b61037a61118d565b6001546001600160a01b031661044c565b61037a61055d366004613069565b6111e7565b61031a61057036600461324c565b611369565b61031a61058336600461318a565b611730565b61031a606481565b61047761059e3660046132bd565b611795565b6104776105b1366004613069565b6001600160a01b03165f908152600760205260409020600181015490549091565b61031a6105e036600461318a565b611a37565b61037a6105f3366004613069565b611a76565b61031a610606366004613069565b6001600160a01b03165f9081526006602052604090205490565b61044c7f000000000000000000000000000000000000000000000000000000000000000081565b6106e8610655366004613173565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600a6020908152604091829020825160808101845281546001600160a01b0390811682526001830154908116938201939093527401000000000000000000000000000000000000000090920467ffffffffffffffff1692820192909252600290910154606082015290565b60405161032491905f6080820190506001600160a01b0383511682526001600160a01b03602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b60035461044c906001600160a01b031681565b61037a6107f8366004613069565b611b89565b6002546001600160a01b031661044c565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61037a610843366004613069565b611c41565b7f000000000000000000000000000000000000000000000000000000000000000061044c565b6001600160a01b038083165f908152600860209081526040808320938516835292905220545b92915050565b335f9081526004602052604090205460ff16156108ea576040517f2b8c490d0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6108f383611cca565b335f90815260046020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556005909152902061093f908442611d4d565b336001600160a01b03167fdbfa5774636d1a3f274d2025a6edd04bd9659958bfc4cfe6370ae24f9ac1281884848460405161097c9392919061333a565b60405180910390a260405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020015b60405180910390a2505050565b5f6109c8611d68565b6001600160a01b038316610a08576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a13848484611d96565b9050610a3e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9392505050565b335f9081526004602052604090205460ff16610a8f576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b610a9881611cca565b335f9081526005602052604081208190610ad49084427f0000000000000000000000000000000000000000000000000000000000000000611feb565b90925090505f826001811115610aec57610aec613353565b03610b235760405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020016109b2565b604080518481526020810183905233917f2635f3c89b4fcfcecd45b6086299983f1ee22ea00adc8be26dd8ff5df8add4cb91016109b2565b505050565b6001600160a01b0382165f908152600560205260408120610a3e9083612171565b5f818152600a60209081526040808320600281015460018201546001600160a01b0316855260079093529083209091610a3e91906121ed565b610bc2612218565b610bcb8161225e565b50565b6001600160a01b0382165f908152600660205260408120610a3e90836121ed565b6001600160a01b0381165f9081526005602052604081208190610c1290426122ff565b91509150915091565b6001600160a01b0382165f908152600660205260408120610a3e9083612373565b6001600160a01b0381165f9081526005602052604081206108949042612171565b5f610c66611d68565b815f03610c9f576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f90815260086020908152604080832033845290915290205480831115610d1b576040517ffc41b9b70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015233602482015260448101829052606481018490526084016108e1565b6001600160a01b0384165f908152600660209081526040808320600790925282209091610d4883876121ed565b90505f610d558383612373565b9050805f03610da2576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0389166004820152602481018390526044016108e1565b6001600160a01b0388165f908152600860209081526040808320338452909152902087860390819055610dd685898561239b565b610de18484846123d1565b610def8986600101546123fd565b600b8054905f610dfe836133ad565b9091555096505f610e2f7f0000000000000000000000000000000000000000000000000000000000000000426133e4565b604080516080810182523381526001600160a01b038d1660208201529192508101610e5983612436565b67ffffffffffffffff908116825260209182018690525f8b8152600a8352604090819020845181547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039182161782558585015160018084018054898701519385167fffffffff00000000000000000000000000000000000000000000000000000000909116177401000000000000000000000000000000000000000093909716929092029590951790556060958601516002909201919091558a54928b0154825188815294850193909352908301919091523392908d16917f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f910160405180910390a3604080518a8152602081018690529081018490526060810182905233906001600160a01b038c16908a907f9acae80af42d3e13ed79a8f1b5febdf5d288dae1d3d6de049483a22d9416bc469060800160405180910390a45050505050505061089460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b610ff4612218565b610ffd5f612489565b565b5f611008611d68565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018790526064810186905260ff8516608482015260a4810184905260c481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b1580156110aa575f5ffd5b505af19250505080156110bb575060015b506110c7873388611d96565b90506110f260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9695505050505050565b335f9081526004602052604090205460ff16611146576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b336001600160a01b03167fa5680602ef604664f84fa8010333d1ebf8278f05f54b2eef618af3cf16c9395b83836040516111819291906133f7565b60405180910390a25050565b60025433906001600160a01b031681146111de576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108e1565b610bcb81612489565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461127a576040517f8ae4eb390000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044016108e1565b5f546001600160a01b0316156112ca575f546040517f16b19d9b0000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016108e1565b6001600160a01b03811661130a576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f611372611d68565b815f8190036113ad576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60648111156113f2576040517f6ce7455f00000000000000000000000000000000000000000000000000000000815260048101829052606460248201526044016108e1565b5f5b818110156116cb575f85858381811061140f5761140f613412565b602090810292909201355f818152600a90935260409092208054929350916001600160a01b0316905080611472576040517f96b910b2000000000000000000000000000000000000000000000000000000008152600481018490526024016108e1565b6001600160a01b03811633146114cc576040517f7e234d81000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03821660248201523360448201526064016108e1565b600182015474010000000000000000000000000000000000000000900467ffffffffffffffff164210156115625760018201546040517fc15b7268000000000000000000000000000000000000000000000000000000008152600481018590527401000000000000000000000000000000000000000090910467ffffffffffffffff1660248201524260448201526064016108e1565b60018201546001600160a01b03165f818152600c602052604090205480156115c8576040517f8314f4730000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290526044016108e1565b6001600160a01b0382165f908152600760205260408120600286015490916115f083836121ed565b90506115fd83838361239b565b5f888152600a6020526040812080547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556001810180547fffffffff0000000000000000000000000000000000000000000000000000000016905560020155611668818c6133e4565b9a50336001600160a01b0316856001600160a01b0316897fe5df19de43c8c04fd192bc68e484b2593570925fbb6ad8c07ccafbc2aa5c37a1846040516116b091815260200190565b60405180910390a450505050505050508060010190506113f4565b508115611706576117066001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846124ba565b5061089460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f8065ffffffffffff8311611745578261174d565b65ffffffffffff5b6001600160a01b0385165f9081526009602052604090209091506117719082612508565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b5f805481906001600160a01b031633146117dd576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b6117e5611d68565b7f0000000000000000000000000000000000000000000000000000000000000000851115611868576040517f9fa76162000000000000000000000000000000000000000000000000000000008152600481018690527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108e1565b428411156118ab576040517fb4c21ee8000000000000000000000000000000000000000000000000000000008152600481018590524260248201526044016108e1565b5f6118d56118b8866125ce565b6001600160a01b0389165f90815260096020526040902090612508565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690505f61190382886127106001612619565b6001600160a01b0389165f90815260066020908152604080832060079092529091209192509061193590829084612664565b9095509350841561194e5761194e8982600101546123fd565b600354604080518a8152602081018a905290810185905260608101879052608081018690526001600160a01b0391821660a08201819052918891908c16907f5b774dca1e448c648d127eba0cb63588afbec24325820d3d5b587f92c002f43d9060c00160405180910390a35f6119c486886133e4565b90508015611a0057611a006001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836124ba565b5050505050611a2e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b94509492505050565b5f611a40611d68565b611a4b833384611d96565b905061089460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f546001600160a01b03163314611abb576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b6001600160a01b0381165f908152600c602052604081205490819003611b18576040517f0a4127cf0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016108e1565b6001600160a01b0382165f818152600c6020526040908190207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90930192839055517f655840b62977a765ff91b85dad90f2c255ae49595a39ec8c81a179de0270c6bd906111819084815260200190565b5f546001600160a01b03163314611bce576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b6001600160a01b0381165f908152600c6020526040812054611bf19060016133e4565b6001600160a01b0383165f818152600c60205260409081902083905551919250907f9f4382aea18c6a1c0e135965c444ed7c44e5b7fda53f7fff3a038b3fa34afd7f906111819084815260200190565b611c49612218565b600280546001600160a01b0383167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611c926001546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b7f0000000000000000000000000000000000000000000000000000000000000000811115610bcb576040517f69b6d378000000000000000000000000000000000000000000000000000000008152600481018290527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108e1565b611d61611d59826126c3565b8490846126e4565b5050505050565b611d706126fe565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6001600160a01b0383165f9081526004602052604081205460ff16611df2576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108e1565b815f03611e2b576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0384165f908152600660205260409020611e4c8184612373565b9150815f03611e99576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602481018490526044016108e1565b611ec47f00000000000000000000000000000000000000000000000000000000000000003385612759565b611ecf8184846123d1565b6001600160a01b038086165f908152600860209081526040808320938816835292905290812054611f019084906133e4565b6001600160a01b038088165f908152600860209081526040808320938a168352929052208190556001830154909150611f3b9087906123fd565b60408051338152602081018690529081018490526001600160a01b0380871691908816907f2adfdcbeab2f37c13101fc8d345f8ac16dbf5529b4ea9cd9fcf7e588f9b29dbc9060600160405180910390a3815460018301546040805184815260208101939093528201526001600160a01b0380871691908816907f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f9060600160405180910390a350509392505050565b5f5f611ff786856128c3565b5f61200187612945565b600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff9190911691507a010000000000000000000000000000000000000000000000000000900465ffffffffffff16151581871080612064575081871480156120645750805b156120925761207d612075876126c3565b8990896126e4565b50505f60018901555f86935093505050611a2e565b818714806120c757508080156120c75750600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1687145b15612101576040517fe094c5cc000000000000000000000000000000000000000000000000000000008152600481018890526024016108e1565b5f61211461210f87896133e4565b6126c3565b65ffffffffffff167a010000000000000000000000000000000000000000000000000000810279ffffffffffffffffffffffffffffffffffffffffffffffffffff8a16176001808c01919091559550935050505094509492505050565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680158015906121ad5750808310155b156121da575050600182015479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610894565b6117716121e6846126c3565b8590612508565b5f610a3e826001856001015461220391906133e4565b855461221390620f4240906133e4565b612992565b6001546001600160a01b03163314610ffd576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b6001600160a01b03811661229e576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015806123395750808310155b1561234857505f90508061236c565b600184015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1691505b9250929050565b5f610a3e82620f4240855f015461238a91906133e4565b6001866001015461221391906133e4565b81835f015f8282546123ad919061343f565b9250508190555080836001015f8282546123c7919061343f565b9091555050505050565b80835f015f8282546123e391906133e4565b9250508190555081836001015f8282546123c791906133e4565b612430612409426125ce565b61241283612a42565b6001600160a01b0385165f90815260096020526040902091906126e4565b50505050565b5f67ffffffffffffffff82111561248557604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016108e1565b5090565b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610bcb81612aa1565b6124c78383836001612b0a565b610b5b576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108e1565b81545f9081816005811115612564575f61252184612b85565b61252b908561343f565b5f8881526020902090915081015465ffffffffffff908116908716101561255457809150612562565b61255f8160016133e4565b92505b505b5f61257187878585612cea565b905080156125c1576125958761258860018461343f565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff166125c3565b5f5b979650505050505050565b5f65ffffffffffff821115612485576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016108e1565b5f61264661262683612d40565b801561264157505f848061263c5761263c613452565b868809115b151590565b612651868686612992565b61265b91906133e4565b95945050505050565b600180840154908301545f9182918261267d82846133e4565b9050808610612694579193509150829082906126a9565b6126a18684836001612619565b945084860393505b509083900360019687015581900393909401929092555091565b5f65ffffffffffff82116126d75781610894565b65ffffffffffff92915050565b5f806126f1858585612d6c565b915091505b935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610ffd576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156127b6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127da919061347f565b90506127f16001600160a01b038516843085612f2d565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa158015612850573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612874919061347f565b61287e919061343f565b9050828114611d61576040517fff3b636000000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016108e1565b60018201547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801580159061290557508065ffffffffffff168210155b15610b5b576001830154612938908490839079ffffffffffffffffffffffffffffffffffffffffffffffffffff166126e4565b50505f6001840155505050565b80545f90801561298a5761295e8361258860018461343f565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610a3e565b5f9392505050565b5f5f5f61299f8686612f7c565b91509150815f036129c3578381816129b9576129b9613452565b0492505050610a3e565b8184116129da576129da6003851502601118612fb7565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff821115612485576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d06004820152602481018390526044016108e1565b600180546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612b79578383151615612b6d573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60018211612b92575090565b8160017001000000000000000000000000000000008210612bb85760809190911c9060401b5b680100000000000000008210612bd35760409190911c9060201b5b6401000000008210612bea5760209190911c9060101b5b620100008210612bff5760109190911c9060081b5b6101008210612c135760089190911c9060041b5b60108210612c265760049190911c9060021b5b60048210612c325760011b5b600302600190811c90818581612c4a57612c4a613452565b048201901c90506001818581612c6257612c62613452565b048201901c90506001818581612c7a57612c7a613452565b048201901c90506001818581612c9257612c92613452565b048201901c90506001818581612caa57612caa613452565b048201901c90506001818581612cc257612cc2613452565b048201901c9050612ce1818581612cdb57612cdb613452565b04821190565b90039392505050565b5f5b81831015612d38575f85815260209020838316600285851804019081015465ffffffffffff86811691161115612d2457809250612d32565b612d2f8160016133e4565b93505b50612cec565b509392505050565b5f6002826003811115612d5557612d55613353565b612d5f9190613496565b60ff166001149050919050565b82545f9081908015612ebd575f612d888761258860018561343f565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612dfa576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612e4957825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355612eaf565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506126f692505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816126f6565b612f3b848484846001612fc8565b612430576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108e1565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661303d578383151615613031573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114613064575f5ffd5b919050565b5f60208284031215613079575f5ffd5b610a3e8261304e565b5f5f60408385031215613093575f5ffd5b61309c8361304e565b91506130aa6020840161304e565b90509250929050565b5f5f83601f8401126130c3575f5ffd5b50813567ffffffffffffffff8111156130da575f5ffd5b60208301915083602082850101111561236c575f5ffd5b5f5f5f60408486031215613103575f5ffd5b83359250602084013567ffffffffffffffff811115613120575f5ffd5b61312c868287016130b3565b9497909650939450505050565b5f5f5f6060848603121561314b575f5ffd5b6131548461304e565b92506131626020850161304e565b929592945050506040919091013590565b5f60208284031215613183575f5ffd5b5035919050565b5f5f6040838503121561319b575f5ffd5b6131a48361304e565b946020939093013593505050565b5f5f5f5f5f5f60c087890312156131c7575f5ffd5b6131d08761304e565b95506020870135945060408701359350606087013560ff811681146131f3575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f6020838503121561321e575f5ffd5b823567ffffffffffffffff811115613234575f5ffd5b613240858286016130b3565b90969095509350505050565b5f5f6020838503121561325d575f5ffd5b823567ffffffffffffffff811115613273575f5ffd5b8301601f81018513613283575f5ffd5b803567ffffffffffffffff811115613299575f5ffd5b8560208260051b84010111156132ad575f5ffd5b6020919091019590945092505050565b5f5f5f5f608085870312156132d0575f5ffd5b6132d98561304e565b966020860135965060408601359560600135945092505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f61265b6040830184866132f3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036133dd576133dd613380565b5060010190565b8082018082111561089457610894613380565b602081525f61340a6020830184866132f3565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561089457610894613380565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f6020828403121561348f575f5ffd5b5051919050565b5f60ff8316806134cd577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8060ff8416069150509291505056fea2646970667358221220de82e2f30ba7e8818762f9a78e952f954de2160e623d6ddfb8f2081b6e0bc3ac64736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c806379ba509711610192578063c1b8411a116100e8578063da80535511610093578063e62977f81161006e578063e62977f81461080e578063f2fde38b14610835578063fc0c546a14610848575f5ffd5b8063da805355146107d7578063db236fae146107ea578063e30c3978146107fd575f5ffd5b8063d62aad29116100c3578063d62aad2914610762578063d9a912ec14610789578063d9e39f2c146107b0575f5ffd5b8063c1b8411a14610620578063c58343ef14610647578063c84b19781461073b575f5ffd5b806399c4335d11610148578063adc9772e11610123578063adc9772e146105d2578063bedb1019146105e5578063bf6b874e146105f8575f5ffd5b806399c4335d14610588578063a222334114610590578063acf09912146105a3575f5ffd5b80638f4e6f37116101785780638f4e6f371461054f578063983d95ce14610562578063997db02d14610575575f5ffd5b806379ba5097146105365780638da5cb5b1461053e575f5ffd5b806350603df3116102475780636a84a985116101fd578063715018a6116101d8578063715018a61461050857806373d6a88914610510578063750521f514610523575f5ffd5b80636a84a985146104b25780636d70f7ae146104ba578063710ba631146104f5575f5ffd5b80635fdd8b121161022d5780635fdd8b121461046457806362ee8f1e1461048c578063661f47921461049f575f5ffd5b806350603df31461042d5780635116063014610440575f5ffd5b806331440f55116102a75780633a0d6881116102825780633a0d6881146103dc5780633d3185be146103ef5780634262336014610402575f5ffd5b806331440f551461038f578063355e6b43146103b65780633999b636146103c9575f5ffd5b80630aaa4548116102d75780630aaa45481461034057806326409c8e146103675780632dd5567a1461037c575f5ffd5b80630726347e146102f25780630a7292f51461032d575b5f5ffd5b61031a610300366004613069565b6001600160a01b03165f908152600c602052604090205490565b6040519081526020015b60405180910390f35b61031a61033b366004613082565b61086e565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61037a6103753660046130f1565b61089a565b005b61031a61038a366004613139565b6109bf565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61037a6103c4366004613173565b610a45565b61031a6103d736600461318a565b610b60565b61031a6103ea366004613173565b610b81565b61037a6103fd366004613069565b610bba565b61031a610410366004613069565b6001600160a01b03165f9081526006602052604090206001015490565b61031a61043b36600461318a565b610bce565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610324565b610477610472366004613069565b610bef565b60408051928352602083019190915201610324565b61031a61049a36600461318a565b610c1b565b61031a6104ad366004613069565b610c3c565b600b5461031a565b6104e56104c8366004613069565b6001600160a01b03165f9081526004602052604090205460ff1690565b6040519015158152602001610324565b61031a61050336600461318a565b610c5d565b61037a610fec565b61031a61051e3660046131b2565b610fff565b61037a61053136600461320d565b6110fc565b61037a61118d565b6001546001600160a01b031661044c565b61037a61055d366004613069565b6111e7565b61031a61057036600461324c565b611369565b61031a61058336600461318a565b611730565b61031a606481565b61047761059e3660046132bd565b611795565b6104776105b1366004613069565b6001600160a01b03165f908152600760205260409020600181015490549091565b61031a6105e036600461318a565b611a37565b61037a6105f3366004613069565b611a76565b61031a610606366004613069565b6001600160a01b03165f9081526006602052604090205490565b61044c7f000000000000000000000000000000000000000000000000000000000000000081565b6106e8610655366004613173565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600a6020908152604091829020825160808101845281546001600160a01b0390811682526001830154908116938201939093527401000000000000000000000000000000000000000090920467ffffffffffffffff1692820192909252600290910154606082015290565b60405161032491905f6080820190506001600160a01b0383511682526001600160a01b03602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b60035461044c906001600160a01b031681565b61037a6107f8366004613069565b611b89565b6002546001600160a01b031661044c565b61031a7f000000000000000000000000000000000000000000000000000000000000000081565b61037a610843366004613069565b611c41565b7f000000000000000000000000000000000000000000000000000000000000000061044c565b6001600160a01b038083165f908152600860209081526040808320938516835292905220545b92915050565b335f9081526004602052604090205460ff16156108ea576040517f2b8c490d0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6108f383611cca565b335f90815260046020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556005909152902061093f908442611d4d565b336001600160a01b03167fdbfa5774636d1a3f274d2025a6edd04bd9659958bfc4cfe6370ae24f9ac1281884848460405161097c9392919061333a565b60405180910390a260405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020015b60405180910390a2505050565b5f6109c8611d68565b6001600160a01b038316610a08576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a13848484611d96565b9050610a3e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9392505050565b335f9081526004602052604090205460ff16610a8f576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b610a9881611cca565b335f9081526005602052604081208190610ad49084427f0000000000000000000000000000000000000000000000000000000000000000611feb565b90925090505f826001811115610aec57610aec613353565b03610b235760405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020016109b2565b604080518481526020810183905233917f2635f3c89b4fcfcecd45b6086299983f1ee22ea00adc8be26dd8ff5df8add4cb91016109b2565b505050565b6001600160a01b0382165f908152600560205260408120610a3e9083612171565b5f818152600a60209081526040808320600281015460018201546001600160a01b0316855260079093529083209091610a3e91906121ed565b610bc2612218565b610bcb8161225e565b50565b6001600160a01b0382165f908152600660205260408120610a3e90836121ed565b6001600160a01b0381165f9081526005602052604081208190610c1290426122ff565b91509150915091565b6001600160a01b0382165f908152600660205260408120610a3e9083612373565b6001600160a01b0381165f9081526005602052604081206108949042612171565b5f610c66611d68565b815f03610c9f576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f90815260086020908152604080832033845290915290205480831115610d1b576040517ffc41b9b70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015233602482015260448101829052606481018490526084016108e1565b6001600160a01b0384165f908152600660209081526040808320600790925282209091610d4883876121ed565b90505f610d558383612373565b9050805f03610da2576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0389166004820152602481018390526044016108e1565b6001600160a01b0388165f908152600860209081526040808320338452909152902087860390819055610dd685898561239b565b610de18484846123d1565b610def8986600101546123fd565b600b8054905f610dfe836133ad565b9091555096505f610e2f7f0000000000000000000000000000000000000000000000000000000000000000426133e4565b604080516080810182523381526001600160a01b038d1660208201529192508101610e5983612436565b67ffffffffffffffff908116825260209182018690525f8b8152600a8352604090819020845181547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039182161782558585015160018084018054898701519385167fffffffff00000000000000000000000000000000000000000000000000000000909116177401000000000000000000000000000000000000000093909716929092029590951790556060958601516002909201919091558a54928b0154825188815294850193909352908301919091523392908d16917f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f910160405180910390a3604080518a8152602081018690529081018490526060810182905233906001600160a01b038c16908a907f9acae80af42d3e13ed79a8f1b5febdf5d288dae1d3d6de049483a22d9416bc469060800160405180910390a45050505050505061089460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b610ff4612218565b610ffd5f612489565b565b5f611008611d68565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018790526064810186905260ff8516608482015260a4810184905260c481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b1580156110aa575f5ffd5b505af19250505080156110bb575060015b506110c7873388611d96565b90506110f260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9695505050505050565b335f9081526004602052604090205460ff16611146576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b336001600160a01b03167fa5680602ef604664f84fa8010333d1ebf8278f05f54b2eef618af3cf16c9395b83836040516111819291906133f7565b60405180910390a25050565b60025433906001600160a01b031681146111de576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108e1565b610bcb81612489565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461127a576040517f8ae4eb390000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044016108e1565b5f546001600160a01b0316156112ca575f546040517f16b19d9b0000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016108e1565b6001600160a01b03811661130a576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f611372611d68565b815f8190036113ad576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60648111156113f2576040517f6ce7455f00000000000000000000000000000000000000000000000000000000815260048101829052606460248201526044016108e1565b5f5b818110156116cb575f85858381811061140f5761140f613412565b602090810292909201355f818152600a90935260409092208054929350916001600160a01b0316905080611472576040517f96b910b2000000000000000000000000000000000000000000000000000000008152600481018490526024016108e1565b6001600160a01b03811633146114cc576040517f7e234d81000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03821660248201523360448201526064016108e1565b600182015474010000000000000000000000000000000000000000900467ffffffffffffffff164210156115625760018201546040517fc15b7268000000000000000000000000000000000000000000000000000000008152600481018590527401000000000000000000000000000000000000000090910467ffffffffffffffff1660248201524260448201526064016108e1565b60018201546001600160a01b03165f818152600c602052604090205480156115c8576040517f8314f4730000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290526044016108e1565b6001600160a01b0382165f908152600760205260408120600286015490916115f083836121ed565b90506115fd83838361239b565b5f888152600a6020526040812080547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556001810180547fffffffff0000000000000000000000000000000000000000000000000000000016905560020155611668818c6133e4565b9a50336001600160a01b0316856001600160a01b0316897fe5df19de43c8c04fd192bc68e484b2593570925fbb6ad8c07ccafbc2aa5c37a1846040516116b091815260200190565b60405180910390a450505050505050508060010190506113f4565b508115611706576117066001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846124ba565b5061089460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f8065ffffffffffff8311611745578261174d565b65ffffffffffff5b6001600160a01b0385165f9081526009602052604090209091506117719082612508565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b5f805481906001600160a01b031633146117dd576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b6117e5611d68565b7f0000000000000000000000000000000000000000000000000000000000000000851115611868576040517f9fa76162000000000000000000000000000000000000000000000000000000008152600481018690527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108e1565b428411156118ab576040517fb4c21ee8000000000000000000000000000000000000000000000000000000008152600481018590524260248201526044016108e1565b5f6118d56118b8866125ce565b6001600160a01b0389165f90815260096020526040902090612508565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690505f61190382886127106001612619565b6001600160a01b0389165f90815260066020908152604080832060079092529091209192509061193590829084612664565b9095509350841561194e5761194e8982600101546123fd565b600354604080518a8152602081018a905290810185905260608101879052608081018690526001600160a01b0391821660a08201819052918891908c16907f5b774dca1e448c648d127eba0cb63588afbec24325820d3d5b587f92c002f43d9060c00160405180910390a35f6119c486886133e4565b90508015611a0057611a006001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836124ba565b5050505050611a2e60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b94509492505050565b5f611a40611d68565b611a4b833384611d96565b905061089460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f546001600160a01b03163314611abb576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b6001600160a01b0381165f908152600c602052604081205490819003611b18576040517f0a4127cf0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016108e1565b6001600160a01b0382165f818152600c6020526040908190207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90930192839055517f655840b62977a765ff91b85dad90f2c255ae49595a39ec8c81a179de0270c6bd906111819084815260200190565b5f546001600160a01b03163314611bce576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b6001600160a01b0381165f908152600c6020526040812054611bf19060016133e4565b6001600160a01b0383165f818152600c60205260409081902083905551919250907f9f4382aea18c6a1c0e135965c444ed7c44e5b7fda53f7fff3a038b3fa34afd7f906111819084815260200190565b611c49612218565b600280546001600160a01b0383167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611c926001546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b7f0000000000000000000000000000000000000000000000000000000000000000811115610bcb576040517f69b6d378000000000000000000000000000000000000000000000000000000008152600481018290527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108e1565b611d61611d59826126c3565b8490846126e4565b5050505050565b611d706126fe565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6001600160a01b0383165f9081526004602052604081205460ff16611df2576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108e1565b815f03611e2b576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0384165f908152600660205260409020611e4c8184612373565b9150815f03611e99576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602481018490526044016108e1565b611ec47f00000000000000000000000000000000000000000000000000000000000000003385612759565b611ecf8184846123d1565b6001600160a01b038086165f908152600860209081526040808320938816835292905290812054611f019084906133e4565b6001600160a01b038088165f908152600860209081526040808320938a168352929052208190556001830154909150611f3b9087906123fd565b60408051338152602081018690529081018490526001600160a01b0380871691908816907f2adfdcbeab2f37c13101fc8d345f8ac16dbf5529b4ea9cd9fcf7e588f9b29dbc9060600160405180910390a3815460018301546040805184815260208101939093528201526001600160a01b0380871691908816907f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f9060600160405180910390a350509392505050565b5f5f611ff786856128c3565b5f61200187612945565b600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff9190911691507a010000000000000000000000000000000000000000000000000000900465ffffffffffff16151581871080612064575081871480156120645750805b156120925761207d612075876126c3565b8990896126e4565b50505f60018901555f86935093505050611a2e565b818714806120c757508080156120c75750600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1687145b15612101576040517fe094c5cc000000000000000000000000000000000000000000000000000000008152600481018890526024016108e1565b5f61211461210f87896133e4565b6126c3565b65ffffffffffff167a010000000000000000000000000000000000000000000000000000810279ffffffffffffffffffffffffffffffffffffffffffffffffffff8a16176001808c01919091559550935050505094509492505050565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680158015906121ad5750808310155b156121da575050600182015479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610894565b6117716121e6846126c3565b8590612508565b5f610a3e826001856001015461220391906133e4565b855461221390620f4240906133e4565b612992565b6001546001600160a01b03163314610ffd576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108e1565b6001600160a01b03811661229e576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015806123395750808310155b1561234857505f90508061236c565b600184015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1691505b9250929050565b5f610a3e82620f4240855f015461238a91906133e4565b6001866001015461221391906133e4565b81835f015f8282546123ad919061343f565b9250508190555080836001015f8282546123c7919061343f565b9091555050505050565b80835f015f8282546123e391906133e4565b9250508190555081836001015f8282546123c791906133e4565b612430612409426125ce565b61241283612a42565b6001600160a01b0385165f90815260096020526040902091906126e4565b50505050565b5f67ffffffffffffffff82111561248557604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016108e1565b5090565b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610bcb81612aa1565b6124c78383836001612b0a565b610b5b576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108e1565b81545f9081816005811115612564575f61252184612b85565b61252b908561343f565b5f8881526020902090915081015465ffffffffffff908116908716101561255457809150612562565b61255f8160016133e4565b92505b505b5f61257187878585612cea565b905080156125c1576125958761258860018461343f565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff166125c3565b5f5b979650505050505050565b5f65ffffffffffff821115612485576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016108e1565b5f61264661262683612d40565b801561264157505f848061263c5761263c613452565b868809115b151590565b612651868686612992565b61265b91906133e4565b95945050505050565b600180840154908301545f9182918261267d82846133e4565b9050808610612694579193509150829082906126a9565b6126a18684836001612619565b945084860393505b509083900360019687015581900393909401929092555091565b5f65ffffffffffff82116126d75781610894565b65ffffffffffff92915050565b5f806126f1858585612d6c565b915091505b935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610ffd576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156127b6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127da919061347f565b90506127f16001600160a01b038516843085612f2d565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa158015612850573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612874919061347f565b61287e919061343f565b9050828114611d61576040517fff3b636000000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016108e1565b60018201547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801580159061290557508065ffffffffffff168210155b15610b5b576001830154612938908490839079ffffffffffffffffffffffffffffffffffffffffffffffffffff166126e4565b50505f6001840155505050565b80545f90801561298a5761295e8361258860018461343f565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610a3e565b5f9392505050565b5f5f5f61299f8686612f7c565b91509150815f036129c3578381816129b9576129b9613452565b0492505050610a3e565b8184116129da576129da6003851502601118612fb7565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff821115612485576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d06004820152602481018390526044016108e1565b600180546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612b79578383151615612b6d573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60018211612b92575090565b8160017001000000000000000000000000000000008210612bb85760809190911c9060401b5b680100000000000000008210612bd35760409190911c9060201b5b6401000000008210612bea5760209190911c9060101b5b620100008210612bff5760109190911c9060081b5b6101008210612c135760089190911c9060041b5b60108210612c265760049190911c9060021b5b60048210612c325760011b5b600302600190811c90818581612c4a57612c4a613452565b048201901c90506001818581612c6257612c62613452565b048201901c90506001818581612c7a57612c7a613452565b048201901c90506001818581612c9257612c92613452565b048201901c90506001818581612caa57612caa613452565b048201901c90506001818581612cc257612cc2613452565b048201901c9050612ce1818581612cdb57612cdb613452565b04821190565b90039392505050565b5f5b81831015612d38575f85815260209020838316600285851804019081015465ffffffffffff86811691161115612d2457809250612d32565b612d2f8160016133e4565b93505b50612cec565b509392505050565b5f6002826003811115612d5557612d55613353565b612d5f9190613496565b60ff166001149050919050565b82545f9081908015612ebd575f612d888761258860018561343f565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612dfa576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612e4957825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355612eaf565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506126f692505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816126f6565b612f3b848484846001612fc8565b612430576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108e1565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661303d578383151615613031573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114613064575f5ffd5b919050565b5f60208284031215613079575f5ffd5b610a3e8261304e565b5f5f60408385031215613093575f5ffd5b61309c8361304e565b91506130aa6020840161304e565b90509250929050565b5f5f83601f8401126130c3575f5ffd5b50813567ffffffffffffffff8111156130da575f5ffd5b60208301915083602082850101111561236c575f5ffd5b5f5f5f60408486031215613103575f5ffd5b83359250602084013567ffffffffffffffff811115613120575f5ffd5b61312c868287016130b3565b9497909650939450505050565b5f5f5f6060848603121561314b575f5ffd5b6131548461304e565b92506131626020850161304e565b929592945050506040919091013590565b5f60208284031215613183575f5ffd5b5035919050565b5f5f6040838503121561319b575f5ffd5b6131a48361304e565b946020939093013593505050565b5f5f5f5f5f5f60c087890312156131c7575f5ffd5b6131d08761304e565b95506020870135945060408701359350606087013560ff811681146131f3575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f6020838503121561321e575f5ffd5b823567ffffffffffffffff811115613234575f5ffd5b613240858286016130b3565b90969095509350505050565b5f5f6020838503121561325d575f5ffd5b823567ffffffffffffffff811115613273575f5ffd5b8301601f81018513613283575f5ffd5b803567ffffffffffffffff811115613299575f5ffd5b8560208260051b84010111156132ad575f5ffd5b6020919091019590945092505050565b5f5f5f5f608085870312156132d0575f5ffd5b6132d98561304e565b966020860135965060408601359560600135945092505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f61265b6040830184866132f3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036133dd576133dd613380565b5060010190565b8082018082111561089457610894613380565b602081525f61340a6020830184866132f3565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561089457610894613380565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f6020828403121561348f575f5ffd5b5051919050565b5f60ff8316806134cd577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8060ff8416069150509291505056fea2646970667358221220de82e2f30ba7e8818762f9a78e952f954de2160e623d6ddfb8f2081b6e0bc3ac64736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 837 },
      { length: 32, start: 916 },
      { length: 32, start: 1573 },
      { length: 32, start: 1856 },
      { length: 32, start: 1895 },
      { length: 32, start: 1934 },
      { length: 32, start: 1973 },
      { length: 32, start: 2067 },
      { length: 32, start: 2122 },
      { length: 32, start: 2736 },
      { length: 32, start: 3594 },
      { length: 32, start: 4193 },
      { length: 32, start: 4594 },
      { length: 32, start: 4685 },
      { length: 32, start: 5855 },
      { length: 32, start: 6119 },
      { length: 32, start: 6204 },
      { length: 32, start: 6617 },
      { length: 32, start: 7372 },
      { length: 32, start: 7457 },
      { length: 32, start: 7838 },
    ],
  },
  TaskRegistry: {
    bytecode:
      '0x610100604052348015610010575f5ffd5b50604051612cee380380612cee83398101604081905261002f91610183565b3360805260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b03811661007e5760405163d636413160e01b815260040160405180910390fd5b6001600160a01b03811660a081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156100c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100ea9190610183565b6001600160a01b031660c0816001600160a01b031681525050806001600160a01b0316630aaa45486040518163ffffffff1660e01b8152600401602060405180830381865afa15801561013f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061016391906101a5565b60e052506101bc565b6001600160a01b0381168114610180575f5ffd5b50565b5f60208284031215610193575f5ffd5b815161019e8161016c565b9392505050565b5f602082840312156101b5575f5ffd5b5051919050565b60805160a05160c05160e051612ab96102355f395f81816101380152818161076601526107ef01525f818161026901528181610b9401528181610d4e0152611d3001525f81816101b2015281816105690152818161144a01526115db01525f81816102f90152818161107e01526110e60152612ab95ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c806382bfefc8116100ad5780639f327a9d1161007d578063c1b8411a11610063578063c1b8411a146102f4578063e0aabcd41461031b578063e72de6451461032e575f5ffd5b80639f327a9d146102d9578063b6cb58a5146102ec575f5ffd5b806382bfefc8146102645780638f4e6f371461028b5780639884aedd1461029e5780639d153495146102c6575f5ffd5b806348435e6e1161010257806354cfb973116100e857806354cfb9731461022b578063795358261461023e5780637eec20a814610251575f5ffd5b806348435e6e146101f9578063511606301461020e575f5ffd5b80630aaa4548146101335780631d65e77e1461016d5780633c08ff901461018d578063411557d1146101ad575b5f5ffd5b61015a7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61018061017b366004612485565b610341565b604051610164919061249c565b6101a061019b3660046125a4565b61049d565b604051610164919061263c565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610164565b61020c61020736600461264a565b6105ef565b005b5f5473ffffffffffffffffffffffffffffffffffffffff166101d4565b61015a61023936600461266a565b6106ca565b61020c61024c3660046126a2565b610bea565b61015a61025f366004612485565b610da7565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b61020c6102993660046126de565b611066565b6102b16102ac36600461264a565b611236565b60408051928352602083019190915201610164565b61015a6102d4366004612485565b611256565b61020c6102e73660046126f7565b6112e1565b60015461015a565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b61020c610329366004612485565b611714565b6101a061033c366004612728565b611809565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091526103aa82611866565b6040805161018081018252825473ffffffffffffffffffffffffffffffffffffffff8116825274010000000000000000000000000000000000000000900467ffffffffffffffff908116602083015260018401549081169282019290925268010000000000000000820463ffffffff90811660608301526c01000000000000000000000000830416608082015270010000000000000000000000000000000090910460ff16151560a0820152600282015460c0820152600382015460e082015260048201546101008201526005820154610120820152600682015461014082015260079091015461016082015292915050565b5f83815260026020526040812060018101546c01000000000000000000000000900463ffffffff1684106104d4575f9150506105e8565b5f6104df82866118c4565b5090505f6104ee878684611809565b90505f816002811115610503576105036125d6565b03610513575f93505050506105e8565b61051d83826118f5565b6040517f997db02d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152602482018590527f0000000000000000000000000000000000000000000000000000000000000000169063997db02d90604401602060405180830381865afa1580156105ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105d2919061275b565b10156105e3575f93505050506105e8565b925050505b9392505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610646576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6106518383611928565b90505f8160020154905080826006015f82825461066e919061279f565b9250508190555080826007015f82825461068891906127b2565b9091555050604051818152839085907f9c15c381df589f04fb5485dd5ac0b745c3c96addc79b633b42b446b87dfe16bc9060200160405180910390a350505050565b5f6106d36119b3565b426106e160208401846127dc565b67ffffffffffffffff161015610743576106fe60208301836127dc565b6040517f71b5fe1200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015242602482015260440161063d565b61075360408301602084016127dc565b67ffffffffffffffff1615806107a157507f000000000000000000000000000000000000000000000000000000000000000061079560408401602085016127dc565b67ffffffffffffffff16115b1561081b576107b660408301602084016127dc565b6040517fb6c8179600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161063d565b61082b6060830160408401612808565b63ffffffff165f03610869576040517f1da12e1a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81606001355f036108a6576040517f0fbbaee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6108b76060840160408501612808565b6108cb9063ffffffff166060850135612821565b905060015f81546108db90612838565b9182905550604080516101808101909152338152909250602080820190610904908601866127dc565b67ffffffffffffffff16815260200184602001602081019061092691906127dc565b67ffffffffffffffff1681526020016109456060860160408701612808565b63ffffffff1681526020016109606060860160408701612808565b63ffffffff90811682525f60208084018290526060808901356040808701919091526080808b01358388015260a0808c01358289015260c0808d0135828a01528089018b905260e09889018790528b87526002808752968490208a518154978c015167ffffffffffffffff90811674010000000000000000000000000000000000000000027fffffffff0000000000000000000000000000000000000000000000000000000090991673ffffffffffffffffffffffffffffffffffffffff909216919091179790971781558a850151600182018054978d0151958d0151948d01511515700100000000000000000000000000000000027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff958c166c0100000000000000000000000002959095167fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff96909b1668010000000000000000027fffffffffffffffffffffffffffffffffffffffff00000000000000000000000090981691909816179590951792909216969096179590951790925592850151918301919091559183015160038201556101008301516004820155610120830151600582015561014083015160068201556101609092015160079092019190915551339083907f5d2f0b7929b6a41370fc78495f95621a05edf61fbf3b672c383df748e8ed7edc90610b729087908690612916565b60405180910390a3610bbb73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633836119e1565b50610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b919050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610c3c576040517fb22df39a00000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b610c446119b3565b5f610c4f8585611928565b600281015490915080841115610c9b576040517f57a585f4000000000000000000000000000000000000000000000000000000008152600481018590526024810182905260440161063d565b5f848203905081836006015f828254610cb4919061279f565b9250508190555080836007015f828254610cce91906127b2565b90915550506040805173ffffffffffffffffffffffffffffffffffffffff8616815260208101879052908101829052869088907ffa4c751e5814bf54992bab78ab8b0ea22c32e435f714ce2c2e22e65bab78f0289060600160405180910390a38415610d7557610d7573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168587611b79565b505050610da160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b50505050565b5f610db06119b3565b5f610dba83611866565b805490915073ffffffffffffffffffffffffffffffffffffffff163314610e355780546040517f9be440d40000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff909116602482015233604482015260640161063d565b6001810154700100000000000000000000000000000000900460ff1615610e8b576040517fbfd3137a0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b5f610e9582611bd9565b60018301549091506c01000000000000000000000000900463ffffffff168103610f0f5783610ece83610ec960018561279f565b611c71565b6040517f953889ea0000000000000000000000000000000000000000000000000000000081526004810192909252602482015242604482015260640161063d565b600282015460018301545f9190610f3d9084906c01000000000000000000000000900463ffffffff1661279f565b610f479190612821565b905080836006015f828254610f5c919061279f565b9250508190555080836007015f828254610f7691906127b2565b90915550506001830180547001000000000000000000000000000000007fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff9091166c0100000000000000000000000063ffffffff8616027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1617179055604080518381526020810183905286917f99a4b4cbd1e738b902f770df96bb758050edc0dcd3531a19ba389de9dd89553a910160405180910390a26110388584611cba565b9350505050610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614611113576040517f8ae4eb3900000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016602482015260440161063d565b5f5473ffffffffffffffffffffffffffffffffffffffff161561117d575f546040517f16b19d9b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161063d565b73ffffffffffffffffffffffffffffffffffffffff81166111ca576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f5f61124a61124485611866565b846118c4565b915091505b9250929050565b5f61125f6119b3565b5f61126983611866565b905080600701545f036112ab576040517fa7d2938c0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b6112b58382611cba565b915050610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f6112eb83611866565b6001810154909150700100000000000000000000000000000000900460ff1615611344576040517fbfd3137a0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b5f61134e82611d5e565b9050804210611399576040517f2ed5c920000000000000000000000000000000000000000000000000000000008152600481018590526024810182905242604482015260640161063d565b60018360028111156113ad576113ad6125d6565b141580156113cd575060028360028111156113ca576113ca6125d6565b14155b1561141c578260028111156113e4576113e46125d6565b6040517fea9f59b500000000000000000000000000000000000000000000000000000000815260ff909116600482015260240161063d565b6040517f6d70f7ae0000000000000000000000000000000000000000000000000000000081523360048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636d70f7ae90602401602060405180830381865afa1580156114a4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c891906129cf565b611500576040517fab828a9800000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b5f84815260036020908152604080832033845290915281209061152282611db9565b60ff166002811115611536576115366125d6565b90505f81600281111561154b5761154b6125d6565b14611588578533826040517f6598899000000000000000000000000000000000000000000000000000000000815260040161063d939291906129ee565b5f61159385876118f5565b6040517f426233600000000000000000000000000000000000000000000000000000000081523360048201529091505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa158015611620573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611644919061275b565b905081811015611690576040517fdcdee15b000000000000000000000000000000000000000000000000000000008152336004820152602481018290526044810183905260640161063d565b6116b961169c42611e13565b8860028111156116ae576116ae6125d6565b86919060ff16611e62565b50503373ffffffffffffffffffffffffffffffffffffffff16887ff2eb187e6b706be15de0a8bc8271dddf99fc43c12b3331f42a13d84c572252d789604051611702919061263c565b60405180910390a35050505050505050565b5f81815260036020908152604080832033845290915281209061173682611db9565b60ff16600281111561174a5761174a6125d6565b90505f81600281111561175f5761175f6125d6565b0361179f576040517fac8eb79b0000000000000000000000000000000000000000000000000000000081526004810184905233602482015260440161063d565b6117b36117ab42611e13565b83905f611e62565b50503373ffffffffffffffffffffffffffffffffffffffff16837f217f58f8ce89efe553e4213d3f39d4154dfed41008c2ab64127d45e42abbccd7836040516117fc919061263c565b60405180910390a3505050565b5f61184a61181683611e13565b5f86815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff89168452909152902090611e7c565b60ff16600281111561185e5761185e6125d6565b949350505050565b5f818152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff16610be5576040517f19ab22030000000000000000000000000000000000000000000000000000000081526004810183905260240161063d565b5f5f6118d08484611c71565b60018501549092506118ec9067ffffffffffffffff16836127b2565b90509250929050565b5f600182600281111561190a5761190a6125d6565b1461191957826004015461191f565b82600301545b90505b92915050565b5f82815260026020526040902060018101546c01000000000000000000000000900463ffffffff1682106119225760018101546040517fd512a1a100000000000000000000000000000000000000000000000000000000815260048101859052602481018490526c0100000000000000000000000090910463ffffffff16604482015260640161063d565b6119bb611f35565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9073ffffffffffffffffffffffffffffffffffffffff8516906370a0823190602401602060405180830381865afa158015611a4b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a6f919061275b565b9050611a9373ffffffffffffffffffffffffffffffffffffffff8516843085611f92565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff8716906370a0823190602401602060405180830381865afa158015611aff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b23919061275b565b611b2d919061279f565b9050828114611b72576040517fff3b6360000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161063d565b5050505050565b611b868383836001611fee565b611bd4576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161063d565b505050565b80545f9074010000000000000000000000000000000000000000900467ffffffffffffffff1642811115611c0f57505f92915050565b60018301545f9067ffffffffffffffff16611c2a834261279f565b611c349190612a4b565b611c3f9060016127b2565b600185015490915068010000000000000000900463ffffffff16808210611c665780611c68565b815b95945050505050565b60018201545f90611c8c9067ffffffffffffffff1683612821565b835461191f919074010000000000000000000000000000000000000000900467ffffffffffffffff166127b2565b60078101805482545f909255604051818152909173ffffffffffffffffffffffffffffffffffffffff1690819085907f6909eb935886ad8c734c29844350c36b0260f7006ff58559a3c286a9e7c8d8789060200160405180910390a3611d5773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168284611b79565b5092915050565b60018101545f90611d8b9063ffffffff680100000000000000008204169067ffffffffffffffff16612821565b8254611922919074010000000000000000000000000000000000000000900467ffffffffffffffff166127b2565b80545f908015611e0b57611ddf83611dd260018461279f565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff166105e8565b5f9392505050565b5f65ffffffffffff821115611e5e576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161063d565b5090565b5f80611e6f858585612076565b915091505b935093915050565b81545f9081816005811115611ed8575f611e9584612237565b611e9f908561279f565b5f8881526020902090915081015465ffffffffffff9081169087161015611ec857809150611ed6565b611ed38160016127b2565b92505b505b5f611ee58787858561239c565b90508015611f2857611efc87611dd260018461279f565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16611f2a565b5f5b979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203611f90576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b611fa08484848460016123f2565b610da1576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161063d565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f5114831661206a57838315161561205e573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b82545f90819080156121c7575f61209287611dd260018561279f565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612104576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361215357825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff8916021783556121b9565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350611e7492505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611e74565b5f60018211612244575090565b816001700100000000000000000000000000000000821061226a5760809190911c9060401b5b6801000000000000000082106122855760409190911c9060201b5b640100000000821061229c5760209190911c9060101b5b6201000082106122b15760109190911c9060081b5b61010082106122c55760089190911c9060041b5b601082106122d85760049190911c9060021b5b600482106122e45760011b5b600302600190811c908185816122fc576122fc612a1e565b048201901c9050600181858161231457612314612a1e565b048201901c9050600181858161232c5761232c612a1e565b048201901c9050600181858161234457612344612a1e565b048201901c9050600181858161235c5761235c612a1e565b048201901c9050600181858161237457612374612a1e565b048201901c905061239381858161238d5761238d612a1e565b04821190565b90039392505050565b5f5b818310156123ea575f85815260209020838316600285851804019081015465ffffffffffff868116911611156123d6578092506123e4565b6123e18160016127b2565b93505b5061239e565b509392505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f51148316612474578383151615612468573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215612495575f5ffd5b5035919050565b815173ffffffffffffffffffffffffffffffffffffffff168152610180810160208301516124d6602084018267ffffffffffffffff169052565b5060408301516124f2604084018267ffffffffffffffff169052565b50606083015161250a606084018263ffffffff169052565b506080830151612522608084018263ffffffff169052565b5060a083015161253660a084018215159052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015292915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610be5575f5ffd5b5f5f5f606084860312156125b6575f5ffd5b83359250602084013591506125cd60408501612581565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110612638577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b602081016119228284612603565b5f5f6040838503121561265b575f5ffd5b50508035926020909101359150565b5f6020828403121561267a575f5ffd5b813567ffffffffffffffff811115612690575f5ffd5b820161010081850312156105e8575f5ffd5b5f5f5f5f608085870312156126b5575f5ffd5b8435935060208501359250604085013591506126d360608601612581565b905092959194509250565b5f602082840312156126ee575f5ffd5b61191f82612581565b5f5f60408385031215612708575f5ffd5b8235915060208301356003811061271d575f5ffd5b809150509250929050565b5f5f5f6060848603121561273a575f5ffd5b8335925061274a60208501612581565b929592945050506040919091013590565b5f6020828403121561276b575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561192257611922612772565b8082018082111561192257611922612772565b803567ffffffffffffffff81168114610be5575f5ffd5b5f602082840312156127ec575f5ffd5b61191f826127c5565b803563ffffffff81168114610be5575f5ffd5b5f60208284031215612818575f5ffd5b61191f826127f5565b808202811582820484141761192257611922612772565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361286857612868612772565b5060010190565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126128a2575f5ffd5b830160208101925035905067ffffffffffffffff8111156128c1575f5ffd5b80360382131561124f575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6040815267ffffffffffffffff61292c846127c5565b16604082015267ffffffffffffffff612947602085016127c5565b1660608201525f61295a604085016127f5565b63ffffffff8116608084015250606084013560a083810191909152608085013560c0808501919091529085013560e080850191909152908501356101008401526129a69085018561286f565b6101006101208501526129be610140850182846128cf565b925050508260208301529392505050565b5f602082840312156129df575f5ffd5b815180151581146105e8575f5ffd5b83815273ffffffffffffffffffffffffffffffffffffffff831660208201526060810161185e6040830184612603565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612a7e577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea26469706673582212202f2fd1ebe960cabaadb787e4f34aac9b7de8b773ce8c245185cf6cc3908e89d764736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b506004361061012f575f3560e01c806382bfefc8116100ad5780639f327a9d1161007d578063c1b8411a11610063578063c1b8411a146102f4578063e0aabcd41461031b578063e72de6451461032e575f5ffd5b80639f327a9d146102d9578063b6cb58a5146102ec575f5ffd5b806382bfefc8146102645780638f4e6f371461028b5780639884aedd1461029e5780639d153495146102c6575f5ffd5b806348435e6e1161010257806354cfb973116100e857806354cfb9731461022b578063795358261461023e5780637eec20a814610251575f5ffd5b806348435e6e146101f9578063511606301461020e575f5ffd5b80630aaa4548146101335780631d65e77e1461016d5780633c08ff901461018d578063411557d1146101ad575b5f5ffd5b61015a7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61018061017b366004612485565b610341565b604051610164919061249c565b6101a061019b3660046125a4565b61049d565b604051610164919061263c565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610164565b61020c61020736600461264a565b6105ef565b005b5f5473ffffffffffffffffffffffffffffffffffffffff166101d4565b61015a61023936600461266a565b6106ca565b61020c61024c3660046126a2565b610bea565b61015a61025f366004612485565b610da7565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b61020c6102993660046126de565b611066565b6102b16102ac36600461264a565b611236565b60408051928352602083019190915201610164565b61015a6102d4366004612485565b611256565b61020c6102e73660046126f7565b6112e1565b60015461015a565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b61020c610329366004612485565b611714565b6101a061033c366004612728565b611809565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091526103aa82611866565b6040805161018081018252825473ffffffffffffffffffffffffffffffffffffffff8116825274010000000000000000000000000000000000000000900467ffffffffffffffff908116602083015260018401549081169282019290925268010000000000000000820463ffffffff90811660608301526c01000000000000000000000000830416608082015270010000000000000000000000000000000090910460ff16151560a0820152600282015460c0820152600382015460e082015260048201546101008201526005820154610120820152600682015461014082015260079091015461016082015292915050565b5f83815260026020526040812060018101546c01000000000000000000000000900463ffffffff1684106104d4575f9150506105e8565b5f6104df82866118c4565b5090505f6104ee878684611809565b90505f816002811115610503576105036125d6565b03610513575f93505050506105e8565b61051d83826118f5565b6040517f997db02d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152602482018590527f0000000000000000000000000000000000000000000000000000000000000000169063997db02d90604401602060405180830381865afa1580156105ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105d2919061275b565b10156105e3575f93505050506105e8565b925050505b9392505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610646576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6106518383611928565b90505f8160020154905080826006015f82825461066e919061279f565b9250508190555080826007015f82825461068891906127b2565b9091555050604051818152839085907f9c15c381df589f04fb5485dd5ac0b745c3c96addc79b633b42b446b87dfe16bc9060200160405180910390a350505050565b5f6106d36119b3565b426106e160208401846127dc565b67ffffffffffffffff161015610743576106fe60208301836127dc565b6040517f71b5fe1200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015242602482015260440161063d565b61075360408301602084016127dc565b67ffffffffffffffff1615806107a157507f000000000000000000000000000000000000000000000000000000000000000061079560408401602085016127dc565b67ffffffffffffffff16115b1561081b576107b660408301602084016127dc565b6040517fb6c8179600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161063d565b61082b6060830160408401612808565b63ffffffff165f03610869576040517f1da12e1a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81606001355f036108a6576040517f0fbbaee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6108b76060840160408501612808565b6108cb9063ffffffff166060850135612821565b905060015f81546108db90612838565b9182905550604080516101808101909152338152909250602080820190610904908601866127dc565b67ffffffffffffffff16815260200184602001602081019061092691906127dc565b67ffffffffffffffff1681526020016109456060860160408701612808565b63ffffffff1681526020016109606060860160408701612808565b63ffffffff90811682525f60208084018290526060808901356040808701919091526080808b01358388015260a0808c01358289015260c0808d0135828a01528089018b905260e09889018790528b87526002808752968490208a518154978c015167ffffffffffffffff90811674010000000000000000000000000000000000000000027fffffffff0000000000000000000000000000000000000000000000000000000090991673ffffffffffffffffffffffffffffffffffffffff909216919091179790971781558a850151600182018054978d0151958d0151948d01511515700100000000000000000000000000000000027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff958c166c0100000000000000000000000002959095167fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff96909b1668010000000000000000027fffffffffffffffffffffffffffffffffffffffff00000000000000000000000090981691909816179590951792909216969096179590951790925592850151918301919091559183015160038201556101008301516004820155610120830151600582015561014083015160068201556101609092015160079092019190915551339083907f5d2f0b7929b6a41370fc78495f95621a05edf61fbf3b672c383df748e8ed7edc90610b729087908690612916565b60405180910390a3610bbb73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633836119e1565b50610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b919050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610c3c576040517fb22df39a00000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b610c446119b3565b5f610c4f8585611928565b600281015490915080841115610c9b576040517f57a585f4000000000000000000000000000000000000000000000000000000008152600481018590526024810182905260440161063d565b5f848203905081836006015f828254610cb4919061279f565b9250508190555080836007015f828254610cce91906127b2565b90915550506040805173ffffffffffffffffffffffffffffffffffffffff8616815260208101879052908101829052869088907ffa4c751e5814bf54992bab78ab8b0ea22c32e435f714ce2c2e22e65bab78f0289060600160405180910390a38415610d7557610d7573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168587611b79565b505050610da160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b50505050565b5f610db06119b3565b5f610dba83611866565b805490915073ffffffffffffffffffffffffffffffffffffffff163314610e355780546040517f9be440d40000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff909116602482015233604482015260640161063d565b6001810154700100000000000000000000000000000000900460ff1615610e8b576040517fbfd3137a0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b5f610e9582611bd9565b60018301549091506c01000000000000000000000000900463ffffffff168103610f0f5783610ece83610ec960018561279f565b611c71565b6040517f953889ea0000000000000000000000000000000000000000000000000000000081526004810192909252602482015242604482015260640161063d565b600282015460018301545f9190610f3d9084906c01000000000000000000000000900463ffffffff1661279f565b610f479190612821565b905080836006015f828254610f5c919061279f565b9250508190555080836007015f828254610f7691906127b2565b90915550506001830180547001000000000000000000000000000000007fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff9091166c0100000000000000000000000063ffffffff8616027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1617179055604080518381526020810183905286917f99a4b4cbd1e738b902f770df96bb758050edc0dcd3531a19ba389de9dd89553a910160405180910390a26110388584611cba565b9350505050610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614611113576040517f8ae4eb3900000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016602482015260440161063d565b5f5473ffffffffffffffffffffffffffffffffffffffff161561117d575f546040517f16b19d9b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161063d565b73ffffffffffffffffffffffffffffffffffffffff81166111ca576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f5f61124a61124485611866565b846118c4565b915091505b9250929050565b5f61125f6119b3565b5f61126983611866565b905080600701545f036112ab576040517fa7d2938c0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b6112b58382611cba565b915050610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f6112eb83611866565b6001810154909150700100000000000000000000000000000000900460ff1615611344576040517fbfd3137a0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b5f61134e82611d5e565b9050804210611399576040517f2ed5c920000000000000000000000000000000000000000000000000000000008152600481018590526024810182905242604482015260640161063d565b60018360028111156113ad576113ad6125d6565b141580156113cd575060028360028111156113ca576113ca6125d6565b14155b1561141c578260028111156113e4576113e46125d6565b6040517fea9f59b500000000000000000000000000000000000000000000000000000000815260ff909116600482015260240161063d565b6040517f6d70f7ae0000000000000000000000000000000000000000000000000000000081523360048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636d70f7ae90602401602060405180830381865afa1580156114a4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c891906129cf565b611500576040517fab828a9800000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b5f84815260036020908152604080832033845290915281209061152282611db9565b60ff166002811115611536576115366125d6565b90505f81600281111561154b5761154b6125d6565b14611588578533826040517f6598899000000000000000000000000000000000000000000000000000000000815260040161063d939291906129ee565b5f61159385876118f5565b6040517f426233600000000000000000000000000000000000000000000000000000000081523360048201529091505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa158015611620573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611644919061275b565b905081811015611690576040517fdcdee15b000000000000000000000000000000000000000000000000000000008152336004820152602481018290526044810183905260640161063d565b6116b961169c42611e13565b8860028111156116ae576116ae6125d6565b86919060ff16611e62565b50503373ffffffffffffffffffffffffffffffffffffffff16887ff2eb187e6b706be15de0a8bc8271dddf99fc43c12b3331f42a13d84c572252d789604051611702919061263c565b60405180910390a35050505050505050565b5f81815260036020908152604080832033845290915281209061173682611db9565b60ff16600281111561174a5761174a6125d6565b90505f81600281111561175f5761175f6125d6565b0361179f576040517fac8eb79b0000000000000000000000000000000000000000000000000000000081526004810184905233602482015260440161063d565b6117b36117ab42611e13565b83905f611e62565b50503373ffffffffffffffffffffffffffffffffffffffff16837f217f58f8ce89efe553e4213d3f39d4154dfed41008c2ab64127d45e42abbccd7836040516117fc919061263c565b60405180910390a3505050565b5f61184a61181683611e13565b5f86815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff89168452909152902090611e7c565b60ff16600281111561185e5761185e6125d6565b949350505050565b5f818152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff16610be5576040517f19ab22030000000000000000000000000000000000000000000000000000000081526004810183905260240161063d565b5f5f6118d08484611c71565b60018501549092506118ec9067ffffffffffffffff16836127b2565b90509250929050565b5f600182600281111561190a5761190a6125d6565b1461191957826004015461191f565b82600301545b90505b92915050565b5f82815260026020526040902060018101546c01000000000000000000000000900463ffffffff1682106119225760018101546040517fd512a1a100000000000000000000000000000000000000000000000000000000815260048101859052602481018490526c0100000000000000000000000090910463ffffffff16604482015260640161063d565b6119bb611f35565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9073ffffffffffffffffffffffffffffffffffffffff8516906370a0823190602401602060405180830381865afa158015611a4b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a6f919061275b565b9050611a9373ffffffffffffffffffffffffffffffffffffffff8516843085611f92565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff8716906370a0823190602401602060405180830381865afa158015611aff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b23919061275b565b611b2d919061279f565b9050828114611b72576040517fff3b6360000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161063d565b5050505050565b611b868383836001611fee565b611bd4576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161063d565b505050565b80545f9074010000000000000000000000000000000000000000900467ffffffffffffffff1642811115611c0f57505f92915050565b60018301545f9067ffffffffffffffff16611c2a834261279f565b611c349190612a4b565b611c3f9060016127b2565b600185015490915068010000000000000000900463ffffffff16808210611c665780611c68565b815b95945050505050565b60018201545f90611c8c9067ffffffffffffffff1683612821565b835461191f919074010000000000000000000000000000000000000000900467ffffffffffffffff166127b2565b60078101805482545f909255604051818152909173ffffffffffffffffffffffffffffffffffffffff1690819085907f6909eb935886ad8c734c29844350c36b0260f7006ff58559a3c286a9e7c8d8789060200160405180910390a3611d5773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168284611b79565b5092915050565b60018101545f90611d8b9063ffffffff680100000000000000008204169067ffffffffffffffff16612821565b8254611922919074010000000000000000000000000000000000000000900467ffffffffffffffff166127b2565b80545f908015611e0b57611ddf83611dd260018461279f565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff166105e8565b5f9392505050565b5f65ffffffffffff821115611e5e576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161063d565b5090565b5f80611e6f858585612076565b915091505b935093915050565b81545f9081816005811115611ed8575f611e9584612237565b611e9f908561279f565b5f8881526020902090915081015465ffffffffffff9081169087161015611ec857809150611ed6565b611ed38160016127b2565b92505b505b5f611ee58787858561239c565b90508015611f2857611efc87611dd260018461279f565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16611f2a565b5f5b979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203611f90576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b611fa08484848460016123f2565b610da1576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161063d565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f5114831661206a57838315161561205e573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b82545f90819080156121c7575f61209287611dd260018561279f565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612104576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361215357825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff8916021783556121b9565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350611e7492505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611e74565b5f60018211612244575090565b816001700100000000000000000000000000000000821061226a5760809190911c9060401b5b6801000000000000000082106122855760409190911c9060201b5b640100000000821061229c5760209190911c9060101b5b6201000082106122b15760109190911c9060081b5b61010082106122c55760089190911c9060041b5b601082106122d85760049190911c9060021b5b600482106122e45760011b5b600302600190811c908185816122fc576122fc612a1e565b048201901c9050600181858161231457612314612a1e565b048201901c9050600181858161232c5761232c612a1e565b048201901c9050600181858161234457612344612a1e565b048201901c9050600181858161235c5761235c612a1e565b048201901c9050600181858161237457612374612a1e565b048201901c905061239381858161238d5761238d612a1e565b04821190565b90039392505050565b5f5b818310156123ea575f85815260209020838316600285851804019081015465ffffffffffff868116911611156123d6578092506123e4565b6123e18160016127b2565b93505b5061239e565b509392505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f51148316612474578383151615612468573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215612495575f5ffd5b5035919050565b815173ffffffffffffffffffffffffffffffffffffffff168152610180810160208301516124d6602084018267ffffffffffffffff169052565b5060408301516124f2604084018267ffffffffffffffff169052565b50606083015161250a606084018263ffffffff169052565b506080830151612522608084018263ffffffff169052565b5060a083015161253660a084018215159052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015292915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610be5575f5ffd5b5f5f5f606084860312156125b6575f5ffd5b83359250602084013591506125cd60408501612581565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110612638577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b602081016119228284612603565b5f5f6040838503121561265b575f5ffd5b50508035926020909101359150565b5f6020828403121561267a575f5ffd5b813567ffffffffffffffff811115612690575f5ffd5b820161010081850312156105e8575f5ffd5b5f5f5f5f608085870312156126b5575f5ffd5b8435935060208501359250604085013591506126d360608601612581565b905092959194509250565b5f602082840312156126ee575f5ffd5b61191f82612581565b5f5f60408385031215612708575f5ffd5b8235915060208301356003811061271d575f5ffd5b809150509250929050565b5f5f5f6060848603121561273a575f5ffd5b8335925061274a60208501612581565b929592945050506040919091013590565b5f6020828403121561276b575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561192257611922612772565b8082018082111561192257611922612772565b803567ffffffffffffffff81168114610be5575f5ffd5b5f602082840312156127ec575f5ffd5b61191f826127c5565b803563ffffffff81168114610be5575f5ffd5b5f60208284031215612818575f5ffd5b61191f826127f5565b808202811582820484141761192257611922612772565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361286857612868612772565b5060010190565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126128a2575f5ffd5b830160208101925035905067ffffffffffffffff8111156128c1575f5ffd5b80360382131561124f575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6040815267ffffffffffffffff61292c846127c5565b16604082015267ffffffffffffffff612947602085016127c5565b1660608201525f61295a604085016127f5565b63ffffffff8116608084015250606084013560a083810191909152608085013560c0808501919091529085013560e080850191909152908501356101008401526129a69085018561286f565b6101006101208501526129be610140850182846128cf565b925050508260208301529392505050565b5f602082840312156129df575f5ffd5b815180151581146105e8575f5ffd5b83815273ffffffffffffffffffffffffffffffffffffffff831660208201526060810161185e6040830184612603565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612a7e577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea26469706673582212202f2fd1ebe960cabaadb787e4f34aac9b7de8b773ce8c245185cf6cc3908e89d764736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 312 },
      { length: 32, start: 434 },
      { length: 32, start: 617 },
      { length: 32, start: 761 },
      { length: 32, start: 1385 },
      { length: 32, start: 1894 },
      { length: 32, start: 2031 },
      { length: 32, start: 2964 },
      { length: 32, start: 3406 },
      { length: 32, start: 4222 },
      { length: 32, start: 4326 },
      { length: 32, start: 5194 },
      { length: 32, start: 5595 },
      { length: 32, start: 7472 },
    ],
  },
  RewardDistributor: {
    bytecode:
      '0x60e060405234801561000f575f5ffd5b5060405161143a38038061143a83398101604081905261002e91610112565b3360805260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b03811661007d5760405163266f99c560e21b815260040160405180910390fd5b6001600160a01b03811660a081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156100c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e99190610112565b6001600160a01b031660c05250610134565b6001600160a01b038116811461010f575f5ffd5b50565b5f60208284031215610122575f5ffd5b815161012d816100fb565b9392505050565b60805160a05160c0516112ab61018f5f395f818161018d0152818161040801528181610496015261052201525f81816101240152818161054401526105bb01525f81816102d60152818161079f015261080701526112ab5ff3fe608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c806383b30f401161007d5780639285c94b116100585780639285c94b146101ff578063a8e0926014610234578063c1b8411a146102d1575f5ffd5b806383b30f40146101af5780638d022d68146101d75780638f4e6f37146101ec575f5ffd5b8063411557d1116100ad578063411557d11461011f578063511606301461016b57806382bfefc814610188575f5ffd5b8063120aa877146100d3578063270de927146100f95780632e7ba6ef1461010c575b5f5ffd5b6100e66100e1366004610f50565b6102f8565b6040519081526020015b60405180910390f35b6100e6610107366004610fc2565b61032e565b6100e661011a366004611001565b610464565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100f0565b5f5473ffffffffffffffffffffffffffffffffffffffff16610146565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b6101c26101bd366004611064565b6104ef565b604080519283526020830191909152016100f0565b6101ea6101e53660046110c7565b6106b0565b005b6101ea6101fa3660046110f6565b610787565b61021261020d36600461110f565b610957565b60408051825181526020808401519082015291810151908201526060016100f0565b6100e6610242366004611126565b604080516020810185905273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff851684529091529020545b92915050565b5f6103376109af565b815f819003610372576040517f056a1b5900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015610439573685858381811061038f5761038f611159565b90506020028101906103a19190611186565b90505f6103d082356103b960408501602086016110f6565b60408501356103cb60608701876111c2565b6109dd565b90506103dc8186611226565b945061042f6103f160408401602085016110f6565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169083610c74565b5050600101610374565b505061032860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f61046d6109af565b61047a86868686866109dd565b90506104bd73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168683610c74565b6104e660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b95945050505050565b5f5f6104f96109af565b61050687338888886109dd565b915061056973ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084610cd4565b6040517f2dd5567a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152336024830152604482018490527f00000000000000000000000000000000000000000000000000000000000000001690632dd5567a906064016020604051808303815f875af1158015610601573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610625919061125e565b604080518481526020810183905291925073ffffffffffffffffffffffffffffffffffffffff85169133918a917f27d8f2ed6957021f336b9c0dc4c2f3432e84692c9b85e52471b22702cd9f2b92910160405180910390a46106a660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9550959350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610707576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f848152600160205260409020821561071e578281555b5f82826001015461072f9190611226565b60018301819055825460408051918252602082018690528101829052909150859087907f1b569d0b7dac1f81710cf4b174aa6a05ec257e25353cc99a8f5b28f414de3abd9060600160405180910390a3505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610834576040517f8ae4eb3900000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660248201526044016106fe565b5f5473ffffffffffffffffffffffffffffffffffffffff161561089e575f546040517f16b19d9b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016106fe565b73ffffffffffffffffffffffffffffffffffffffff81166108eb576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b61097860405180606001604052805f81526020015f81526020015f81525090565b505f908152600160208181526040928390208351606081018552815481529281015491830191909152600201549181019190915290565b6109b7610d4c565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f858152600160205260408120805480610a26576040517faf9c34c1000000000000000000000000000000000000000000000000000000008152600481018990526024016106fe565b6040805160208082018b905273ffffffffffffffffffffffffffffffffffffffff8a168284015260608083018a90528351808403909101815260808301845280519082012060a0808401919091528351808403909101815260c09092019092528051910120610a9a90869086908490610da9565b610af6576040517fa74eb3e50000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff88166024820152604481018790526064016106fe565b5f88815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8b168452909152902054808711610b8b576040517f333f4f34000000000000000000000000000000000000000000000000000000008152600481018a905273ffffffffffffffffffffffffffffffffffffffff8916602482015260448101889052606481018290526084016106fe565b80870393505f848460020154610ba19190611226565b600185015490915080821115610bf4576040517fa93e9181000000000000000000000000000000000000000000000000000000008152600481018c905260248101839052604481018290526064016106fe565b5f8b815260026020818152604080842073ffffffffffffffffffffffffffffffffffffffff8f16808652908352938190208d905591880185905581518981529081018c90528d917fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac910160405180910390a3505050505095945050505050565b610c818383836001610dc0565b610ccf576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106fe565b505050565b610ce08383835f610e48565b610ccf57610cf183835f6001610e48565b610d3f576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106fe565b610c818383836001610e48565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610da7576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b5f82610db6868685610eb8565b1495945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610e3c578383151615610e30573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610e3c578383151615610e30573d5f823e3d81fd5b5f81815b84811015610ef057610ee682878784818110610eda57610eda611159565b90506020020135610ef9565b9150600101610ebc565b50949350505050565b5f818310610f13575f828152602084905260409020610f21565b5f8381526020839052604090205b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610f4b575f5ffd5b919050565b5f5f60408385031215610f61575f5ffd5b82359150610f7160208401610f28565b90509250929050565b5f5f83601f840112610f8a575f5ffd5b50813567ffffffffffffffff811115610fa1575f5ffd5b6020830191508360208260051b8501011115610fbb575f5ffd5b9250929050565b5f5f60208385031215610fd3575f5ffd5b823567ffffffffffffffff811115610fe9575f5ffd5b610ff585828601610f7a565b90969095509350505050565b5f5f5f5f5f60808688031215611015575f5ffd5b8535945061102560208701610f28565b935060408601359250606086013567ffffffffffffffff811115611047575f5ffd5b61105388828901610f7a565b969995985093965092949392505050565b5f5f5f5f5f60808688031215611078575f5ffd5b8535945060208601359350604086013567ffffffffffffffff81111561109c575f5ffd5b6110a888828901610f7a565b90945092506110bb905060608701610f28565b90509295509295909350565b5f5f5f5f608085870312156110da575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f60208284031215611106575f5ffd5b610f2182610f28565b5f6020828403121561111f575f5ffd5b5035919050565b5f5f5f60608486031215611138575f5ffd5b8335925061114860208501610f28565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff818336030181126111b8575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126111f5575f5ffd5b83018035915067ffffffffffffffff82111561120f575f5ffd5b6020019150600581901b3603821315610fbb575f5ffd5b80820180821115610328577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f6020828403121561126e575f5ffd5b505191905056fea2646970667358221220f9fc2b4a294f4ae82f0ff8a04730b4006b789e8ffc852d9674b552dd8238ebca64736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c806383b30f401161007d5780639285c94b116100585780639285c94b146101ff578063a8e0926014610234578063c1b8411a146102d1575f5ffd5b806383b30f40146101af5780638d022d68146101d75780638f4e6f37146101ec575f5ffd5b8063411557d1116100ad578063411557d11461011f578063511606301461016b57806382bfefc814610188575f5ffd5b8063120aa877146100d3578063270de927146100f95780632e7ba6ef1461010c575b5f5ffd5b6100e66100e1366004610f50565b6102f8565b6040519081526020015b60405180910390f35b6100e6610107366004610fc2565b61032e565b6100e661011a366004611001565b610464565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100f0565b5f5473ffffffffffffffffffffffffffffffffffffffff16610146565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b6101c26101bd366004611064565b6104ef565b604080519283526020830191909152016100f0565b6101ea6101e53660046110c7565b6106b0565b005b6101ea6101fa3660046110f6565b610787565b61021261020d36600461110f565b610957565b60408051825181526020808401519082015291810151908201526060016100f0565b6100e6610242366004611126565b604080516020810185905273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff851684529091529020545b92915050565b5f6103376109af565b815f819003610372576040517f056a1b5900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015610439573685858381811061038f5761038f611159565b90506020028101906103a19190611186565b90505f6103d082356103b960408501602086016110f6565b60408501356103cb60608701876111c2565b6109dd565b90506103dc8186611226565b945061042f6103f160408401602085016110f6565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169083610c74565b5050600101610374565b505061032860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f61046d6109af565b61047a86868686866109dd565b90506104bd73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168683610c74565b6104e660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b95945050505050565b5f5f6104f96109af565b61050687338888886109dd565b915061056973ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084610cd4565b6040517f2dd5567a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152336024830152604482018490527f00000000000000000000000000000000000000000000000000000000000000001690632dd5567a906064016020604051808303815f875af1158015610601573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610625919061125e565b604080518481526020810183905291925073ffffffffffffffffffffffffffffffffffffffff85169133918a917f27d8f2ed6957021f336b9c0dc4c2f3432e84692c9b85e52471b22702cd9f2b92910160405180910390a46106a660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9550959350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610707576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f848152600160205260409020821561071e578281555b5f82826001015461072f9190611226565b60018301819055825460408051918252602082018690528101829052909150859087907f1b569d0b7dac1f81710cf4b174aa6a05ec257e25353cc99a8f5b28f414de3abd9060600160405180910390a3505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610834576040517f8ae4eb3900000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660248201526044016106fe565b5f5473ffffffffffffffffffffffffffffffffffffffff161561089e575f546040517f16b19d9b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016106fe565b73ffffffffffffffffffffffffffffffffffffffff81166108eb576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b61097860405180606001604052805f81526020015f81526020015f81525090565b505f908152600160208181526040928390208351606081018552815481529281015491830191909152600201549181019190915290565b6109b7610d4c565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f858152600160205260408120805480610a26576040517faf9c34c1000000000000000000000000000000000000000000000000000000008152600481018990526024016106fe565b6040805160208082018b905273ffffffffffffffffffffffffffffffffffffffff8a168284015260608083018a90528351808403909101815260808301845280519082012060a0808401919091528351808403909101815260c09092019092528051910120610a9a90869086908490610da9565b610af6576040517fa74eb3e50000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff88166024820152604481018790526064016106fe565b5f88815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8b168452909152902054808711610b8b576040517f333f4f34000000000000000000000000000000000000000000000000000000008152600481018a905273ffffffffffffffffffffffffffffffffffffffff8916602482015260448101889052606481018290526084016106fe565b80870393505f848460020154610ba19190611226565b600185015490915080821115610bf4576040517fa93e9181000000000000000000000000000000000000000000000000000000008152600481018c905260248101839052604481018290526064016106fe565b5f8b815260026020818152604080842073ffffffffffffffffffffffffffffffffffffffff8f16808652908352938190208d905591880185905581518981529081018c90528d917fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac910160405180910390a3505050505095945050505050565b610c818383836001610dc0565b610ccf576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106fe565b505050565b610ce08383835f610e48565b610ccf57610cf183835f6001610e48565b610d3f576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106fe565b610c818383836001610e48565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610da7576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b5f82610db6868685610eb8565b1495945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610e3c578383151615610e30573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610e3c578383151615610e30573d5f823e3d81fd5b5f81815b84811015610ef057610ee682878784818110610eda57610eda611159565b90506020020135610ef9565b9150600101610ebc565b50949350505050565b5f818310610f13575f828152602084905260409020610f21565b5f8381526020839052604090205b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610f4b575f5ffd5b919050565b5f5f60408385031215610f61575f5ffd5b82359150610f7160208401610f28565b90509250929050565b5f5f83601f840112610f8a575f5ffd5b50813567ffffffffffffffff811115610fa1575f5ffd5b6020830191508360208260051b8501011115610fbb575f5ffd5b9250929050565b5f5f60208385031215610fd3575f5ffd5b823567ffffffffffffffff811115610fe9575f5ffd5b610ff585828601610f7a565b90969095509350505050565b5f5f5f5f5f60808688031215611015575f5ffd5b8535945061102560208701610f28565b935060408601359250606086013567ffffffffffffffff811115611047575f5ffd5b61105388828901610f7a565b969995985093965092949392505050565b5f5f5f5f5f60808688031215611078575f5ffd5b8535945060208601359350604086013567ffffffffffffffff81111561109c575f5ffd5b6110a888828901610f7a565b90945092506110bb905060608701610f28565b90509295509295909350565b5f5f5f5f608085870312156110da575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f60208284031215611106575f5ffd5b610f2182610f28565b5f6020828403121561111f575f5ffd5b5035919050565b5f5f5f60608486031215611138575f5ffd5b8335925061114860208501610f28565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff818336030181126111b8575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126111f5575f5ffd5b83018035915067ffffffffffffffff82111561120f575f5ffd5b6020019150600581901b3603821315610fbb575f5ffd5b80820180821115610328577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f6020828403121561126e575f5ffd5b505191905056fea2646970667358221220f9fc2b4a294f4ae82f0ff8a04730b4006b789e8ffc852d9674b552dd8238ebca64736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 292 },
      { length: 32, start: 397 },
      { length: 32, start: 726 },
      { length: 32, start: 1032 },
      { length: 32, start: 1174 },
      { length: 32, start: 1314 },
      { length: 32, start: 1348 },
      { length: 32, start: 1467 },
      { length: 32, start: 1951 },
      { length: 32, start: 2055 },
    ],
  },
  RoundSettlement: {
    bytecode:
      '0x610220604052348015610010575f5ffd5b5060405161448738038061448783398101604081905261002f9161069d565b836040518060400160405280601581526020017f416572696520526f756e64536574746c656d656e740000000000000000000000815250604051806040016040528060018152602001603160f81b81525061008f8261037160201b60201c565b6101205261009c81610371565b61014052815160208084019190912060e052815190820120610100524660a05261012860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661015f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610168816103ae565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0387166101b457604051635131a89560e11b815260040160405180910390fd5b6001600160a01b0386166101db57604051635131a89560e11b815260040160405180910390fd5b6001600160a01b03851661020257604051635131a89560e11b815260040160405180910390fd5b6001600160a01b03808816610160819052878216610180529086166101a0526040805163d62aad2960e01b8152905163d62aad29916004808201926020929091908290030181865afa15801561025a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061027e91906107d0565b6101c08181525050866001600160a01b031663d9e39f2c6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102e691906107d0565b6101e08181525050866001600160a01b03166331440f556040518163ffffffff1660e01b8152600401602060405180830381865afa15801561032a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061034e91906107d0565b6102005261035c83836103ca565b6103658161041a565b505050505050506108d0565b5f5f829050601f8151111561039b578260405163305a27a960e01b815260040161015691906107e7565b80516103a68261081c565b179392505050565b600380546001600160a01b03191690556103c78161048a565b50565b5f6103d96004848460206104db565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a6848460405161040d929190610842565b60405180910390a2505050565b6001600160a01b03811661044157604051635131a89560e11b815260040160405180910390fd5b600880546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b82515f908315806104eb57508084115b806104f557508281115b1561051d5760405163089a755960e31b81526004810182905260248101859052604401610156565b600386015461052d906001610897565b60038701819055600287018590559150610547865f610637565b5f5b8181101561062d575f868281518110610564576105646108bc565b602002602001015190505f6001600160a01b0316816001600160a01b0316036105a35760405163185e25b560e11b815260048101839052602401610156565b6001600160a01b0381165f9081526001890160205260409020548490036105e857604051634f0133b360e11b81526001600160a01b0382166004820152602401610156565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180546001600160a01b03191690921790915501610549565b5050949350505050565b5080545f8255905f5260205f20908101906103c791905b80821115610661575f815560010161064e565b5090565b6001600160a01b03811681146103c7575f5ffd5b805161068481610665565b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f5f60e0888a0312156106b3575f5ffd5b87516106be81610665565b60208901519097506106cf81610665565b60408901519096506106e081610665565b60608901519095506106f181610665565b60808901519094506001600160401b0381111561070c575f5ffd5b8801601f81018a1361071c575f5ffd5b80516001600160401b0381111561073557610735610689565b604051600582901b90603f8201601f191681016001600160401b038111828210171561076357610763610689565b60405291825260208184018101929081018d841115610780575f5ffd5b6020850194505b838510156107a65761079885610679565b815260209485019401610787565b5060a08c015190965094506107c292505060c08a019050610679565b905092959891949750929550565b5f602082840312156107e0575f5ffd5b5051919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561083c575f198160200360031b1b821691505b50919050565b604080825283519082018190525f9060208501906060840190835b818110156108845783516001600160a01b031683526020938401939092019160010161085d565b5050602093909301939093525092915050565b808201808211156108b657634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051613aac6109db5f395f8181610255015281816125bd015261262201525f81816104510152818161125c01526115cc01525f81816104130152818161064b015281816109dd0152611b6301525f818161037e01528181610b700152610c3f01525f81816101e401528181610b9801528181610ce8015281816113920152818161215b015261269501525f81816102b6015281816107b401528181610d9d01528181610e560152611bae01525f611f8101525f611f5101525f6129d201525f6129aa01525f61290501525f61292f01525f6129590152613aac5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806384b0196e116100fe578063d62aad291161009e578063e5d5494a1161006e578063e5d5494a14610484578063e636d84b14610497578063eb9cc6ea146104ba578063f2fde38b146104c2575f5ffd5b8063d62aad291461040e578063d864e74014610435578063d9e39f2c1461044c578063e30c397814610473575f5ffd5b80639c26149f116100d95780639c26149f14610379578063b6013cef146103a0578063c7f758a8146103b3578063d214849a146103d4575f5ffd5b806384b0196e1461033a5780638a0dac4a146103555780638da5cb5b14610368575f5ffd5b8063452a932011610169578063715018a611610144578063715018a61461030f57806379ba5097146103175780637d7b02cb1461031f5780637f10792d14610332575f5ffd5b8063452a9320146102d85780634a6e0123146102e9578063649b1126146102fc575f5ffd5b806331440f55116101a457806331440f551461025057806332c5536c1461027757806335515eaf1461028a578063411557d1146102b1575f5ffd5b80630252028a146101ca57806306433b1b146101df578063213eb00114610223575b5f5ffd5b6101dd6101d8366004612ca9565b6104d5565b005b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610242610231366004612cf1565b5f9081526009602052604090205490565b60405190815260200161021a565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b6101dd610285366004612d5f565b61051f565b6102427f3095a559ceb4f3a9b2d28904ccc159d4575ac6ba028f9db58e7dfffbb441069e81565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6008546001600160a01b0316610206565b6102426102f7366004612df9565b6105c2565b6101dd61030a366004612e38565b6105f5565b6101dd610881565b6101dd610894565b61024261032d366004612eb4565b6108f1565b610242602081565b6103426108fe565b60405161021a9796959493929190612f3a565b6101dd610363366004613000565b61095c565b6002546001600160a01b0316610206565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6103ae366004613022565b61096d565b6103c66103c1366004612cf1565b610f91565b60405161021a929190613091565b6104016103e2366004613022565b5f918252600a6020908152604080842092845291905290205460ff1690565b60405161021a9190613171565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b61043d611151565b60405161021a939291906131e9565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b6003546001600160a01b0316610206565b6101dd610492366004613022565b6111ca565b6104aa6104a5366004613000565b61141c565b604051901515815260200161021a565b610242604081565b6101dd6104d0366004613000565b61143f565b6104dd6114c8565b61051a8383808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525085925061150e915050565b505050565b61052a85858561155e565b5f61053c61053787613330565b61177d565b5f818152600d602052604090205490915060ff16156105a0576040517f8fe16cfe0000000000000000000000000000000000000000000000000000000081528635600482015260208701356024820152604481018290526064015b60405180910390fd5b6105ad600482858561182e565b506105ba818787876119ff565b505050505050565b5f82826040516020016105d69291906133f6565b6040516020818303038152906040528051906020012090505b92915050565b6008546001600160a01b0316331461063b576040517f74b2202f000000000000000000000000000000000000000000000000000000008152336004820152602401610597565b5f6106468585611c7a565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826040015167ffffffffffffffff166106839190613436565b90508042106106d5576040517fcba16b57000000000000000000000000000000000000000000000000000000008152600481018790526024810186905260448101829052426064820152608401610597565b5f6106e2835f015161177d565b5f818152600d6020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905590915061072488611e0f565b5f898152600a602090815260408083208b84529091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551909150879089907fdb5248fdc763a42b244ed68ed74e7ebe99ce63269a67b8a833bc4174c581d4ae9061079f90869033908c908c90613490565b60405180910390a35f5b8151811015610876577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bedb10198383815181106107f3576107f36134c2565b6020908102919091010151516040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015610855575f5ffd5b505af1158015610867573d5f5f3e3d5ffd5b505050508060010190506107a9565b505050505050505050565b6108896114c8565b6108925f611f19565b565b60035433906001600160a01b031681146108e5576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610597565b6108ee81611f19565b50565b5f6105ef61053783613330565b5f6060805f5f5f606061090f611f4a565b610917611f7a565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6109646114c8565b6108ee81611fa5565b610975612046565b5f828152600960205260409020548181146109cd576040517f0b850c9b000000000000000000000000000000000000000000000000000000008152600481018490526024810183905260448101829052606401610597565b5f6109d88484611c7a565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826040015167ffffffffffffffff16610a159190613436565b905080421015610a68576040517f6df98b03000000000000000000000000000000000000000000000000000000008152600481018690526024810185905260448101829052426064820152608401610597565b81515f610a7487611e0f565b5f888152600a602090815260408083208a8452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660021790559050610ac2866001613436565b5f88815260096020908152604091829020929092558381015160608086015160a087015184519384529483015291810192909252879189917f82726e1f451c5f43307c3a081a790990a4ede53e23da5d013a93b7d5fa8cc6b1910160405180910390a360608201516040517f79535826000000000000000000000000000000000000000000000000000000008152600481018990526024810188905260448101919091526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660648301527f000000000000000000000000000000000000000000000000000000000000000016906379535826906084015f604051808303815f87803b158015610bd9575f5ffd5b505af1158015610beb573d5f5f3e3d5ffd5b50505050604082810151606084015191517f8d022d68000000000000000000000000000000000000000000000000000000008152600481018a905260248101899052604481019190915260648101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638d022d68906084015f604051808303815f87803b158015610c88575f5ffd5b505af1158015610c9a573d5f5f3e3d5ffd5b5050505080515f03610cb0575050505050610f64565b6040517f9884aedd00000000000000000000000000000000000000000000000000000000815260048101889052602481018790525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639884aedd906044016040805180830381865afa158015610d34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d5891906134ef565b5090505f8888604051602001610d78929190918252602082015260400190565b6040516020818303038152906040528051906020012090505f5b8351811015610f5b577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bedb1019858381518110610ddc57610ddc6134c2565b6020908102919091010151516040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015610e3e575f5ffd5b505af1158015610e50573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a2223341858381518110610e9557610e956134c2565b60200260200101515f0151868481518110610eb257610eb26134c2565b60209081029190910181015101516040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b1681526001600160a01b0390921660048301526024820152604481018690526064810185905260840160408051808303815f875af1158015610f2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f5191906134ef565b5050600101610d92565b50505050505050505b610f8d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5050565b610f99612b48565b5f828152600b60209081526040808320600c90925291829020825161014081019093528154606084810191825260018401546080860152600284015460a0860152600384015460c0860152600484015460e086015260058401546101008601526006840180549195928592849284916101208501919061101890613511565b80601f016020809104026020016040519081016040528092919081815260200182805461104490613511565b801561108f5780601f106110665761010080835404028352916020019161108f565b820191905f5260205f20905b81548152906001019060200180831161107257829003601f168201915b505050919092525050508152600791909101546001600160a01b0381166020808401919091527401000000000000000000000000000000000000000090910467ffffffffffffffff166040928301528354825181830281018301909352808352929450909183915f9084015b82821015611142575f848152602090819020604080518082019091526002850290910180546001600160a01b031682526001908101548284015290835290920191016110fb565b50505050905091509150915091565b60605f5f60045f01600460020154600460030154828054806020026020016040519081016040528092919081815260200182805480156111b857602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161119a575b50505050509250925092509250909192565b6111d2612046565b5f6111dd8383612074565b5f858152600b602052604090206007015490925074010000000000000000000000000000000000000000900467ffffffffffffffff16159050611256576040517f9a4999730000000000000000000000000000000000000000000000000000000081526004810184905260248101839052604401610597565b5f6112817f000000000000000000000000000000000000000000000000000000000000000083613436565b9050804210156112d4576040517fe3a3decc000000000000000000000000000000000000000000000000000000008152600481018590526024810184905260448101829052426064820152608401610597565b5f848152600a60209081526040808320868452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166003179055611320836001613436565b5f85815260096020526040808220929092559051849186917f3fd1c85cda6246c06e5680d9888d379fe80d0234f53064ba2f3e3ef7698dfd4b9190a36040517f48435e6e00000000000000000000000000000000000000000000000000000000815260048101859052602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906348435e6e906044015f604051808303815f87803b1580156113db575f5ffd5b505af11580156113ed573d5f5f3e3d5ffd5b505050505050610f8d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6007546001600160a01b0382165f908152600560205260408120549091146105ef565b6114476114c8565b600380546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556114906002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002546001600160a01b03163314610892576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610597565b5f61151d600484846020612275565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a6848460405161155192919061355c565b60405180910390a2505050565b823560208401355f806115718484612074565b91509150804210156115c6576040517fbc2aacbd000000000000000000000000000000000000000000000000000000008152600481018590526024810184905260448101829052426064820152608401610597565b5f6115f17f000000000000000000000000000000000000000000000000000000000000000083613436565b9050804210611643576040517f3b078c39000000000000000000000000000000000000000000000000000000008152600481018690526024810185905260448101829052426064820152608401610597565b5f858152600b602052604090206007015474010000000000000000000000000000000000000000900467ffffffffffffffff16156116b7576040517f9a4999730000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610597565b8260c001518860600135111561170c5760c08301516040517ff5a69db300000000000000000000000000000000000000000000000000000000815260608a013560048201526024810191909152604401610597565b60608801351580159061172157506040880135155b15611762576040517f1658e3cc0000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610597565b61177385858a608001358a8a612434565b5050505050505050565b5f6105ef7f3095a559ceb4f3a9b2d28904ccc159d4575ac6ba028f9db58e7dfffbb441069e835f015184602001518560400151866060015187608001518860a001518960c0015180519060200120604051602001611813989796959493929190978852602088019690965260408701949094526060860192909252608085015260a084015260c083015260e08201526101000190565b6040516020818303038152906040528051906020012061276a565b60038401545f908282805b828110156119a4575f5f6118708a8a8a86818110611859576118596134c2565b905060200281019061186b919061357d565b6127b1565b5090925090505f81600381111561188957611889613144565b146118c3576040517f9e91ee0f00000000000000000000000000000000000000000000000000000000815260048101849052602401610597565b82158015906118e45750836001600160a01b0316826001600160a01b031611155b15611935576040517f98c21d74000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03808616602483015283166044820152606401610597565b6001600160a01b0382165f90815260018c0160205260409020548614611999576040517f011bfb91000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0383166024820152604401610597565b509150600101611839565b5060028801549193508391808310156119f3576040517f9c73b2b60000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610597565b50505050949350505050565b82355f818152600a60209081526040808320828801358452825280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055838352600b90915290208481611a5b828261373f565b50506007810180547fffffffff0000000000000000000000000000000000000000000000000000000016337fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff1617740100000000000000000000000000000000000000004267ffffffffffffffff16021790555f828152600c602052604081209084905b81811015611b315782878783818110611afa57611afa6134c2565b83546001810185555f9485526020909420604090910292909201926002029091019050611b2782826137ee565b5050600101611adf565b506020870135847f63cbb4fc01dd654f6ab004ff1a054a1afcf57365ee0d8b219871a492054975b28a8a8a8a33611b887f000000000000000000000000000000000000000000000000000000000000000042613436565b604051611b9a9695949392919061383b565b60405180910390a35f5b81811015610876577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db236fae888884818110611bed57611bed6134c2565b611c039260206040909202019081019150613000565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015611c59575f5ffd5b505af1158015611c6b573d5f5f3e3d5ffd5b50505050806001019050611ba4565b611c82612b48565b5f838152600b6020526040908190208151610140810190925280546060830190815260018201546080840152600282015460a0840152600382015460c0840152600482015460e08401526005820154610100840152600682018054849291849161012085019190611cf290613511565b80601f0160208091040260200160405190810160405280929190818152602001828054611d1e90613511565b8015611d695780601f10611d4057610100808354040283529160200191611d69565b820191905f5260205f20905b815481529060010190602001808311611d4c57829003601f168201915b505050919092525050508152600791909101546001600160a01b038116602083015267ffffffffffffffff74010000000000000000000000000000000000000000909104811660409283015290820151919250161580611dce57508051602001518214155b156105ef576040517f509f102b0000000000000000000000000000000000000000000000000000000081526004810184905260248101839052604401610597565b6060600c5f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611e88575f848152602090819020604080518082019091526002850290910180546001600160a01b03168252600190810154828401529083529092019101611e41565b5050505f848152600b60205260408120818155600181018290556002810182905560038101829055600481018290556005810182905592935090508181611ed26006830182612ba0565b50505060070180547fffffffff000000000000000000000000000000000000000000000000000000001690555f828152600c60205260408120611f1491612bd7565b919050565b600380547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556108ee816127f8565b6060611f757f0000000000000000000000000000000000000000000000000000000000000000612861565b905090565b6060611f757f0000000000000000000000000000000000000000000000000000000000000000612861565b6001600160a01b038116611fe5576040517fa263512a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600880547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b61204e61289e565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091525f8381526009602052604081205483811461212c576040517f0b850c9b000000000000000000000000000000000000000000000000000000008152600481018690526024810185905260448101829052606401610597565b6040517f1d65e77e000000000000000000000000000000000000000000000000000000008152600481018690527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631d65e77e9060240161018060405180830381865afa1580156121a9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121cd919061397d565b9250826080015163ffffffff16841061222e5760808301516040517f0b850c9b000000000000000000000000000000000000000000000000000000008152600481018790526024810186905263ffffffff9091166044820152606401610597565b604083015167ffffffffffffffff16612248856001613436565b6122529190613a41565b836020015167ffffffffffffffff1661226b9190613436565b9150509250929050565b82515f9083158061228557508084115b8061228f57508281115b156122d0576040517f44d3aac80000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610597565b60038601546122e0906001613436565b600387018190556002870185905591506122fa865f612bf5565b5f5b8181101561242a575f868281518110612317576123176134c2565b602002602001015190505f6001600160a01b0316816001600160a01b03160361236f576040517f30bc4b6a00000000000000000000000000000000000000000000000000000000815260048101839052602401610597565b6001600160a01b0381165f9081526001890160205260409020548490036123cd576040517f9e0267660000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610597565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180547fffffffffffffffffffffffff000000000000000000000000000000000000000016909217909155016122fc565b5050949350505050565b80604081111561247c57604080517f11aaea1e000000000000000000000000000000000000000000000000000000008152610597918391600401918252602082015260400190565b5f83836040516020016124909291906133f6565b6040516020818303038152906040528051906020012090508481146124eb576040517ffa55648c0000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610597565b5f5f5b83811015610876575f868683818110612509576125096134c2565b61251f9260206040909202019081019150613000565b90505f878784818110612534576125346134c2565b905060400201602001359050825f141580156125625750836001600160a01b0316826001600160a01b031611155b156125b3576040517f73e8b4fa000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03808616602483015283166044820152606401610597565b8015806125df57507f000000000000000000000000000000000000000000000000000000000000000081115b1561264e576040517fc50f5a520000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290527f00000000000000000000000000000000000000000000000000000000000000006044820152606401610597565b5f6040517f3c08ff90000000000000000000000000000000000000000000000000000000008152600481018d9052602481018c90526001600160a01b0384811660448301527f00000000000000000000000000000000000000000000000000000000000000001690633c08ff9090606401602060405180830381865afa1580156126da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126fe9190613a58565b600281111561270f5761270f613144565b0361275f576040517fd2f54479000000000000000000000000000000000000000000000000000000008152600481018c9052602481018b90526001600160a01b0383166044820152606401610597565b5091506001016124ee565b5f6105ef6127766128f9565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f808060418490036127e5578435602086013560408701355f1a6127d789828585612a22565b9550955095505050506127ef565b505f915060029050825b93509350939050565b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60605f61286d83612b08565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610892576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561295157507f000000000000000000000000000000000000000000000000000000000000000046145b1561297b57507f000000000000000000000000000000000000000000000000000000000000000090565b611f75604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612a5b57505f91506003905082612afe565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612aac573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116612af557505f925060019150829050612afe565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156105ef576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040518060600160405280612b8d6040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b81525f6020820181905260409091015290565b508054612bac90613511565b5f825580601f10612bbb575050565b601f0160209004905f5260205f20908101906108ee9190612c0c565b5080545f8255600202905f5260205f20908101906108ee9190612c24565b5080545f8255905f5260205f20908101906108ee91905b5b80821115612c20575f8155600101612c0d565b5090565b5b80821115612c205780547fffffffffffffffffffffffff00000000000000000000000000000000000000001681555f6001820155600201612c25565b5f5f83601f840112612c71575f5ffd5b50813567ffffffffffffffff811115612c88575f5ffd5b6020830191508360208260051b8501011115612ca2575f5ffd5b9250929050565b5f5f5f60408486031215612cbb575f5ffd5b833567ffffffffffffffff811115612cd1575f5ffd5b612cdd86828701612c61565b909790965060209590950135949350505050565b5f60208284031215612d01575f5ffd5b5035919050565b5f60e08284031215612d18575f5ffd5b50919050565b5f5f83601f840112612d2e575f5ffd5b50813567ffffffffffffffff811115612d45575f5ffd5b6020830191508360208260061b8501011115612ca2575f5ffd5b5f5f5f5f5f60608688031215612d73575f5ffd5b853567ffffffffffffffff811115612d89575f5ffd5b612d9588828901612d08565b955050602086013567ffffffffffffffff811115612db1575f5ffd5b612dbd88828901612d1e565b909550935050604086013567ffffffffffffffff811115612ddc575f5ffd5b612de888828901612c61565b969995985093965092949392505050565b5f5f60208385031215612e0a575f5ffd5b823567ffffffffffffffff811115612e20575f5ffd5b612e2c85828601612d1e565b90969095509350505050565b5f5f5f5f60608587031215612e4b575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115612e6f575f5ffd5b8501601f81018713612e7f575f5ffd5b803567ffffffffffffffff811115612e95575f5ffd5b876020828401011115612ea6575f5ffd5b949793965060200194505050565b5f60208284031215612ec4575f5ffd5b813567ffffffffffffffff811115612eda575f5ffd5b612ee684828501612d08565b949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612f7460e0830189612eee565b8281036040840152612f868189612eee565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612fdb578351835260209384019390920191600101612fbd565b50909b9a5050505050505050505050565b6001600160a01b03811681146108ee575f5ffd5b5f60208284031215613010575f5ffd5b813561301b81612fec565b9392505050565b5f5f60408385031215613033575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b8281101561308757815180516001600160a01b031687526020908101518188015260409096019590910190600101613054565b5093949350505050565b604081525f835160606040840152805160a0840152602081015160c0840152604081015160e08401526060810151610100840152608081015161012084015260a081015161014084015260c0810151905060e06101608401526130f8610180840182612eee565b9050602085015161311460608501826001600160a01b03169052565b50604085015167ffffffffffffffff166080840152828103602084015261313b8185613042565b95945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60208101600483106131aa577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f8151808452602084019350602083015f5b828110156130875781516001600160a01b03168652602095860195909101906001016131c2565b606081525f6131fb60608301866131b0565b60208301949094525060400152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405160e0810167ffffffffffffffff8111828210171561325d5761325d61320d565b60405290565b604051610180810167ffffffffffffffff8111828210171561325d5761325d61320d565b5f82601f830112613296575f5ffd5b813567ffffffffffffffff8111156132b0576132b061320d565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0908116603f0116810167ffffffffffffffff811182821017156132fd576132fd61320d565b604052818152838201602001851015613314575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60e08236031215613340575f5ffd5b61334861323a565b823581526020808401359082015260408084013590820152606080840135908201526080808401359082015260a0808401359082015260c083013567ffffffffffffffff811115613397575f5ffd5b6133a336828601613287565b60c08301525092915050565b8183526020830192505f815f5b848110156130875781356133cf81612fec565b6001600160a01b0316865260208281013590870152604095860195909101906001016133bc565b602081525f612ee66020830184866133af565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156105ef576105ef613409565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b8481526001600160a01b0384166020820152606060408201525f6134b8606083018486613449565b9695505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f60408385031215613500575f5ffd5b505080516020909101519092909150565b600181811c9082168061352557607f821691505b602082108103612d18577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b604081525f61356e60408301856131b0565b90508260208301529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126135b0575f5ffd5b83018035915067ffffffffffffffff8211156135ca575f5ffd5b602001915036819003821315612ca2575f5ffd5b601f82111561051a57805f5260205f20601f840160051c810160208510156136035750805b601f840160051c820191505b81811015613622575f815560010161360f565b5050505050565b67ffffffffffffffff8311156136415761364161320d565b6136558361364f8354613511565b836135de565b5f601f8411600181146136a5575f851561366f5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355613622565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156136f257868501358255602094850194600190920191016136d2565b508682101561372d577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b813581556020820135600182015560408201356002820155606082013560038201556080820135600482015560a082013560058201555f8060c0840135368590037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe10181126137ac575f5ffd5b84018035915067ffffffffffffffff8211156137c6575f5ffd5b6020019150368190038213156137da575f5ffd5b6137e8818360068601613629565b50505050565b81356137f981612fec565b81547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039190911617815560209190910135600190910155565b86815260a0602080830182905287358284015287013560c080840191909152604088013560e084015260608801356101008401526080880135610120840152908701356101408301525f90870135368890037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe10181126138b9575f5ffd5b870160208101903567ffffffffffffffff8111156138d5575f5ffd5b8036038213156138e3575f5ffd5b60e06101608501526138fa61018085018284613449565b91505082810360408401526139108187896133af565b91505061392860608301856001600160a01b03169052565b826080830152979650505050505050565b8051611f1481612fec565b805167ffffffffffffffff81168114611f14575f5ffd5b805163ffffffff81168114611f14575f5ffd5b80518015158114611f14575f5ffd5b5f61018082840312801561398f575f5ffd5b50613998613263565b6139a183613939565b81526139af60208401613944565b60208201526139c060408401613944565b60408201526139d16060840161395b565b60608201526139e26080840161395b565b60808201526139f360a0840161396e565b60a082015260c0838101519082015260e08084015190820152610100808401519082015261012080840151908201526101408084015190820152610160928301519281019290925250919050565b80820281158282048414176105ef576105ef613409565b5f60208284031215613a68575f5ffd5b81516003811061301b575f5ffdfea264697066735822122030a87e63f6f11b4df7ff116653fae46c28fd38d70f0b643d376142b8701118d664736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806384b0196e116100fe578063d62aad291161009e578063e5d5494a1161006e578063e5d5494a14610484578063e636d84b14610497578063eb9cc6ea146104ba578063f2fde38b146104c2575f5ffd5b8063d62aad291461040e578063d864e74014610435578063d9e39f2c1461044c578063e30c397814610473575f5ffd5b80639c26149f116100d95780639c26149f14610379578063b6013cef146103a0578063c7f758a8146103b3578063d214849a146103d4575f5ffd5b806384b0196e1461033a5780638a0dac4a146103555780638da5cb5b14610368575f5ffd5b8063452a932011610169578063715018a611610144578063715018a61461030f57806379ba5097146103175780637d7b02cb1461031f5780637f10792d14610332575f5ffd5b8063452a9320146102d85780634a6e0123146102e9578063649b1126146102fc575f5ffd5b806331440f55116101a457806331440f551461025057806332c5536c1461027757806335515eaf1461028a578063411557d1146102b1575f5ffd5b80630252028a146101ca57806306433b1b146101df578063213eb00114610223575b5f5ffd5b6101dd6101d8366004612ca9565b6104d5565b005b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610242610231366004612cf1565b5f9081526009602052604090205490565b60405190815260200161021a565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b6101dd610285366004612d5f565b61051f565b6102427f3095a559ceb4f3a9b2d28904ccc159d4575ac6ba028f9db58e7dfffbb441069e81565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6008546001600160a01b0316610206565b6102426102f7366004612df9565b6105c2565b6101dd61030a366004612e38565b6105f5565b6101dd610881565b6101dd610894565b61024261032d366004612eb4565b6108f1565b610242602081565b6103426108fe565b60405161021a9796959493929190612f3a565b6101dd610363366004613000565b61095c565b6002546001600160a01b0316610206565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6103ae366004613022565b61096d565b6103c66103c1366004612cf1565b610f91565b60405161021a929190613091565b6104016103e2366004613022565b5f918252600a6020908152604080842092845291905290205460ff1690565b60405161021a9190613171565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b61043d611151565b60405161021a939291906131e9565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b6003546001600160a01b0316610206565b6101dd610492366004613022565b6111ca565b6104aa6104a5366004613000565b61141c565b604051901515815260200161021a565b610242604081565b6101dd6104d0366004613000565b61143f565b6104dd6114c8565b61051a8383808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525085925061150e915050565b505050565b61052a85858561155e565b5f61053c61053787613330565b61177d565b5f818152600d602052604090205490915060ff16156105a0576040517f8fe16cfe0000000000000000000000000000000000000000000000000000000081528635600482015260208701356024820152604481018290526064015b60405180910390fd5b6105ad600482858561182e565b506105ba818787876119ff565b505050505050565b5f82826040516020016105d69291906133f6565b6040516020818303038152906040528051906020012090505b92915050565b6008546001600160a01b0316331461063b576040517f74b2202f000000000000000000000000000000000000000000000000000000008152336004820152602401610597565b5f6106468585611c7a565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826040015167ffffffffffffffff166106839190613436565b90508042106106d5576040517fcba16b57000000000000000000000000000000000000000000000000000000008152600481018790526024810186905260448101829052426064820152608401610597565b5f6106e2835f015161177d565b5f818152600d6020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905590915061072488611e0f565b5f898152600a602090815260408083208b84529091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551909150879089907fdb5248fdc763a42b244ed68ed74e7ebe99ce63269a67b8a833bc4174c581d4ae9061079f90869033908c908c90613490565b60405180910390a35f5b8151811015610876577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bedb10198383815181106107f3576107f36134c2565b6020908102919091010151516040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015610855575f5ffd5b505af1158015610867573d5f5f3e3d5ffd5b505050508060010190506107a9565b505050505050505050565b6108896114c8565b6108925f611f19565b565b60035433906001600160a01b031681146108e5576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610597565b6108ee81611f19565b50565b5f6105ef61053783613330565b5f6060805f5f5f606061090f611f4a565b610917611f7a565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6109646114c8565b6108ee81611fa5565b610975612046565b5f828152600960205260409020548181146109cd576040517f0b850c9b000000000000000000000000000000000000000000000000000000008152600481018490526024810183905260448101829052606401610597565b5f6109d88484611c7a565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826040015167ffffffffffffffff16610a159190613436565b905080421015610a68576040517f6df98b03000000000000000000000000000000000000000000000000000000008152600481018690526024810185905260448101829052426064820152608401610597565b81515f610a7487611e0f565b5f888152600a602090815260408083208a8452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660021790559050610ac2866001613436565b5f88815260096020908152604091829020929092558381015160608086015160a087015184519384529483015291810192909252879189917f82726e1f451c5f43307c3a081a790990a4ede53e23da5d013a93b7d5fa8cc6b1910160405180910390a360608201516040517f79535826000000000000000000000000000000000000000000000000000000008152600481018990526024810188905260448101919091526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660648301527f000000000000000000000000000000000000000000000000000000000000000016906379535826906084015f604051808303815f87803b158015610bd9575f5ffd5b505af1158015610beb573d5f5f3e3d5ffd5b50505050604082810151606084015191517f8d022d68000000000000000000000000000000000000000000000000000000008152600481018a905260248101899052604481019190915260648101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638d022d68906084015f604051808303815f87803b158015610c88575f5ffd5b505af1158015610c9a573d5f5f3e3d5ffd5b5050505080515f03610cb0575050505050610f64565b6040517f9884aedd00000000000000000000000000000000000000000000000000000000815260048101889052602481018790525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639884aedd906044016040805180830381865afa158015610d34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d5891906134ef565b5090505f8888604051602001610d78929190918252602082015260400190565b6040516020818303038152906040528051906020012090505f5b8351811015610f5b577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bedb1019858381518110610ddc57610ddc6134c2565b6020908102919091010151516040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015610e3e575f5ffd5b505af1158015610e50573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a2223341858381518110610e9557610e956134c2565b60200260200101515f0151868481518110610eb257610eb26134c2565b60209081029190910181015101516040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b1681526001600160a01b0390921660048301526024820152604481018690526064810185905260840160408051808303815f875af1158015610f2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f5191906134ef565b5050600101610d92565b50505050505050505b610f8d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5050565b610f99612b48565b5f828152600b60209081526040808320600c90925291829020825161014081019093528154606084810191825260018401546080860152600284015460a0860152600384015460c0860152600484015460e086015260058401546101008601526006840180549195928592849284916101208501919061101890613511565b80601f016020809104026020016040519081016040528092919081815260200182805461104490613511565b801561108f5780601f106110665761010080835404028352916020019161108f565b820191905f5260205f20905b81548152906001019060200180831161107257829003601f168201915b505050919092525050508152600791909101546001600160a01b0381166020808401919091527401000000000000000000000000000000000000000090910467ffffffffffffffff166040928301528354825181830281018301909352808352929450909183915f9084015b82821015611142575f848152602090819020604080518082019091526002850290910180546001600160a01b031682526001908101548284015290835290920191016110fb565b50505050905091509150915091565b60605f5f60045f01600460020154600460030154828054806020026020016040519081016040528092919081815260200182805480156111b857602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161119a575b50505050509250925092509250909192565b6111d2612046565b5f6111dd8383612074565b5f858152600b602052604090206007015490925074010000000000000000000000000000000000000000900467ffffffffffffffff16159050611256576040517f9a4999730000000000000000000000000000000000000000000000000000000081526004810184905260248101839052604401610597565b5f6112817f000000000000000000000000000000000000000000000000000000000000000083613436565b9050804210156112d4576040517fe3a3decc000000000000000000000000000000000000000000000000000000008152600481018590526024810184905260448101829052426064820152608401610597565b5f848152600a60209081526040808320868452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166003179055611320836001613436565b5f85815260096020526040808220929092559051849186917f3fd1c85cda6246c06e5680d9888d379fe80d0234f53064ba2f3e3ef7698dfd4b9190a36040517f48435e6e00000000000000000000000000000000000000000000000000000000815260048101859052602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906348435e6e906044015f604051808303815f87803b1580156113db575f5ffd5b505af11580156113ed573d5f5f3e3d5ffd5b505050505050610f8d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6007546001600160a01b0382165f908152600560205260408120549091146105ef565b6114476114c8565b600380546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556114906002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002546001600160a01b03163314610892576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610597565b5f61151d600484846020612275565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a6848460405161155192919061355c565b60405180910390a2505050565b823560208401355f806115718484612074565b91509150804210156115c6576040517fbc2aacbd000000000000000000000000000000000000000000000000000000008152600481018590526024810184905260448101829052426064820152608401610597565b5f6115f17f000000000000000000000000000000000000000000000000000000000000000083613436565b9050804210611643576040517f3b078c39000000000000000000000000000000000000000000000000000000008152600481018690526024810185905260448101829052426064820152608401610597565b5f858152600b602052604090206007015474010000000000000000000000000000000000000000900467ffffffffffffffff16156116b7576040517f9a4999730000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610597565b8260c001518860600135111561170c5760c08301516040517ff5a69db300000000000000000000000000000000000000000000000000000000815260608a013560048201526024810191909152604401610597565b60608801351580159061172157506040880135155b15611762576040517f1658e3cc0000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610597565b61177385858a608001358a8a612434565b5050505050505050565b5f6105ef7f3095a559ceb4f3a9b2d28904ccc159d4575ac6ba028f9db58e7dfffbb441069e835f015184602001518560400151866060015187608001518860a001518960c0015180519060200120604051602001611813989796959493929190978852602088019690965260408701949094526060860192909252608085015260a084015260c083015260e08201526101000190565b6040516020818303038152906040528051906020012061276a565b60038401545f908282805b828110156119a4575f5f6118708a8a8a86818110611859576118596134c2565b905060200281019061186b919061357d565b6127b1565b5090925090505f81600381111561188957611889613144565b146118c3576040517f9e91ee0f00000000000000000000000000000000000000000000000000000000815260048101849052602401610597565b82158015906118e45750836001600160a01b0316826001600160a01b031611155b15611935576040517f98c21d74000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03808616602483015283166044820152606401610597565b6001600160a01b0382165f90815260018c0160205260409020548614611999576040517f011bfb91000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0383166024820152604401610597565b509150600101611839565b5060028801549193508391808310156119f3576040517f9c73b2b60000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610597565b50505050949350505050565b82355f818152600a60209081526040808320828801358452825280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055838352600b90915290208481611a5b828261373f565b50506007810180547fffffffff0000000000000000000000000000000000000000000000000000000016337fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff1617740100000000000000000000000000000000000000004267ffffffffffffffff16021790555f828152600c602052604081209084905b81811015611b315782878783818110611afa57611afa6134c2565b83546001810185555f9485526020909420604090910292909201926002029091019050611b2782826137ee565b5050600101611adf565b506020870135847f63cbb4fc01dd654f6ab004ff1a054a1afcf57365ee0d8b219871a492054975b28a8a8a8a33611b887f000000000000000000000000000000000000000000000000000000000000000042613436565b604051611b9a9695949392919061383b565b60405180910390a35f5b81811015610876577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db236fae888884818110611bed57611bed6134c2565b611c039260206040909202019081019150613000565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015611c59575f5ffd5b505af1158015611c6b573d5f5f3e3d5ffd5b50505050806001019050611ba4565b611c82612b48565b5f838152600b6020526040908190208151610140810190925280546060830190815260018201546080840152600282015460a0840152600382015460c0840152600482015460e08401526005820154610100840152600682018054849291849161012085019190611cf290613511565b80601f0160208091040260200160405190810160405280929190818152602001828054611d1e90613511565b8015611d695780601f10611d4057610100808354040283529160200191611d69565b820191905f5260205f20905b815481529060010190602001808311611d4c57829003601f168201915b505050919092525050508152600791909101546001600160a01b038116602083015267ffffffffffffffff74010000000000000000000000000000000000000000909104811660409283015290820151919250161580611dce57508051602001518214155b156105ef576040517f509f102b0000000000000000000000000000000000000000000000000000000081526004810184905260248101839052604401610597565b6060600c5f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611e88575f848152602090819020604080518082019091526002850290910180546001600160a01b03168252600190810154828401529083529092019101611e41565b5050505f848152600b60205260408120818155600181018290556002810182905560038101829055600481018290556005810182905592935090508181611ed26006830182612ba0565b50505060070180547fffffffff000000000000000000000000000000000000000000000000000000001690555f828152600c60205260408120611f1491612bd7565b919050565b600380547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556108ee816127f8565b6060611f757f0000000000000000000000000000000000000000000000000000000000000000612861565b905090565b6060611f757f0000000000000000000000000000000000000000000000000000000000000000612861565b6001600160a01b038116611fe5576040517fa263512a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600880547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b61204e61289e565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091525f8381526009602052604081205483811461212c576040517f0b850c9b000000000000000000000000000000000000000000000000000000008152600481018690526024810185905260448101829052606401610597565b6040517f1d65e77e000000000000000000000000000000000000000000000000000000008152600481018690527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631d65e77e9060240161018060405180830381865afa1580156121a9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121cd919061397d565b9250826080015163ffffffff16841061222e5760808301516040517f0b850c9b000000000000000000000000000000000000000000000000000000008152600481018790526024810186905263ffffffff9091166044820152606401610597565b604083015167ffffffffffffffff16612248856001613436565b6122529190613a41565b836020015167ffffffffffffffff1661226b9190613436565b9150509250929050565b82515f9083158061228557508084115b8061228f57508281115b156122d0576040517f44d3aac80000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610597565b60038601546122e0906001613436565b600387018190556002870185905591506122fa865f612bf5565b5f5b8181101561242a575f868281518110612317576123176134c2565b602002602001015190505f6001600160a01b0316816001600160a01b03160361236f576040517f30bc4b6a00000000000000000000000000000000000000000000000000000000815260048101839052602401610597565b6001600160a01b0381165f9081526001890160205260409020548490036123cd576040517f9e0267660000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610597565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180547fffffffffffffffffffffffff000000000000000000000000000000000000000016909217909155016122fc565b5050949350505050565b80604081111561247c57604080517f11aaea1e000000000000000000000000000000000000000000000000000000008152610597918391600401918252602082015260400190565b5f83836040516020016124909291906133f6565b6040516020818303038152906040528051906020012090508481146124eb576040517ffa55648c0000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610597565b5f5f5b83811015610876575f868683818110612509576125096134c2565b61251f9260206040909202019081019150613000565b90505f878784818110612534576125346134c2565b905060400201602001359050825f141580156125625750836001600160a01b0316826001600160a01b031611155b156125b3576040517f73e8b4fa000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03808616602483015283166044820152606401610597565b8015806125df57507f000000000000000000000000000000000000000000000000000000000000000081115b1561264e576040517fc50f5a520000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290527f00000000000000000000000000000000000000000000000000000000000000006044820152606401610597565b5f6040517f3c08ff90000000000000000000000000000000000000000000000000000000008152600481018d9052602481018c90526001600160a01b0384811660448301527f00000000000000000000000000000000000000000000000000000000000000001690633c08ff9090606401602060405180830381865afa1580156126da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126fe9190613a58565b600281111561270f5761270f613144565b0361275f576040517fd2f54479000000000000000000000000000000000000000000000000000000008152600481018c9052602481018b90526001600160a01b0383166044820152606401610597565b5091506001016124ee565b5f6105ef6127766128f9565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f808060418490036127e5578435602086013560408701355f1a6127d789828585612a22565b9550955095505050506127ef565b505f915060029050825b93509350939050565b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60605f61286d83612b08565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610892576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561295157507f000000000000000000000000000000000000000000000000000000000000000046145b1561297b57507f000000000000000000000000000000000000000000000000000000000000000090565b611f75604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612a5b57505f91506003905082612afe565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612aac573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116612af557505f925060019150829050612afe565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156105ef576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040518060600160405280612b8d6040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b81525f6020820181905260409091015290565b508054612bac90613511565b5f825580601f10612bbb575050565b601f0160209004905f5260205f20908101906108ee9190612c0c565b5080545f8255600202905f5260205f20908101906108ee9190612c24565b5080545f8255905f5260205f20908101906108ee91905b5b80821115612c20575f8155600101612c0d565b5090565b5b80821115612c205780547fffffffffffffffffffffffff00000000000000000000000000000000000000001681555f6001820155600201612c25565b5f5f83601f840112612c71575f5ffd5b50813567ffffffffffffffff811115612c88575f5ffd5b6020830191508360208260051b8501011115612ca2575f5ffd5b9250929050565b5f5f5f60408486031215612cbb575f5ffd5b833567ffffffffffffffff811115612cd1575f5ffd5b612cdd86828701612c61565b909790965060209590950135949350505050565b5f60208284031215612d01575f5ffd5b5035919050565b5f60e08284031215612d18575f5ffd5b50919050565b5f5f83601f840112612d2e575f5ffd5b50813567ffffffffffffffff811115612d45575f5ffd5b6020830191508360208260061b8501011115612ca2575f5ffd5b5f5f5f5f5f60608688031215612d73575f5ffd5b853567ffffffffffffffff811115612d89575f5ffd5b612d9588828901612d08565b955050602086013567ffffffffffffffff811115612db1575f5ffd5b612dbd88828901612d1e565b909550935050604086013567ffffffffffffffff811115612ddc575f5ffd5b612de888828901612c61565b969995985093965092949392505050565b5f5f60208385031215612e0a575f5ffd5b823567ffffffffffffffff811115612e20575f5ffd5b612e2c85828601612d1e565b90969095509350505050565b5f5f5f5f60608587031215612e4b575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115612e6f575f5ffd5b8501601f81018713612e7f575f5ffd5b803567ffffffffffffffff811115612e95575f5ffd5b876020828401011115612ea6575f5ffd5b949793965060200194505050565b5f60208284031215612ec4575f5ffd5b813567ffffffffffffffff811115612eda575f5ffd5b612ee684828501612d08565b949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612f7460e0830189612eee565b8281036040840152612f868189612eee565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612fdb578351835260209384019390920191600101612fbd565b50909b9a5050505050505050505050565b6001600160a01b03811681146108ee575f5ffd5b5f60208284031215613010575f5ffd5b813561301b81612fec565b9392505050565b5f5f60408385031215613033575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b8281101561308757815180516001600160a01b031687526020908101518188015260409096019590910190600101613054565b5093949350505050565b604081525f835160606040840152805160a0840152602081015160c0840152604081015160e08401526060810151610100840152608081015161012084015260a081015161014084015260c0810151905060e06101608401526130f8610180840182612eee565b9050602085015161311460608501826001600160a01b03169052565b50604085015167ffffffffffffffff166080840152828103602084015261313b8185613042565b95945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60208101600483106131aa577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f8151808452602084019350602083015f5b828110156130875781516001600160a01b03168652602095860195909101906001016131c2565b606081525f6131fb60608301866131b0565b60208301949094525060400152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405160e0810167ffffffffffffffff8111828210171561325d5761325d61320d565b60405290565b604051610180810167ffffffffffffffff8111828210171561325d5761325d61320d565b5f82601f830112613296575f5ffd5b813567ffffffffffffffff8111156132b0576132b061320d565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0908116603f0116810167ffffffffffffffff811182821017156132fd576132fd61320d565b604052818152838201602001851015613314575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60e08236031215613340575f5ffd5b61334861323a565b823581526020808401359082015260408084013590820152606080840135908201526080808401359082015260a0808401359082015260c083013567ffffffffffffffff811115613397575f5ffd5b6133a336828601613287565b60c08301525092915050565b8183526020830192505f815f5b848110156130875781356133cf81612fec565b6001600160a01b0316865260208281013590870152604095860195909101906001016133bc565b602081525f612ee66020830184866133af565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156105ef576105ef613409565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b8481526001600160a01b0384166020820152606060408201525f6134b8606083018486613449565b9695505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f60408385031215613500575f5ffd5b505080516020909101519092909150565b600181811c9082168061352557607f821691505b602082108103612d18577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b604081525f61356e60408301856131b0565b90508260208301529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126135b0575f5ffd5b83018035915067ffffffffffffffff8211156135ca575f5ffd5b602001915036819003821315612ca2575f5ffd5b601f82111561051a57805f5260205f20601f840160051c810160208510156136035750805b601f840160051c820191505b81811015613622575f815560010161360f565b5050505050565b67ffffffffffffffff8311156136415761364161320d565b6136558361364f8354613511565b836135de565b5f601f8411600181146136a5575f851561366f5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355613622565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156136f257868501358255602094850194600190920191016136d2565b508682101561372d577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b813581556020820135600182015560408201356002820155606082013560038201556080820135600482015560a082013560058201555f8060c0840135368590037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe10181126137ac575f5ffd5b84018035915067ffffffffffffffff8211156137c6575f5ffd5b6020019150368190038213156137da575f5ffd5b6137e8818360068601613629565b50505050565b81356137f981612fec565b81547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039190911617815560209190910135600190910155565b86815260a0602080830182905287358284015287013560c080840191909152604088013560e084015260608801356101008401526080880135610120840152908701356101408301525f90870135368890037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe10181126138b9575f5ffd5b870160208101903567ffffffffffffffff8111156138d5575f5ffd5b8036038213156138e3575f5ffd5b60e06101608501526138fa61018085018284613449565b91505082810360408401526139108187896133af565b91505061392860608301856001600160a01b03169052565b826080830152979650505050505050565b8051611f1481612fec565b805167ffffffffffffffff81168114611f14575f5ffd5b805163ffffffff81168114611f14575f5ffd5b80518015158114611f14575f5ffd5b5f61018082840312801561398f575f5ffd5b50613998613263565b6139a183613939565b81526139af60208401613944565b60208201526139c060408401613944565b60408201526139d16060840161395b565b60608201526139e26080840161395b565b60808201526139f360a0840161396e565b60a082015260c0838101519082015260e08084015190820152610100808401519082015261012080840151908201526101408084015190820152610160928301519281019290925250919050565b80820281158282048414176105ef576105ef613409565b5f60208284031215613a68575f5ffd5b81516003811061301b575f5ffdfea264697066735822122030a87e63f6f11b4df7ff116653fae46c28fd38d70f0b643d376142b8701118d664736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 484 },
      { length: 32, start: 597 },
      { length: 32, start: 694 },
      { length: 32, start: 894 },
      { length: 32, start: 1043 },
      { length: 32, start: 1105 },
      { length: 32, start: 1611 },
      { length: 32, start: 1972 },
      { length: 32, start: 2525 },
      { length: 32, start: 2928 },
      { length: 32, start: 2968 },
      { length: 32, start: 3135 },
      { length: 32, start: 3304 },
      { length: 32, start: 3485 },
      { length: 32, start: 3670 },
      { length: 32, start: 4700 },
      { length: 32, start: 5010 },
      { length: 32, start: 5580 },
      { length: 32, start: 7011 },
      { length: 32, start: 7086 },
      { length: 32, start: 8017 },
      { length: 32, start: 8065 },
      { length: 32, start: 8539 },
      { length: 32, start: 9661 },
      { length: 32, start: 9762 },
      { length: 32, start: 9877 },
      { length: 32, start: 10501 },
      { length: 32, start: 10543 },
      { length: 32, start: 10585 },
      { length: 32, start: 10666 },
      { length: 32, start: 10706 },
    ],
  },
} as const
