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
          { name: 'round', internalType: 'uint256', type: 'uint256' },
          { name: 'digest', internalType: 'bytes32', type: 'bytes32' },
          { name: 'rewardsRoot', internalType: 'bytes32', type: 'bytes32' },
          { name: 'totalReward', internalType: 'uint256', type: 'uint256' },
          { name: 'bundleHash', internalType: 'bytes32', type: 'bytes32' },
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
          { name: 'escrow', internalType: 'uint128', type: 'uint128' },
          { name: 'refundable', internalType: 'uint128', type: 'uint128' },
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
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'round', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'settlementTerms',
    outputs: [
      { name: 'end', internalType: 'uint256', type: 'uint256' },
      { name: 'activeRounds', internalType: 'uint256', type: 'uint256' },
      { name: 'rewardPerRound', internalType: 'uint256', type: 'uint256' },
    ],
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
      '0x6101a0604052348015610010575f5ffd5b50604051613cc0380380613cc083398101604081905261002f9161042f565b610038836102db565b336080526001600160a01b03811661006a57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61007381610307565b506001600160a01b03841661009b5760405163d8524de960e01b815260040160405180910390fd5b6127108260a0015161ffff1611156100fc5760a0820151604051630942473160e01b815260606004820152600b60648201526a6d6178536c61736842707360a81b608482015261ffff9091166024820152612710604482015260a401610061565b6127108260c0015161ffff1611156101625760c0820151604051630942473160e01b815260606004820152601060648201526f6d6178436f6d6d697373696f6e42707360801b608482015261ffff9091166024820152612710604482015260a401610061565b5f82608001516001600160401b031683606001516001600160401b031684604001516001600160401b03166101979190610536565b6101a19190610536565b905080835f01516001600160401b031610156101e5578251604051631549e0b160e31b81526001600160401b03909116600482015260248101829052604401610061565b825f01516001600160401b031683602001516001600160401b0316101561025f5760208301518351604051630942473160e01b815260606004820152600f60648201526e636f6d6d697373696f6e44656c617960881b60848201526001600160401b0392831660248201529116604482015260a401610061565b6001600160a01b03851660a090815283516001600160401b0390811660c09081526020860151821660e052604086015182166101005260608601518216610120526080860151909116610140529084015161ffff908116610160529084015116610180526001600b556102d182610323565b505050505061055b565b5f6001600160a01b0382166103035760405163d8524de960e01b815260040160405180910390fd5b5090565b600280546001600160a01b031916905561032081610393565b50565b6001600160a01b03811661034a5760405163d8524de960e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b600180546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381168114610320575f5ffd5b8051610403816103e4565b919050565b80516001600160401b0381168114610403575f5ffd5b805161ffff81168114610403575f5ffd5b5f5f5f5f848603610140811215610444575f5ffd5b855161044f816103e4565b6020870151909550610460816103e4565b935060e0603f1982011215610473575f5ffd5b5060405160e081016001600160401b03811182821017156104a257634e487b7160e01b5f52604160045260245ffd5b80604052506104b360408701610408565b81526104c160608701610408565b60208201526104d260808701610408565b60408201526104e360a08701610408565b60608201526104f460c08701610408565b608082015261050560e0870161041e565b60a0820152610517610100870161041e565b60c0820152915061052b61012086016103f8565b905092959194509250565b8082018082111561055557634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051610120516101405161016051610180516136ac6106145f395f818161082101528181611de60152611e3b01525f81816103ba0152818161188701526118dc01525f61077501525f6107c301525f61036b01525f818161074e0152610a9d01525f818161079c0152610ef201525f81816108580152818161111d015281816117a001528181611aa40152611ff501525f81816106330152818161128d01526112e801526136ac5ff3fe608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c806379ba509711610192578063c1b8411a116100e8578063da80535511610093578063e62977f81161006e578063e62977f81461081c578063f2fde38b14610843578063fc0c546a14610856575f5ffd5b8063da805355146107e5578063db236fae146107f8578063e30c39781461080b575f5ffd5b8063d62aad29116100c3578063d62aad2914610770578063d9a912ec14610797578063d9e39f2c146107be575f5ffd5b8063c1b8411a1461062e578063c58343ef14610655578063c84b197814610749575f5ffd5b806399c4335d11610148578063adc9772e11610123578063adc9772e146105e0578063bedb1019146105f3578063bf6b874e14610606575f5ffd5b806399c4335d14610596578063a22233411461059e578063acf09912146105b1575f5ffd5b80638f4e6f37116101785780638f4e6f371461055d578063983d95ce14610570578063997db02d14610583575f5ffd5b806379ba5097146105445780638da5cb5b1461054c575f5ffd5b806350603df3116102475780636a84a985116101fd578063715018a6116101d8578063715018a61461051657806373d6a8891461051e578063750521f514610531575f5ffd5b80636a84a985146104c05780636d70f7ae146104c8578063710ba63114610503575f5ffd5b80635fdd8b121161022d5780635fdd8b121461047257806362ee8f1e1461049a578063661f4792146104ad575f5ffd5b806350603df31461043b578063511606301461044e575f5ffd5b806331440f55116102a75780633a0d6881116102825780633a0d6881146104025780633d3185be146104155780634262336014610428575f5ffd5b806331440f55146103b5578063355e6b43146103dc5780633999b636146103ef575f5ffd5b80630aaa4548116102d75780630aaa45481461036657806326409c8e1461038d5780632dd5567a146103a2575f5ffd5b80630726347e146102f25780630a7292f514610353575b5f5ffd5b61034061030036600461320b565b6001600160a01b03165f9081526004602052604090205461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1690565b6040519081526020015b60405180910390f35b610340610361366004613224565b61087c565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103a061039b366004613293565b6108a8565b005b6103406103b03660046132db565b6109cd565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103a06103ea366004613315565b610a32565b6103406103fd36600461332c565b610b4d565b610340610410366004613315565b610b6e565b6103a061042336600461320b565b610ba7565b61034061043636600461320b565b610bbb565b61034061044936600461332c565b610bfd565b5f546001600160a01b03165b6040516001600160a01b03909116815260200161034a565b61048561048036600461320b565b610c4f565b6040805192835260208301919091520161034a565b6103406104a836600461332c565b610c7b565b6103406104bb36600461320b565b610ccd565b600b54610340565b6104f36104d636600461320b565b6001600160a01b03165f9081526004602052604090205460ff1690565b604051901515815260200161034a565b61034061051136600461332c565b610cee565b6103a06110a8565b61034061052c366004613354565b6110bb565b6103a061053f3660046133af565b611197565b6103a0611228565b6001546001600160a01b031661045a565b6103a061056b36600461320b565b611282565b61034061057e3660046133ee565b611404565b61034061059136600461332c565b6117d0565b610340606481565b6104856105ac36600461345f565b611835565b6104856105bf36600461320b565b6001600160a01b03165f908152600760205260409020600181015490549091565b6103406105ee36600461332c565b611ae2565b6103a061060136600461320b565b611b00565b61034061061436600461320b565b6001600160a01b03165f9081526006602052604090205490565b61045a7f000000000000000000000000000000000000000000000000000000000000000081565b6106f6610663366004613315565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600a6020908152604091829020825160808101845281546001600160a01b0390811682526001830154908116938201939093527401000000000000000000000000000000000000000090920467ffffffffffffffff1692820192909252600290910154606082015290565b60405161034a91905f6080820190506001600160a01b0383511682526001600160a01b03602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b60035461045a906001600160a01b031681565b6103a061080636600461320b565b611c5d565b6002546001600160a01b031661045a565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103a061085136600461320b565b611d5b565b7f000000000000000000000000000000000000000000000000000000000000000061045a565b6001600160a01b038083165f908152600860209081526040808320938516835292905220545b92915050565b335f9081526004602052604090205460ff16156108f8576040517f2b8c490d0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b61090183611de4565b335f90815260046020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556005909152902061094d908442611e67565b336001600160a01b03167fdbfa5774636d1a3f274d2025a6edd04bd9659958bfc4cfe6370ae24f9ac1281884848460405161098a939291906134dc565b60405180910390a260405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020015b60405180910390a2505050565b5f6109d6611e82565b6001600160a01b038316610a16576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a21848484611eb7565b9050610a2b612150565b9392505050565b335f9081526004602052604090205460ff16610a7c576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b610a8581611de4565b335f9081526005602052604081208190610ac19084427f000000000000000000000000000000000000000000000000000000000000000061217a565b90925090505f826001811115610ad957610ad96134f5565b03610b105760405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020016109c0565b604080518481526020810183905233917f2635f3c89b4fcfcecd45b6086299983f1ee22ea00adc8be26dd8ff5df8add4cb91016109c0565b505050565b6001600160a01b0382165f908152600560205260408120610a2b9083612300565b5f818152600a60209081526040808320600281015460018201546001600160a01b0316855260079093529083209091610a2b919061237c565b610baf61238f565b610bb8816123d5565b50565b6001600160a01b0381165f908152600960205260408120610bdb90612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1692915050565b6001600160a01b0382165f9081526006602090815260408083205460099092528220610a2b918491610c2e90612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff166124d0565b6001600160a01b0381165f9081526005602052604081208190610c7290426124fa565b91509150915091565b6001600160a01b0382165f9081526006602090815260408083205460099092528220610a2b918491610cac90612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1661256e565b6001600160a01b0381165f9081526005602052604081206108a29042612300565b5f610cf7611e82565b815f03610d30576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f90815260086020908152604080832033845290915290205480831115610dac576040517ffc41b9b70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015233602482015260448101829052606481018490526084016108ef565b6001600160a01b0384165f9081526006602090815260408083205460099092528220909190610dda90612476565b6001600160a01b0387165f90815260076020526040812079ffffffffffffffffffffffffffffffffffffffffffffffffffff929092169250610e1d8785856124d0565b90505f610e2a838361258b565b9050805f03610e77576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b038a166004820152602481018390526044016108ef565b878603610e84898761354f565b9550610e90838661354f565b6001600160a01b038b165f818152600860209081526040808320338452825280832086905592825260069052208790559450610ecd84848461259e565b610ed78a866125d4565b600b8054905f610ee683613562565b9091555097505f610f177f000000000000000000000000000000000000000000000000000000000000000042613599565b604080516080810182523381526001600160a01b038e1660208201529192508101610f418361260d565b67ffffffffffffffff908116825260209182018690525f8c8152600a8352604090819020845181547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0391821617825585850151600183018054888601519284167fffffffff00000000000000000000000000000000000000000000000000000000909116177401000000000000000000000000000000000000000092909616919091029490941790935560609485015160029091015580518681529283018b905282018990523392908e16917f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f910160405180910390a3604080518b8152602081018690529081018490526060810182905233906001600160a01b038d16908b907f9acae80af42d3e13ed79a8f1b5febdf5d288dae1d3d6de049483a22d9416bc469060800160405180910390a450505050505050506108a2612150565b6110b061238f565b6110b95f612660565b565b5f6110c4611e82565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018790526064810186905260ff8516608482015260a4810184905260c481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015611166575f5ffd5b505af1925050508015611177575060015b50611183873388611eb7565b905061118d612150565b9695505050505050565b335f9081526004602052604090205460ff166111e1576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b336001600160a01b03167fa5680602ef604664f84fa8010333d1ebf8278f05f54b2eef618af3cf16c9395b838360405161121c9291906135ac565b60405180910390a25050565b60025433906001600160a01b03168114611279576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108ef565b610bb881612660565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611315576040517f8ae4eb390000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044016108ef565b5f546001600160a01b031615611365575f546040517f16b19d9b0000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016108ef565b6001600160a01b0381166113a5576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f61140d611e82565b815f819003611448576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b606481111561148d576040517f6ce7455f00000000000000000000000000000000000000000000000000000000815260048101829052606460248201526044016108ef565b5f5b8181101561178c575f8585838181106114aa576114aa6135bf565b602090810292909201355f818152600a90935260409092208054929350916001600160a01b031690508061150d576040517f96b910b2000000000000000000000000000000000000000000000000000000008152600481018490526024016108ef565b6001600160a01b0381163314611567576040517f7e234d81000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03821660248201523360448201526064016108ef565b600182015474010000000000000000000000000000000000000000900467ffffffffffffffff164210156115fd5760018201546040517fc15b7268000000000000000000000000000000000000000000000000000000008152600481018590527401000000000000000000000000000000000000000090910467ffffffffffffffff1660248201524260448201526064016108ef565b60018201546001600160a01b03165f8181526004602052604090205461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff168015611689576040517f8314f4730000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290526044016108ef565b6001600160a01b0382165f908152600760205260408120600286015490916116b1838361237c565b90506116be838383612691565b5f888152600a6020526040812080547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556001810180547fffffffff0000000000000000000000000000000000000000000000000000000016905560020155611729818c613599565b9a50336001600160a01b0316856001600160a01b0316897fe5df19de43c8c04fd192bc68e484b2593570925fbb6ad8c07ccafbc2aa5c37a18460405161177191815260200190565b60405180910390a4505050505050505080600101905061148f565b5081156117c7576117c76001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846126bd565b506108a2612150565b5f8065ffffffffffff83116117e557826117ed565b65ffffffffffff5b6001600160a01b0385165f908152600960205260409020909150611811908261270b565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b5f805481906001600160a01b0316331461187d576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b611885611e82565b7f0000000000000000000000000000000000000000000000000000000000000000851115611908576040517f9fa76162000000000000000000000000000000000000000000000000000000008152600481018690527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108ef565b4284111561194b576040517fb4c21ee8000000000000000000000000000000000000000000000000000000008152600481018590524260248201526044016108ef565b6001600160a01b0386165f9081526009602052604081209061197661196f876127c4565b839061270b565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690505f6119a48289612710600161280f565b90505f6119b084612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690506119fb8160075f8d6001600160a01b03166001600160a01b031681526020019081526020015f208461285a565b90965094508515611a1957611a198a611a14888461354f565b6125d4565b600354604080518b8152602081018b905290810185905260608101889052608081018790526001600160a01b0391821660a08201819052918991908d16907f5b774dca1e448c648d127eba0cb63588afbec24325820d3d5b587f92c002f43d9060c00160405180910390a35f611a8f8789613599565b90508015611acb57611acb6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836126bd565b505050505050611ad9612150565b94509492505050565b5f611aeb611e82565b611af6833384611eb7565b90506108a2612150565b5f546001600160a01b03163314611b45576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b6001600160a01b0381165f908152600460205260408120805490916101009091047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1690819003611bcc576040517f0a4127cf0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108ef565b815460ff166101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff929092017effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8116929092021782556040518181526001600160a01b038416907f655840b62977a765ff91b85dad90f2c255ae49595a39ec8c81a179de0270c6bd906020016109c0565b5f546001600160a01b03163314611ca2576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b6001600160a01b0381165f9081526004602052604081208054909190611cef9061010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff166001613599565b825460ff166101007effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8316021783556040518181529091506001600160a01b038416907f9f4382aea18c6a1c0e135965c444ed7c44e5b7fda53f7fff3a038b3fa34afd7f906020016109c0565b611d6361238f565b600280546001600160a01b0383167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611dac6001546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b7f0000000000000000000000000000000000000000000000000000000000000000811115610bb8576040517f69b6d378000000000000000000000000000000000000000000000000000000008152600481018290527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108ef565b611e7b611e73826128ad565b8490846128ce565b5050505050565b611e8a6128e8565b6110b960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612941565b6001600160a01b0383165f9081526004602052604081205460ff16611f13576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108ef565b815f03611f4c576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0384165f9081526006602090815260408083205460099092528220909190611f7a90612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169050611fa384838361256e565b9250825f03611ff0576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602481018590526044016108ef565b61201b7f00000000000000000000000000000000000000000000000000000000000000003386612948565b6120258383613599565b91506120318482613599565b6001600160a01b038088165f90815260066020908152604080832087905560088252808320938a1683529290529081205491925090612071908590613599565b6001600160a01b038089165f908152600860209081526040808320938b1683529290522081905590506120a487836125d4565b60408051338152602081018790529081018590526001600160a01b0380881691908916907f2adfdcbeab2f37c13101fc8d345f8ac16dbf5529b4ea9cd9fcf7e588f9b29dbc9060600160405180910390a360408051828152602081018590529081018390526001600160a01b0380881691908916907f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f9060600160405180910390a35050509392505050565b6110b95f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611eb1565b5f5f6121868685612ab2565b5f61219087612476565b600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff9190911691507a010000000000000000000000000000000000000000000000000000900465ffffffffffff161515818710806121f3575081871480156121f35750805b156122215761220c612204876128ad565b8990896128ce565b50505f60018901555f86935093505050611ad9565b8187148061225657508080156122565750600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1687145b15612290576040517fe094c5cc000000000000000000000000000000000000000000000000000000008152600481018890526024016108ef565b5f6122a361229e8789613599565b6128ad565b65ffffffffffff167a010000000000000000000000000000000000000000000000000000810279ffffffffffffffffffffffffffffffffffffffffffffffffffff8a16176001808c01919091559550935050505094509492505050565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801580159061233c5750808310155b15612369575050600182015479ffffffffffffffffffffffffffffffffffffffffffffffffffff166108a2565b611811612375846128ad565b859061270b565b5f610a2b82845f015485600101546124d0565b6001546001600160a01b031633146110b9576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b6001600160a01b038116612415576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b80545f9080156124c85761249c8361248f60018461354f565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610a2b565b5f9392505050565b5f6124f2846124e0600185613599565b6124ed620f424087613599565b612b34565b949350505050565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015806125345750808310155b1561254357505f905080612567565b600184015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1691505b9250929050565b5f6124f284612580620f424086613599565b6124ed600186613599565b5f610a2b82845f0154856001015461256e565b80835f015f8282546125b09190613599565b9250508190555081836001015f8282546125ca9190613599565b9091555050505050565b6126076125e0426127c4565b6125e983612be4565b6001600160a01b0385165f90815260096020526040902091906128ce565b50505050565b5f67ffffffffffffffff82111561265c57604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016108ef565b5090565b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610bb881612c43565b81835f015f8282546126a3919061354f565b9250508190555080836001015f8282546125ca919061354f565b6126ca8383836001612cac565b610b48576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108ef565b81545f9081816005811115612767575f61272484612d27565b61272e908561354f565b5f8881526020902090915081015465ffffffffffff908116908716101561275757809150612765565b612762816001613599565b92505b505b5f61277487878585612e8c565b905080156127b75761278b8761248f60018461354f565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff166127b9565b5f5b979650505050505050565b5f65ffffffffffff82111561265c576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016108ef565b5f61283c61281c83612ee2565b801561283757505f8480612832576128326135ec565b868809115b151590565b612847868686612b34565b6128519190613599565b95945050505050565b60018201545f9081908161286e8288613599565b9050808510612884578693509091508190612899565b612891858883600161280f565b935083850392505b508190036001909401939093559391925050565b5f65ffffffffffff82116128c157816108a2565b65ffffffffffff92915050565b5f806128db858585612f0e565b915091505b935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156110b9576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156129a5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129c99190613619565b90506129e06001600160a01b0385168430856130cf565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa158015612a3f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a639190613619565b612a6d919061354f565b9050828114611e7b576040517fff3b636000000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016108ef565b60018201547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015801590612af457508065ffffffffffff168210155b15610b48576001830154612b27908490839079ffffffffffffffffffffffffffffffffffffffffffffffffffff166128ce565b50505f6001840155505050565b5f5f5f612b41868661311e565b91509150815f03612b6557838181612b5b57612b5b6135ec565b0492505050610a2b565b818411612b7c57612b7c6003851502601118613159565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff82111561265c576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d06004820152602481018390526044016108ef565b600180546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612d1b578383151615612d0f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60018211612d34575090565b8160017001000000000000000000000000000000008210612d5a5760809190911c9060401b5b680100000000000000008210612d755760409190911c9060201b5b6401000000008210612d8c5760209190911c9060101b5b620100008210612da15760109190911c9060081b5b6101008210612db55760089190911c9060041b5b60108210612dc85760049190911c9060021b5b60048210612dd45760011b5b600302600190811c90818581612dec57612dec6135ec565b048201901c90506001818581612e0457612e046135ec565b048201901c90506001818581612e1c57612e1c6135ec565b048201901c90506001818581612e3457612e346135ec565b048201901c90506001818581612e4c57612e4c6135ec565b048201901c90506001818581612e6457612e646135ec565b048201901c9050612e83818581612e7d57612e7d6135ec565b04821190565b90039392505050565b5f5b81831015612eda575f85815260209020838316600285851804019081015465ffffffffffff86811691161115612ec657809250612ed4565b612ed1816001613599565b93505b50612e8e565b509392505050565b5f6002826003811115612ef757612ef76134f5565b612f019190613630565b60ff166001149050919050565b82545f908190801561305f575f612f2a8761248f60018561354f565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612f9c576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612feb57825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355613051565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506128e092505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816128e0565b6130dd84848484600161316a565b612607576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108ef565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166131df5783831516156131d3573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114613206575f5ffd5b919050565b5f6020828403121561321b575f5ffd5b610a2b826131f0565b5f5f60408385031215613235575f5ffd5b61323e836131f0565b915061324c602084016131f0565b90509250929050565b5f5f83601f840112613265575f5ffd5b50813567ffffffffffffffff81111561327c575f5ffd5b602083019150836020828501011115612567575f5ffd5b5f5f5f604084860312156132a5575f5ffd5b83359250602084013567ffffffffffffffff8111156132c2575f5ffd5b6132ce86828701613255565b9497909650939450505050565b5f5f5f606084860312156132ed575f5ffd5b6132f6846131f0565b9250613304602085016131f0565b929592945050506040919091013590565b5f60208284031215613325575f5ffd5b5035919050565b5f5f6040838503121561333d575f5ffd5b613346836131f0565b946020939093013593505050565b5f5f5f5f5f5f60c08789031215613369575f5ffd5b613372876131f0565b95506020870135945060408701359350606087013560ff81168114613395575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f602083850312156133c0575f5ffd5b823567ffffffffffffffff8111156133d6575f5ffd5b6133e285828601613255565b90969095509350505050565b5f5f602083850312156133ff575f5ffd5b823567ffffffffffffffff811115613415575f5ffd5b8301601f81018513613425575f5ffd5b803567ffffffffffffffff81111561343b575f5ffd5b8560208260051b840101111561344f575f5ffd5b6020919091019590945092505050565b5f5f5f5f60808587031215613472575f5ffd5b61347b856131f0565b966020860135965060408601359560600135945092505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f612851604083018486613495565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156108a2576108a2613522565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361359257613592613522565b5060010190565b808201808211156108a2576108a2613522565b602081525f6124f2602083018486613495565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f60208284031215613629575f5ffd5b5051919050565b5f60ff831680613667577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8060ff8416069150509291505056fea2646970667358221220c9cdaab49f040ec2bd004c67943d7e2e0f9bb7ef64ae32ab37e0241413adf5d264736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c806379ba509711610192578063c1b8411a116100e8578063da80535511610093578063e62977f81161006e578063e62977f81461081c578063f2fde38b14610843578063fc0c546a14610856575f5ffd5b8063da805355146107e5578063db236fae146107f8578063e30c39781461080b575f5ffd5b8063d62aad29116100c3578063d62aad2914610770578063d9a912ec14610797578063d9e39f2c146107be575f5ffd5b8063c1b8411a1461062e578063c58343ef14610655578063c84b197814610749575f5ffd5b806399c4335d11610148578063adc9772e11610123578063adc9772e146105e0578063bedb1019146105f3578063bf6b874e14610606575f5ffd5b806399c4335d14610596578063a22233411461059e578063acf09912146105b1575f5ffd5b80638f4e6f37116101785780638f4e6f371461055d578063983d95ce14610570578063997db02d14610583575f5ffd5b806379ba5097146105445780638da5cb5b1461054c575f5ffd5b806350603df3116102475780636a84a985116101fd578063715018a6116101d8578063715018a61461051657806373d6a8891461051e578063750521f514610531575f5ffd5b80636a84a985146104c05780636d70f7ae146104c8578063710ba63114610503575f5ffd5b80635fdd8b121161022d5780635fdd8b121461047257806362ee8f1e1461049a578063661f4792146104ad575f5ffd5b806350603df31461043b578063511606301461044e575f5ffd5b806331440f55116102a75780633a0d6881116102825780633a0d6881146104025780633d3185be146104155780634262336014610428575f5ffd5b806331440f55146103b5578063355e6b43146103dc5780633999b636146103ef575f5ffd5b80630aaa4548116102d75780630aaa45481461036657806326409c8e1461038d5780632dd5567a146103a2575f5ffd5b80630726347e146102f25780630a7292f514610353575b5f5ffd5b61034061030036600461320b565b6001600160a01b03165f9081526004602052604090205461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1690565b6040519081526020015b60405180910390f35b610340610361366004613224565b61087c565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103a061039b366004613293565b6108a8565b005b6103406103b03660046132db565b6109cd565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103a06103ea366004613315565b610a32565b6103406103fd36600461332c565b610b4d565b610340610410366004613315565b610b6e565b6103a061042336600461320b565b610ba7565b61034061043636600461320b565b610bbb565b61034061044936600461332c565b610bfd565b5f546001600160a01b03165b6040516001600160a01b03909116815260200161034a565b61048561048036600461320b565b610c4f565b6040805192835260208301919091520161034a565b6103406104a836600461332c565b610c7b565b6103406104bb36600461320b565b610ccd565b600b54610340565b6104f36104d636600461320b565b6001600160a01b03165f9081526004602052604090205460ff1690565b604051901515815260200161034a565b61034061051136600461332c565b610cee565b6103a06110a8565b61034061052c366004613354565b6110bb565b6103a061053f3660046133af565b611197565b6103a0611228565b6001546001600160a01b031661045a565b6103a061056b36600461320b565b611282565b61034061057e3660046133ee565b611404565b61034061059136600461332c565b6117d0565b610340606481565b6104856105ac36600461345f565b611835565b6104856105bf36600461320b565b6001600160a01b03165f908152600760205260409020600181015490549091565b6103406105ee36600461332c565b611ae2565b6103a061060136600461320b565b611b00565b61034061061436600461320b565b6001600160a01b03165f9081526006602052604090205490565b61045a7f000000000000000000000000000000000000000000000000000000000000000081565b6106f6610663366004613315565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600a6020908152604091829020825160808101845281546001600160a01b0390811682526001830154908116938201939093527401000000000000000000000000000000000000000090920467ffffffffffffffff1692820192909252600290910154606082015290565b60405161034a91905f6080820190506001600160a01b0383511682526001600160a01b03602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b60035461045a906001600160a01b031681565b6103a061080636600461320b565b611c5d565b6002546001600160a01b031661045a565b6103407f000000000000000000000000000000000000000000000000000000000000000081565b6103a061085136600461320b565b611d5b565b7f000000000000000000000000000000000000000000000000000000000000000061045a565b6001600160a01b038083165f908152600860209081526040808320938516835292905220545b92915050565b335f9081526004602052604090205460ff16156108f8576040517f2b8c490d0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b61090183611de4565b335f90815260046020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556005909152902061094d908442611e67565b336001600160a01b03167fdbfa5774636d1a3f274d2025a6edd04bd9659958bfc4cfe6370ae24f9ac1281884848460405161098a939291906134dc565b60405180910390a260405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020015b60405180910390a2505050565b5f6109d6611e82565b6001600160a01b038316610a16576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a21848484611eb7565b9050610a2b612150565b9392505050565b335f9081526004602052604090205460ff16610a7c576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b610a8581611de4565b335f9081526005602052604081208190610ac19084427f000000000000000000000000000000000000000000000000000000000000000061217a565b90925090505f826001811115610ad957610ad96134f5565b03610b105760405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020016109c0565b604080518481526020810183905233917f2635f3c89b4fcfcecd45b6086299983f1ee22ea00adc8be26dd8ff5df8add4cb91016109c0565b505050565b6001600160a01b0382165f908152600560205260408120610a2b9083612300565b5f818152600a60209081526040808320600281015460018201546001600160a01b0316855260079093529083209091610a2b919061237c565b610baf61238f565b610bb8816123d5565b50565b6001600160a01b0381165f908152600960205260408120610bdb90612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1692915050565b6001600160a01b0382165f9081526006602090815260408083205460099092528220610a2b918491610c2e90612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff166124d0565b6001600160a01b0381165f9081526005602052604081208190610c7290426124fa565b91509150915091565b6001600160a01b0382165f9081526006602090815260408083205460099092528220610a2b918491610cac90612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1661256e565b6001600160a01b0381165f9081526005602052604081206108a29042612300565b5f610cf7611e82565b815f03610d30576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f90815260086020908152604080832033845290915290205480831115610dac576040517ffc41b9b70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015233602482015260448101829052606481018490526084016108ef565b6001600160a01b0384165f9081526006602090815260408083205460099092528220909190610dda90612476565b6001600160a01b0387165f90815260076020526040812079ffffffffffffffffffffffffffffffffffffffffffffffffffff929092169250610e1d8785856124d0565b90505f610e2a838361258b565b9050805f03610e77576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b038a166004820152602481018390526044016108ef565b878603610e84898761354f565b9550610e90838661354f565b6001600160a01b038b165f818152600860209081526040808320338452825280832086905592825260069052208790559450610ecd84848461259e565b610ed78a866125d4565b600b8054905f610ee683613562565b9091555097505f610f177f000000000000000000000000000000000000000000000000000000000000000042613599565b604080516080810182523381526001600160a01b038e1660208201529192508101610f418361260d565b67ffffffffffffffff908116825260209182018690525f8c8152600a8352604090819020845181547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0391821617825585850151600183018054888601519284167fffffffff00000000000000000000000000000000000000000000000000000000909116177401000000000000000000000000000000000000000092909616919091029490941790935560609485015160029091015580518681529283018b905282018990523392908e16917f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f910160405180910390a3604080518b8152602081018690529081018490526060810182905233906001600160a01b038d16908b907f9acae80af42d3e13ed79a8f1b5febdf5d288dae1d3d6de049483a22d9416bc469060800160405180910390a450505050505050506108a2612150565b6110b061238f565b6110b95f612660565b565b5f6110c4611e82565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018790526064810186905260ff8516608482015260a4810184905260c481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015611166575f5ffd5b505af1925050508015611177575060015b50611183873388611eb7565b905061118d612150565b9695505050505050565b335f9081526004602052604090205460ff166111e1576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b336001600160a01b03167fa5680602ef604664f84fa8010333d1ebf8278f05f54b2eef618af3cf16c9395b838360405161121c9291906135ac565b60405180910390a25050565b60025433906001600160a01b03168114611279576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108ef565b610bb881612660565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611315576040517f8ae4eb390000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044016108ef565b5f546001600160a01b031615611365575f546040517f16b19d9b0000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016108ef565b6001600160a01b0381166113a5576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f61140d611e82565b815f819003611448576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b606481111561148d576040517f6ce7455f00000000000000000000000000000000000000000000000000000000815260048101829052606460248201526044016108ef565b5f5b8181101561178c575f8585838181106114aa576114aa6135bf565b602090810292909201355f818152600a90935260409092208054929350916001600160a01b031690508061150d576040517f96b910b2000000000000000000000000000000000000000000000000000000008152600481018490526024016108ef565b6001600160a01b0381163314611567576040517f7e234d81000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03821660248201523360448201526064016108ef565b600182015474010000000000000000000000000000000000000000900467ffffffffffffffff164210156115fd5760018201546040517fc15b7268000000000000000000000000000000000000000000000000000000008152600481018590527401000000000000000000000000000000000000000090910467ffffffffffffffff1660248201524260448201526064016108ef565b60018201546001600160a01b03165f8181526004602052604090205461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff168015611689576040517f8314f4730000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290526044016108ef565b6001600160a01b0382165f908152600760205260408120600286015490916116b1838361237c565b90506116be838383612691565b5f888152600a6020526040812080547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556001810180547fffffffff0000000000000000000000000000000000000000000000000000000016905560020155611729818c613599565b9a50336001600160a01b0316856001600160a01b0316897fe5df19de43c8c04fd192bc68e484b2593570925fbb6ad8c07ccafbc2aa5c37a18460405161177191815260200190565b60405180910390a4505050505050505080600101905061148f565b5081156117c7576117c76001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846126bd565b506108a2612150565b5f8065ffffffffffff83116117e557826117ed565b65ffffffffffff5b6001600160a01b0385165f908152600960205260409020909150611811908261270b565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b5f805481906001600160a01b0316331461187d576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b611885611e82565b7f0000000000000000000000000000000000000000000000000000000000000000851115611908576040517f9fa76162000000000000000000000000000000000000000000000000000000008152600481018690527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108ef565b4284111561194b576040517fb4c21ee8000000000000000000000000000000000000000000000000000000008152600481018590524260248201526044016108ef565b6001600160a01b0386165f9081526009602052604081209061197661196f876127c4565b839061270b565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690505f6119a48289612710600161280f565b90505f6119b084612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1690506119fb8160075f8d6001600160a01b03166001600160a01b031681526020019081526020015f208461285a565b90965094508515611a1957611a198a611a14888461354f565b6125d4565b600354604080518b8152602081018b905290810185905260608101889052608081018790526001600160a01b0391821660a08201819052918991908d16907f5b774dca1e448c648d127eba0cb63588afbec24325820d3d5b587f92c002f43d9060c00160405180910390a35f611a8f8789613599565b90508015611acb57611acb6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836126bd565b505050505050611ad9612150565b94509492505050565b5f611aeb611e82565b611af6833384611eb7565b90506108a2612150565b5f546001600160a01b03163314611b45576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b6001600160a01b0381165f908152600460205260408120805490916101009091047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1690819003611bcc576040517f0a4127cf0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108ef565b815460ff166101007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff929092017effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8116929092021782556040518181526001600160a01b038416907f655840b62977a765ff91b85dad90f2c255ae49595a39ec8c81a179de0270c6bd906020016109c0565b5f546001600160a01b03163314611ca2576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b6001600160a01b0381165f9081526004602052604081208054909190611cef9061010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff166001613599565b825460ff166101007effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8316021783556040518181529091506001600160a01b038416907f9f4382aea18c6a1c0e135965c444ed7c44e5b7fda53f7fff3a038b3fa34afd7f906020016109c0565b611d6361238f565b600280546001600160a01b0383167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611dac6001546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b7f0000000000000000000000000000000000000000000000000000000000000000811115610bb8576040517f69b6d378000000000000000000000000000000000000000000000000000000008152600481018290527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108ef565b611e7b611e73826128ad565b8490846128ce565b5050505050565b611e8a6128e8565b6110b960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612941565b6001600160a01b0383165f9081526004602052604081205460ff16611f13576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108ef565b815f03611f4c576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0384165f9081526006602090815260408083205460099092528220909190611f7a90612476565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff169050611fa384838361256e565b9250825f03611ff0576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602481018590526044016108ef565b61201b7f00000000000000000000000000000000000000000000000000000000000000003386612948565b6120258383613599565b91506120318482613599565b6001600160a01b038088165f90815260066020908152604080832087905560088252808320938a1683529290529081205491925090612071908590613599565b6001600160a01b038089165f908152600860209081526040808320938b1683529290522081905590506120a487836125d4565b60408051338152602081018790529081018590526001600160a01b0380881691908916907f2adfdcbeab2f37c13101fc8d345f8ac16dbf5529b4ea9cd9fcf7e588f9b29dbc9060600160405180910390a360408051828152602081018590529081018390526001600160a01b0380881691908916907f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f9060600160405180910390a35050509392505050565b6110b95f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611eb1565b5f5f6121868685612ab2565b5f61219087612476565b600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff9190911691507a010000000000000000000000000000000000000000000000000000900465ffffffffffff161515818710806121f3575081871480156121f35750805b156122215761220c612204876128ad565b8990896128ce565b50505f60018901555f86935093505050611ad9565b8187148061225657508080156122565750600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1687145b15612290576040517fe094c5cc000000000000000000000000000000000000000000000000000000008152600481018890526024016108ef565b5f6122a361229e8789613599565b6128ad565b65ffffffffffff167a010000000000000000000000000000000000000000000000000000810279ffffffffffffffffffffffffffffffffffffffffffffffffffff8a16176001808c01919091559550935050505094509492505050565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801580159061233c5750808310155b15612369575050600182015479ffffffffffffffffffffffffffffffffffffffffffffffffffff166108a2565b611811612375846128ad565b859061270b565b5f610a2b82845f015485600101546124d0565b6001546001600160a01b031633146110b9576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108ef565b6001600160a01b038116612415576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b80545f9080156124c85761249c8361248f60018461354f565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610a2b565b5f9392505050565b5f6124f2846124e0600185613599565b6124ed620f424087613599565b612b34565b949350505050565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015806125345750808310155b1561254357505f905080612567565b600184015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1691505b9250929050565b5f6124f284612580620f424086613599565b6124ed600186613599565b5f610a2b82845f0154856001015461256e565b80835f015f8282546125b09190613599565b9250508190555081836001015f8282546125ca9190613599565b9091555050505050565b6126076125e0426127c4565b6125e983612be4565b6001600160a01b0385165f90815260096020526040902091906128ce565b50505050565b5f67ffffffffffffffff82111561265c57604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016108ef565b5090565b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610bb881612c43565b81835f015f8282546126a3919061354f565b9250508190555080836001015f8282546125ca919061354f565b6126ca8383836001612cac565b610b48576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108ef565b81545f9081816005811115612767575f61272484612d27565b61272e908561354f565b5f8881526020902090915081015465ffffffffffff908116908716101561275757809150612765565b612762816001613599565b92505b505b5f61277487878585612e8c565b905080156127b75761278b8761248f60018461354f565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff166127b9565b5f5b979650505050505050565b5f65ffffffffffff82111561265c576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016108ef565b5f61283c61281c83612ee2565b801561283757505f8480612832576128326135ec565b868809115b151590565b612847868686612b34565b6128519190613599565b95945050505050565b60018201545f9081908161286e8288613599565b9050808510612884578693509091508190612899565b612891858883600161280f565b935083850392505b508190036001909401939093559391925050565b5f65ffffffffffff82116128c157816108a2565b65ffffffffffff92915050565b5f806128db858585612f0e565b915091505b935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156110b9576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156129a5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129c99190613619565b90506129e06001600160a01b0385168430856130cf565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa158015612a3f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a639190613619565b612a6d919061354f565b9050828114611e7b576040517fff3b636000000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016108ef565b60018201547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015801590612af457508065ffffffffffff168210155b15610b48576001830154612b27908490839079ffffffffffffffffffffffffffffffffffffffffffffffffffff166128ce565b50505f6001840155505050565b5f5f5f612b41868661311e565b91509150815f03612b6557838181612b5b57612b5b6135ec565b0492505050610a2b565b818411612b7c57612b7c6003851502601118613159565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff82111561265c576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d06004820152602481018390526044016108ef565b600180546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612d1b578383151615612d0f573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60018211612d34575090565b8160017001000000000000000000000000000000008210612d5a5760809190911c9060401b5b680100000000000000008210612d755760409190911c9060201b5b6401000000008210612d8c5760209190911c9060101b5b620100008210612da15760109190911c9060081b5b6101008210612db55760089190911c9060041b5b60108210612dc85760049190911c9060021b5b60048210612dd45760011b5b600302600190811c90818581612dec57612dec6135ec565b048201901c90506001818581612e0457612e046135ec565b048201901c90506001818581612e1c57612e1c6135ec565b048201901c90506001818581612e3457612e346135ec565b048201901c90506001818581612e4c57612e4c6135ec565b048201901c90506001818581612e6457612e646135ec565b048201901c9050612e83818581612e7d57612e7d6135ec565b04821190565b90039392505050565b5f5b81831015612eda575f85815260209020838316600285851804019081015465ffffffffffff86811691161115612ec657809250612ed4565b612ed1816001613599565b93505b50612e8e565b509392505050565b5f6002826003811115612ef757612ef76134f5565b612f019190613630565b60ff166001149050919050565b82545f908190801561305f575f612f2a8761248f60018561354f565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612f9c576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612feb57825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355613051565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506128e092505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816128e0565b6130dd84848484600161316a565b612607576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108ef565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166131df5783831516156131d3573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114613206575f5ffd5b919050565b5f6020828403121561321b575f5ffd5b610a2b826131f0565b5f5f60408385031215613235575f5ffd5b61323e836131f0565b915061324c602084016131f0565b90509250929050565b5f5f83601f840112613265575f5ffd5b50813567ffffffffffffffff81111561327c575f5ffd5b602083019150836020828501011115612567575f5ffd5b5f5f5f604084860312156132a5575f5ffd5b83359250602084013567ffffffffffffffff8111156132c2575f5ffd5b6132ce86828701613255565b9497909650939450505050565b5f5f5f606084860312156132ed575f5ffd5b6132f6846131f0565b9250613304602085016131f0565b929592945050506040919091013590565b5f60208284031215613325575f5ffd5b5035919050565b5f5f6040838503121561333d575f5ffd5b613346836131f0565b946020939093013593505050565b5f5f5f5f5f5f60c08789031215613369575f5ffd5b613372876131f0565b95506020870135945060408701359350606087013560ff81168114613395575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f602083850312156133c0575f5ffd5b823567ffffffffffffffff8111156133d6575f5ffd5b6133e285828601613255565b90969095509350505050565b5f5f602083850312156133ff575f5ffd5b823567ffffffffffffffff811115613415575f5ffd5b8301601f81018513613425575f5ffd5b803567ffffffffffffffff81111561343b575f5ffd5b8560208260051b840101111561344f575f5ffd5b6020919091019590945092505050565b5f5f5f5f60808587031215613472575f5ffd5b61347b856131f0565b966020860135965060408601359560600135945092505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f612851604083018486613495565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156108a2576108a2613522565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361359257613592613522565b5060010190565b808201808211156108a2576108a2613522565b602081525f6124f2602083018486613495565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f60208284031215613629575f5ffd5b5051919050565b5f60ff831680613667577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8060ff8416069150509291505056fea2646970667358221220c9cdaab49f040ec2bd004c67943d7e2e0f9bb7ef64ae32ab37e0241413adf5d264736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 875 },
      { length: 32, start: 954 },
      { length: 32, start: 1587 },
      { length: 32, start: 1870 },
      { length: 32, start: 1909 },
      { length: 32, start: 1948 },
      { length: 32, start: 1987 },
      { length: 32, start: 2081 },
      { length: 32, start: 2136 },
      { length: 32, start: 2717 },
      { length: 32, start: 3826 },
      { length: 32, start: 4381 },
      { length: 32, start: 4749 },
      { length: 32, start: 4840 },
      { length: 32, start: 6048 },
      { length: 32, start: 6279 },
      { length: 32, start: 6364 },
      { length: 32, start: 6820 },
      { length: 32, start: 7654 },
      { length: 32, start: 7739 },
      { length: 32, start: 8181 },
    ],
  },
  TaskRegistry: {
    bytecode:
      '0x610100604052348015610010575f5ffd5b50604051612e69380380612e6983398101604081905261002f9161015f565b336080526001600160a01b03811661005a5760405163d636413160e01b815260040160405180910390fd5b6001600160a01b03811660a081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156100a2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100c6919061015f565b6001600160a01b031660c0816001600160a01b031681525050806001600160a01b0316630aaa45486040518163ffffffff1660e01b8152600401602060405180830381865afa15801561011b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061013f9190610181565b60e05250610198565b6001600160a01b038116811461015c575f5ffd5b50565b5f6020828403121561016f575f5ffd5b815161017a81610148565b9392505050565b5f60208284031215610191575f5ffd5b5051919050565b60805160a05160c05160e051612c586102115f395f81816101520152818161079c015261082501525f81816102b101528181610bea01528181610da20152611ea301525f81816101cc015281816105c40152818161143b01526115cc01525f81816103410152818161106901526110d10152612c585ff3fe608060405234801561000f575f5ffd5b5060043610610149575f3560e01c80637eec20a8116100c75780639f327a9d1161007d578063c1b8411a11610063578063c1b8411a1461033c578063e0aabcd414610363578063e72de64514610376575f5ffd5b80639f327a9d14610321578063b6cb58a514610334575f5ffd5b80638f4e6f37116100ad5780638f4e6f37146102d35780639884aedd146102e65780639d1534951461030e575f5ffd5b80637eec20a81461029957806382bfefc8146102ac575f5ffd5b806348435e6e1161011c57806354cfb9731161010257806354cfb9731461024557806359025b2b146102585780637953582614610286575f5ffd5b806348435e6e146102135780635116063014610228575f5ffd5b80630aaa45481461014d5780631d65e77e146101875780633c08ff90146101a7578063411557d1146101c7575b5f5ffd5b6101747f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61019a6101953660046125f7565b610389565b60405161017e919061260e565b6101ba6101b5366004612743565b6104f8565b60405161017e91906127db565b6101ee7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161017e565b6102266102213660046127e9565b61064a565b005b5f5473ffffffffffffffffffffffffffffffffffffffff166101ee565b610174610253366004612809565b610700565b61026b6102663660046127e9565b610c1f565b6040805193845260208401929092529082015260600161017e565b610226610294366004612841565b610c68565b6101746102a73660046125f7565b610dda565b6101ee7f000000000000000000000000000000000000000000000000000000000000000081565b6102266102e136600461287d565b611051565b6102f96102f43660046127e9565b611221565b6040805192835260208301919091520161017e565b61017461031c3660046125f7565b611241565b61022661032f366004612896565b6112d2565b600154610174565b6101ee7f000000000000000000000000000000000000000000000000000000000000000081565b6102266103713660046125f7565b611705565b6101ba6103843660046128c7565b6117fa565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091526103f282611857565b6040805161018081018252825473ffffffffffffffffffffffffffffffffffffffff8116825267ffffffffffffffff740100000000000000000000000000000000000000009091048116602083015260018401549081169282019290925263ffffffff680100000000000000008304811660608301526c01000000000000000000000000830416608082015260ff7001000000000000000000000000000000009283900416151560a0820152600283015460c0820152600383015460e0820152600483015461010082015260058301546101208201526006909201546fffffffffffffffffffffffffffffffff8082166101408501529190041661016082015292915050565b5f83815260026020526040812060018101546c01000000000000000000000000900463ffffffff16841061052f575f915050610643565b5f61053a82866118b5565b5090505f6105498786846117fa565b90505f81600281111561055e5761055e612775565b0361056e575f9350505050610643565b61057883826118e6565b6040517f997db02d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152602482018590527f0000000000000000000000000000000000000000000000000000000000000000169063997db02d90604401602060405180830381865afa158015610609573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061062d91906128fa565b101561063e575f9350505050610643565b925050505b9392505050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146106a1576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6106ac8383611919565b60028101549091506106bf8282806119a4565b82847f9c15c381df589f04fb5485dd5ac0b745c3c96addc79b633b42b446b87dfe16bc836040516106f291815260200190565b60405180910390a350505050565b5f610709611a70565b426107176020840184612928565b67ffffffffffffffff161015610779576107346020830183612928565b6040517f71b5fe1200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152426024820152604401610698565b6107896040830160208401612928565b67ffffffffffffffff1615806107d757507f00000000000000000000000000000000000000000000000000000000000000006107cb6040840160208501612928565b67ffffffffffffffff16115b15610851576107ec6040830160208401612928565b6040517fb6c8179600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610698565b6108616060830160408401612954565b63ffffffff165f0361089f576040517f1da12e1a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81606001355f036108dc576040517f0fbbaee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6108ed6060840160408501612954565b6109019063ffffffff16606085013561299a565b905060015f8154610911906129b1565b918290555060408051610180810190915233815290925060208082019061093a90860186612928565b67ffffffffffffffff16815260200184602001602081019061095c9190612928565b67ffffffffffffffff16815260200161097b6060860160408701612954565b63ffffffff1681526020016109966060860160408701612954565b63ffffffff1681526020015f1515815260200184606001358152602001846080013581526020018460a0013581526020018460c0013581526020016109da83611aa7565b6fffffffffffffffffffffffffffffffff90811682525f60209283018190528581526002808452604091829020855181549587015173ffffffffffffffffffffffffffffffffffffffff9091167fffffffff00000000000000000000000000000000000000000000000000000000909616959095177401000000000000000000000000000000000000000067ffffffffffffffff9687160217815585830151600182018054606089015160808a015160a08b0151949099167fffffffffffffffffffffffffffffffffffffffff000000000000000000000000909216919091176801000000000000000063ffffffff92831602177fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff166c0100000000000000000000000091909816027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff169690961770010000000000000000000000000000000091151582021790955560c08601519181019190915560e085015160038201556101008501516004820155610120850151600582015561014085015161016090950151948316949092169092029290921760069092019190915551339083907f5d2f0b7929b6a41370fc78495f95621a05edf61fbf3b672c383df748e8ed7edc90610bc89087908690612a8f565b60405180910390a3610c1173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383611b00565b50610c1a611c98565b919050565b5f5f5f5f610c2c86611857565b9050610c3881866118b5565b600183015460029093015490986c0100000000000000000000000090930463ffffffff1697509550909350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610cba576040517fb22df39a000000000000000000000000000000000000000000000000000000008152336004820152602401610698565b610cc2611a70565b5f610ccd8585611919565b600281015490915080841115610d19576040517f57a585f40000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401610698565b838103610d278383836119a4565b6040805173ffffffffffffffffffffffffffffffffffffffff8616815260208101879052908101829052869088907ffa4c751e5814bf54992bab78ab8b0ea22c32e435f714ce2c2e22e65bab78f0289060600160405180910390a38415610dc957610dc973ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168587611cc2565b505050610dd4611c98565b50505050565b5f610de3611a70565b5f610ded83611857565b805490915073ffffffffffffffffffffffffffffffffffffffff163314610e685780546040517f9be440d40000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff9091166024820152336044820152606401610698565b6001810154700100000000000000000000000000000000900460ff1615610ebe576040517fbfd3137a00000000000000000000000000000000000000000000000000000000815260048101849052602401610698565b5f610ec882611d22565b60018301549091506c01000000000000000000000000900463ffffffff168103610f425783610f0183610efc600185612b48565b611dba565b6040517f953889ea00000000000000000000000000000000000000000000000000000000815260048101929092526024820152426044820152606401610698565b600282015460018301545f9190610f709084906c01000000000000000000000000900463ffffffff16612b48565b610f7a919061299a565b9050610f878382836119a4565b6001830180547001000000000000000000000000000000007fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff9091166c0100000000000000000000000063ffffffff8616027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1617179055604080518381526020810183905286917f99a4b4cbd1e738b902f770df96bb758050edc0dcd3531a19ba389de9dd89553a910160405180910390a26110448584611e03565b9350505050610c1a611c98565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146110fe576040517f8ae4eb3900000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610698565b5f5473ffffffffffffffffffffffffffffffffffffffff1615611168575f546040517f16b19d9b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091166004820152602401610698565b73ffffffffffffffffffffffffffffffffffffffff81166111b5576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f5f61123561122f85611857565b846118b5565b915091505b9250929050565b5f61124a611a70565b5f61125483611857565b600681015490915070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff165f036112bd576040517fa7d2938c00000000000000000000000000000000000000000000000000000000815260048101849052602401610698565b6112c78382611e03565b915050610c1a611c98565b5f6112dc83611857565b6001810154909150700100000000000000000000000000000000900460ff1615611335576040517fbfd3137a00000000000000000000000000000000000000000000000000000000815260048101849052602401610698565b5f61133f82611ed1565b905080421061138a576040517f2ed5c9200000000000000000000000000000000000000000000000000000000081526004810185905260248101829052426044820152606401610698565b600183600281111561139e5761139e612775565b141580156113be575060028360028111156113bb576113bb612775565b14155b1561140d578260028111156113d5576113d5612775565b6040517fea9f59b500000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610698565b6040517f6d70f7ae0000000000000000000000000000000000000000000000000000000081523360048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636d70f7ae90602401602060405180830381865afa158015611495573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114b99190612b5b565b6114f1576040517fab828a98000000000000000000000000000000000000000000000000000000008152336004820152602401610698565b5f84815260036020908152604080832033845290915281209061151382611f2c565b60ff16600281111561152757611527612775565b90505f81600281111561153c5761153c612775565b14611579578533826040517f6598899000000000000000000000000000000000000000000000000000000000815260040161069893929190612b7a565b5f61158485876118e6565b6040517f426233600000000000000000000000000000000000000000000000000000000081523360048201529091505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa158015611611573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061163591906128fa565b905081811015611681576040517fdcdee15b0000000000000000000000000000000000000000000000000000000081523360048201526024810182905260448101839052606401610698565b6116aa61168d42611f86565b88600281111561169f5761169f612775565b86919060ff16611fd1565b50503373ffffffffffffffffffffffffffffffffffffffff16887ff2eb187e6b706be15de0a8bc8271dddf99fc43c12b3331f42a13d84c572252d7896040516116f391906127db565b60405180910390a35050505050505050565b5f81815260036020908152604080832033845290915281209061172782611f2c565b60ff16600281111561173b5761173b612775565b90505f81600281111561175057611750612775565b03611790576040517fac8eb79b00000000000000000000000000000000000000000000000000000000815260048101849052336024820152604401610698565b6117a461179c42611f86565b83905f611fd1565b50503373ffffffffffffffffffffffffffffffffffffffff16837f217f58f8ce89efe553e4213d3f39d4154dfed41008c2ab64127d45e42abbccd7836040516117ed91906127db565b60405180910390a3505050565b5f61183b61180783611f86565b5f86815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff89168452909152902090611feb565b60ff16600281111561184f5761184f612775565b949350505050565b5f818152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff16610c1a576040517f19ab220300000000000000000000000000000000000000000000000000000000815260048101839052602401610698565b5f5f6118c18484611dba565b60018501549092506118dd9067ffffffffffffffff1683612baa565b90509250929050565b5f60018260028111156118fb576118fb612775565b1461190a578260040154611910565b82600301545b90505b92915050565b5f82815260026020526040902060018101546c01000000000000000000000000900463ffffffff1682106119135760018101546040517fd512a1a100000000000000000000000000000000000000000000000000000000815260048101859052602481018490526c0100000000000000000000000090910463ffffffff166044820152606401610698565b60068301546119cf906119ca9084906fffffffffffffffffffffffffffffffff16612b48565b611aa7565b6006840180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff9283161790819055611a35916119ca91849170010000000000000000000000000000000090910416612baa565b600690930180546fffffffffffffffffffffffffffffffff948516700100000000000000000000000000000000029416939093179092555050565b611a786120a4565b611aa560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906120fd565b565b5f6fffffffffffffffffffffffffffffffff821115611afc576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526080600482015260248101839052604401610698565b5090565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9073ffffffffffffffffffffffffffffffffffffffff8516906370a0823190602401602060405180830381865afa158015611b6a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b8e91906128fa565b9050611bb273ffffffffffffffffffffffffffffffffffffffff8516843085612104565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff8716906370a0823190602401602060405180830381865afa158015611c1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c4291906128fa565b611c4c9190612b48565b9050828114611c91576040517fff3b63600000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610698565b5050505050565b611aa55f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611a9f565b611ccf8383836001612160565b611d1d576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610698565b505050565b80545f9074010000000000000000000000000000000000000000900467ffffffffffffffff1642811115611d5857505f92915050565b60018301545f9067ffffffffffffffff16611d738342612b48565b611d7d9190612bea565b611d88906001612baa565b600185015490915068010000000000000000900463ffffffff16808210611daf5780611db1565b815b95945050505050565b60018201545f90611dd59067ffffffffffffffff168361299a565b8354611910919074010000000000000000000000000000000000000000900467ffffffffffffffff16612baa565b60068101805482546fffffffffffffffffffffffffffffffff8083169093556040517001000000000000000000000000000000009092049092168082529173ffffffffffffffffffffffffffffffffffffffff1690819085907f6909eb935886ad8c734c29844350c36b0260f7006ff58559a3c286a9e7c8d8789060200160405180910390a3611eca73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168284611cc2565b5092915050565b60018101545f90611efe9063ffffffff680100000000000000008204169067ffffffffffffffff1661299a565b8254611913919074010000000000000000000000000000000000000000900467ffffffffffffffff16612baa565b80545f908015611f7e57611f5283611f45600184612b48565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610643565b5f9392505050565b5f65ffffffffffff821115611afc576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610698565b5f80611fde8585856121e8565b915091505b935093915050565b81545f9081816005811115612047575f612004846123a9565b61200e9085612b48565b5f8881526020902090915081015465ffffffffffff908116908716101561203757809150612045565b612042816001612baa565b92505b505b5f6120548787858561250e565b905080156120975761206b87611f45600184612b48565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16612099565b5f5b979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611aa5576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b612112848484846001612564565b610dd4576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610698565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f511483166121dc5783831516156121d0573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b82545f9081908015612339575f61220487611f45600185612b48565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612276576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036122c557825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff89160217835561232b565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350611fe392505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611fe3565b5f600182116123b6575090565b81600170010000000000000000000000000000000082106123dc5760809190911c9060401b5b6801000000000000000082106123f75760409190911c9060201b5b640100000000821061240e5760209190911c9060101b5b6201000082106124235760109190911c9060081b5b61010082106124375760089190911c9060041b5b6010821061244a5760049190911c9060021b5b600482106124565760011b5b600302600190811c9081858161246e5761246e612bbd565b048201901c9050600181858161248657612486612bbd565b048201901c9050600181858161249e5761249e612bbd565b048201901c905060018185816124b6576124b6612bbd565b048201901c905060018185816124ce576124ce612bbd565b048201901c905060018185816124e6576124e6612bbd565b048201901c90506125058185816124ff576124ff612bbd565b04821190565b90039392505050565b5f5b8183101561255c575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561254857809250612556565b612553816001612baa565b93505b50612510565b509392505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f511483166125e65783831516156125da573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215612607575f5ffd5b5035919050565b815173ffffffffffffffffffffffffffffffffffffffff16815261018081016020830151612648602084018267ffffffffffffffff169052565b506040830151612664604084018267ffffffffffffffff169052565b50606083015161267c606084018263ffffffff169052565b506080830151612694608084018263ffffffff169052565b5060a08301516126a860a084018215159052565b5060c083015160c083015260e083015160e08301526101008301516101008301526101208301516101208301526101408301516126fa6101408401826fffffffffffffffffffffffffffffffff169052565b50610160830151611eca6101608401826fffffffffffffffffffffffffffffffff169052565b803573ffffffffffffffffffffffffffffffffffffffff81168114610c1a575f5ffd5b5f5f5f60608486031215612755575f5ffd5b833592506020840135915061276c60408501612720565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600381106127d7577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b6020810161191382846127a2565b5f5f604083850312156127fa575f5ffd5b50508035926020909101359150565b5f60208284031215612819575f5ffd5b813567ffffffffffffffff81111561282f575f5ffd5b82016101008185031215610643575f5ffd5b5f5f5f5f60808587031215612854575f5ffd5b84359350602085013592506040850135915061287260608601612720565b905092959194509250565b5f6020828403121561288d575f5ffd5b61191082612720565b5f5f604083850312156128a7575f5ffd5b823591506020830135600381106128bc575f5ffd5b809150509250929050565b5f5f5f606084860312156128d9575f5ffd5b833592506128e960208501612720565b929592945050506040919091013590565b5f6020828403121561290a575f5ffd5b5051919050565b803567ffffffffffffffff81168114610c1a575f5ffd5b5f60208284031215612938575f5ffd5b61191082612911565b803563ffffffff81168114610c1a575f5ffd5b5f60208284031215612964575f5ffd5b61191082612941565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820281158282048414176119135761191361296d565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036129e1576129e161296d565b5060010190565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612a1b575f5ffd5b830160208101925035905067ffffffffffffffff811115612a3a575f5ffd5b80360382131561123a575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6040815267ffffffffffffffff612aa584612911565b16604082015267ffffffffffffffff612ac060208501612911565b1660608201525f612ad360408501612941565b63ffffffff8116608084015250606084013560a083810191909152608085013560c0808501919091529085013560e08085019190915290850135610100840152612b1f908501856129e8565b610100610120850152612b3761014085018284612a48565b925050508260208301529392505050565b818103818111156119135761191361296d565b5f60208284031215612b6b575f5ffd5b81518015158114610643575f5ffd5b83815273ffffffffffffffffffffffffffffffffffffffff831660208201526060810161184f60408301846127a2565b808201808211156119135761191361296d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612c1d577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea264697066735822122038291d939f56efab44d58c21c0c3b51caa1247009f160d2d10d674368e9f0aad64736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b5060043610610149575f3560e01c80637eec20a8116100c75780639f327a9d1161007d578063c1b8411a11610063578063c1b8411a1461033c578063e0aabcd414610363578063e72de64514610376575f5ffd5b80639f327a9d14610321578063b6cb58a514610334575f5ffd5b80638f4e6f37116100ad5780638f4e6f37146102d35780639884aedd146102e65780639d1534951461030e575f5ffd5b80637eec20a81461029957806382bfefc8146102ac575f5ffd5b806348435e6e1161011c57806354cfb9731161010257806354cfb9731461024557806359025b2b146102585780637953582614610286575f5ffd5b806348435e6e146102135780635116063014610228575f5ffd5b80630aaa45481461014d5780631d65e77e146101875780633c08ff90146101a7578063411557d1146101c7575b5f5ffd5b6101747f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61019a6101953660046125f7565b610389565b60405161017e919061260e565b6101ba6101b5366004612743565b6104f8565b60405161017e91906127db565b6101ee7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161017e565b6102266102213660046127e9565b61064a565b005b5f5473ffffffffffffffffffffffffffffffffffffffff166101ee565b610174610253366004612809565b610700565b61026b6102663660046127e9565b610c1f565b6040805193845260208401929092529082015260600161017e565b610226610294366004612841565b610c68565b6101746102a73660046125f7565b610dda565b6101ee7f000000000000000000000000000000000000000000000000000000000000000081565b6102266102e136600461287d565b611051565b6102f96102f43660046127e9565b611221565b6040805192835260208301919091520161017e565b61017461031c3660046125f7565b611241565b61022661032f366004612896565b6112d2565b600154610174565b6101ee7f000000000000000000000000000000000000000000000000000000000000000081565b6102266103713660046125f7565b611705565b6101ba6103843660046128c7565b6117fa565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091526103f282611857565b6040805161018081018252825473ffffffffffffffffffffffffffffffffffffffff8116825267ffffffffffffffff740100000000000000000000000000000000000000009091048116602083015260018401549081169282019290925263ffffffff680100000000000000008304811660608301526c01000000000000000000000000830416608082015260ff7001000000000000000000000000000000009283900416151560a0820152600283015460c0820152600383015460e0820152600483015461010082015260058301546101208201526006909201546fffffffffffffffffffffffffffffffff8082166101408501529190041661016082015292915050565b5f83815260026020526040812060018101546c01000000000000000000000000900463ffffffff16841061052f575f915050610643565b5f61053a82866118b5565b5090505f6105498786846117fa565b90505f81600281111561055e5761055e612775565b0361056e575f9350505050610643565b61057883826118e6565b6040517f997db02d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152602482018590527f0000000000000000000000000000000000000000000000000000000000000000169063997db02d90604401602060405180830381865afa158015610609573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061062d91906128fa565b101561063e575f9350505050610643565b925050505b9392505050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146106a1576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6106ac8383611919565b60028101549091506106bf8282806119a4565b82847f9c15c381df589f04fb5485dd5ac0b745c3c96addc79b633b42b446b87dfe16bc836040516106f291815260200190565b60405180910390a350505050565b5f610709611a70565b426107176020840184612928565b67ffffffffffffffff161015610779576107346020830183612928565b6040517f71b5fe1200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152426024820152604401610698565b6107896040830160208401612928565b67ffffffffffffffff1615806107d757507f00000000000000000000000000000000000000000000000000000000000000006107cb6040840160208501612928565b67ffffffffffffffff16115b15610851576107ec6040830160208401612928565b6040517fb6c8179600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610698565b6108616060830160408401612954565b63ffffffff165f0361089f576040517f1da12e1a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81606001355f036108dc576040517f0fbbaee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6108ed6060840160408501612954565b6109019063ffffffff16606085013561299a565b905060015f8154610911906129b1565b918290555060408051610180810190915233815290925060208082019061093a90860186612928565b67ffffffffffffffff16815260200184602001602081019061095c9190612928565b67ffffffffffffffff16815260200161097b6060860160408701612954565b63ffffffff1681526020016109966060860160408701612954565b63ffffffff1681526020015f1515815260200184606001358152602001846080013581526020018460a0013581526020018460c0013581526020016109da83611aa7565b6fffffffffffffffffffffffffffffffff90811682525f60209283018190528581526002808452604091829020855181549587015173ffffffffffffffffffffffffffffffffffffffff9091167fffffffff00000000000000000000000000000000000000000000000000000000909616959095177401000000000000000000000000000000000000000067ffffffffffffffff9687160217815585830151600182018054606089015160808a015160a08b0151949099167fffffffffffffffffffffffffffffffffffffffff000000000000000000000000909216919091176801000000000000000063ffffffff92831602177fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff166c0100000000000000000000000091909816027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff169690961770010000000000000000000000000000000091151582021790955560c08601519181019190915560e085015160038201556101008501516004820155610120850151600582015561014085015161016090950151948316949092169092029290921760069092019190915551339083907f5d2f0b7929b6a41370fc78495f95621a05edf61fbf3b672c383df748e8ed7edc90610bc89087908690612a8f565b60405180910390a3610c1173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163383611b00565b50610c1a611c98565b919050565b5f5f5f5f610c2c86611857565b9050610c3881866118b5565b600183015460029093015490986c0100000000000000000000000090930463ffffffff1697509550909350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610cba576040517fb22df39a000000000000000000000000000000000000000000000000000000008152336004820152602401610698565b610cc2611a70565b5f610ccd8585611919565b600281015490915080841115610d19576040517f57a585f40000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401610698565b838103610d278383836119a4565b6040805173ffffffffffffffffffffffffffffffffffffffff8616815260208101879052908101829052869088907ffa4c751e5814bf54992bab78ab8b0ea22c32e435f714ce2c2e22e65bab78f0289060600160405180910390a38415610dc957610dc973ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168587611cc2565b505050610dd4611c98565b50505050565b5f610de3611a70565b5f610ded83611857565b805490915073ffffffffffffffffffffffffffffffffffffffff163314610e685780546040517f9be440d40000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff9091166024820152336044820152606401610698565b6001810154700100000000000000000000000000000000900460ff1615610ebe576040517fbfd3137a00000000000000000000000000000000000000000000000000000000815260048101849052602401610698565b5f610ec882611d22565b60018301549091506c01000000000000000000000000900463ffffffff168103610f425783610f0183610efc600185612b48565b611dba565b6040517f953889ea00000000000000000000000000000000000000000000000000000000815260048101929092526024820152426044820152606401610698565b600282015460018301545f9190610f709084906c01000000000000000000000000900463ffffffff16612b48565b610f7a919061299a565b9050610f878382836119a4565b6001830180547001000000000000000000000000000000007fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff9091166c0100000000000000000000000063ffffffff8616027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1617179055604080518381526020810183905286917f99a4b4cbd1e738b902f770df96bb758050edc0dcd3531a19ba389de9dd89553a910160405180910390a26110448584611e03565b9350505050610c1a611c98565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146110fe576040517f8ae4eb3900000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610698565b5f5473ffffffffffffffffffffffffffffffffffffffff1615611168575f546040517f16b19d9b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091166004820152602401610698565b73ffffffffffffffffffffffffffffffffffffffff81166111b5576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f5f61123561122f85611857565b846118b5565b915091505b9250929050565b5f61124a611a70565b5f61125483611857565b600681015490915070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff165f036112bd576040517fa7d2938c00000000000000000000000000000000000000000000000000000000815260048101849052602401610698565b6112c78382611e03565b915050610c1a611c98565b5f6112dc83611857565b6001810154909150700100000000000000000000000000000000900460ff1615611335576040517fbfd3137a00000000000000000000000000000000000000000000000000000000815260048101849052602401610698565b5f61133f82611ed1565b905080421061138a576040517f2ed5c9200000000000000000000000000000000000000000000000000000000081526004810185905260248101829052426044820152606401610698565b600183600281111561139e5761139e612775565b141580156113be575060028360028111156113bb576113bb612775565b14155b1561140d578260028111156113d5576113d5612775565b6040517fea9f59b500000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610698565b6040517f6d70f7ae0000000000000000000000000000000000000000000000000000000081523360048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636d70f7ae90602401602060405180830381865afa158015611495573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114b99190612b5b565b6114f1576040517fab828a98000000000000000000000000000000000000000000000000000000008152336004820152602401610698565b5f84815260036020908152604080832033845290915281209061151382611f2c565b60ff16600281111561152757611527612775565b90505f81600281111561153c5761153c612775565b14611579578533826040517f6598899000000000000000000000000000000000000000000000000000000000815260040161069893929190612b7a565b5f61158485876118e6565b6040517f426233600000000000000000000000000000000000000000000000000000000081523360048201529091505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa158015611611573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061163591906128fa565b905081811015611681576040517fdcdee15b0000000000000000000000000000000000000000000000000000000081523360048201526024810182905260448101839052606401610698565b6116aa61168d42611f86565b88600281111561169f5761169f612775565b86919060ff16611fd1565b50503373ffffffffffffffffffffffffffffffffffffffff16887ff2eb187e6b706be15de0a8bc8271dddf99fc43c12b3331f42a13d84c572252d7896040516116f391906127db565b60405180910390a35050505050505050565b5f81815260036020908152604080832033845290915281209061172782611f2c565b60ff16600281111561173b5761173b612775565b90505f81600281111561175057611750612775565b03611790576040517fac8eb79b00000000000000000000000000000000000000000000000000000000815260048101849052336024820152604401610698565b6117a461179c42611f86565b83905f611fd1565b50503373ffffffffffffffffffffffffffffffffffffffff16837f217f58f8ce89efe553e4213d3f39d4154dfed41008c2ab64127d45e42abbccd7836040516117ed91906127db565b60405180910390a3505050565b5f61183b61180783611f86565b5f86815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff89168452909152902090611feb565b60ff16600281111561184f5761184f612775565b949350505050565b5f818152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff16610c1a576040517f19ab220300000000000000000000000000000000000000000000000000000000815260048101839052602401610698565b5f5f6118c18484611dba565b60018501549092506118dd9067ffffffffffffffff1683612baa565b90509250929050565b5f60018260028111156118fb576118fb612775565b1461190a578260040154611910565b82600301545b90505b92915050565b5f82815260026020526040902060018101546c01000000000000000000000000900463ffffffff1682106119135760018101546040517fd512a1a100000000000000000000000000000000000000000000000000000000815260048101859052602481018490526c0100000000000000000000000090910463ffffffff166044820152606401610698565b60068301546119cf906119ca9084906fffffffffffffffffffffffffffffffff16612b48565b611aa7565b6006840180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff9283161790819055611a35916119ca91849170010000000000000000000000000000000090910416612baa565b600690930180546fffffffffffffffffffffffffffffffff948516700100000000000000000000000000000000029416939093179092555050565b611a786120a4565b611aa560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906120fd565b565b5f6fffffffffffffffffffffffffffffffff821115611afc576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526080600482015260248101839052604401610698565b5090565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9073ffffffffffffffffffffffffffffffffffffffff8516906370a0823190602401602060405180830381865afa158015611b6a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b8e91906128fa565b9050611bb273ffffffffffffffffffffffffffffffffffffffff8516843085612104565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff8716906370a0823190602401602060405180830381865afa158015611c1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c4291906128fa565b611c4c9190612b48565b9050828114611c91576040517fff3b63600000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610698565b5050505050565b611aa55f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611a9f565b611ccf8383836001612160565b611d1d576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610698565b505050565b80545f9074010000000000000000000000000000000000000000900467ffffffffffffffff1642811115611d5857505f92915050565b60018301545f9067ffffffffffffffff16611d738342612b48565b611d7d9190612bea565b611d88906001612baa565b600185015490915068010000000000000000900463ffffffff16808210611daf5780611db1565b815b95945050505050565b60018201545f90611dd59067ffffffffffffffff168361299a565b8354611910919074010000000000000000000000000000000000000000900467ffffffffffffffff16612baa565b60068101805482546fffffffffffffffffffffffffffffffff8083169093556040517001000000000000000000000000000000009092049092168082529173ffffffffffffffffffffffffffffffffffffffff1690819085907f6909eb935886ad8c734c29844350c36b0260f7006ff58559a3c286a9e7c8d8789060200160405180910390a3611eca73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168284611cc2565b5092915050565b60018101545f90611efe9063ffffffff680100000000000000008204169067ffffffffffffffff1661299a565b8254611913919074010000000000000000000000000000000000000000900467ffffffffffffffff16612baa565b80545f908015611f7e57611f5283611f45600184612b48565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610643565b5f9392505050565b5f65ffffffffffff821115611afc576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610698565b5f80611fde8585856121e8565b915091505b935093915050565b81545f9081816005811115612047575f612004846123a9565b61200e9085612b48565b5f8881526020902090915081015465ffffffffffff908116908716101561203757809150612045565b612042816001612baa565b92505b505b5f6120548787858561250e565b905080156120975761206b87611f45600184612b48565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16612099565b5f5b979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611aa5576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b612112848484846001612564565b610dd4576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610698565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f511483166121dc5783831516156121d0573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b82545f9081908015612339575f61220487611f45600185612b48565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612276576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036122c557825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff89160217835561232b565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350611fe392505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611fe3565b5f600182116123b6575090565b81600170010000000000000000000000000000000082106123dc5760809190911c9060401b5b6801000000000000000082106123f75760409190911c9060201b5b640100000000821061240e5760209190911c9060101b5b6201000082106124235760109190911c9060081b5b61010082106124375760089190911c9060041b5b6010821061244a5760049190911c9060021b5b600482106124565760011b5b600302600190811c9081858161246e5761246e612bbd565b048201901c9050600181858161248657612486612bbd565b048201901c9050600181858161249e5761249e612bbd565b048201901c905060018185816124b6576124b6612bbd565b048201901c905060018185816124ce576124ce612bbd565b048201901c905060018185816124e6576124e6612bbd565b048201901c90506125058185816124ff576124ff612bbd565b04821190565b90039392505050565b5f5b8183101561255c575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561254857809250612556565b612553816001612baa565b93505b50612510565b509392505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f511483166125e65783831516156125da573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215612607575f5ffd5b5035919050565b815173ffffffffffffffffffffffffffffffffffffffff16815261018081016020830151612648602084018267ffffffffffffffff169052565b506040830151612664604084018267ffffffffffffffff169052565b50606083015161267c606084018263ffffffff169052565b506080830151612694608084018263ffffffff169052565b5060a08301516126a860a084018215159052565b5060c083015160c083015260e083015160e08301526101008301516101008301526101208301516101208301526101408301516126fa6101408401826fffffffffffffffffffffffffffffffff169052565b50610160830151611eca6101608401826fffffffffffffffffffffffffffffffff169052565b803573ffffffffffffffffffffffffffffffffffffffff81168114610c1a575f5ffd5b5f5f5f60608486031215612755575f5ffd5b833592506020840135915061276c60408501612720565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600381106127d7577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b6020810161191382846127a2565b5f5f604083850312156127fa575f5ffd5b50508035926020909101359150565b5f60208284031215612819575f5ffd5b813567ffffffffffffffff81111561282f575f5ffd5b82016101008185031215610643575f5ffd5b5f5f5f5f60808587031215612854575f5ffd5b84359350602085013592506040850135915061287260608601612720565b905092959194509250565b5f6020828403121561288d575f5ffd5b61191082612720565b5f5f604083850312156128a7575f5ffd5b823591506020830135600381106128bc575f5ffd5b809150509250929050565b5f5f5f606084860312156128d9575f5ffd5b833592506128e960208501612720565b929592945050506040919091013590565b5f6020828403121561290a575f5ffd5b5051919050565b803567ffffffffffffffff81168114610c1a575f5ffd5b5f60208284031215612938575f5ffd5b61191082612911565b803563ffffffff81168114610c1a575f5ffd5b5f60208284031215612964575f5ffd5b61191082612941565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820281158282048414176119135761191361296d565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036129e1576129e161296d565b5060010190565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612a1b575f5ffd5b830160208101925035905067ffffffffffffffff811115612a3a575f5ffd5b80360382131561123a575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6040815267ffffffffffffffff612aa584612911565b16604082015267ffffffffffffffff612ac060208501612911565b1660608201525f612ad360408501612941565b63ffffffff8116608084015250606084013560a083810191909152608085013560c0808501919091529085013560e08085019190915290850135610100840152612b1f908501856129e8565b610100610120850152612b3761014085018284612a48565b925050508260208301529392505050565b818103818111156119135761191361296d565b5f60208284031215612b6b575f5ffd5b81518015158114610643575f5ffd5b83815273ffffffffffffffffffffffffffffffffffffffff831660208201526060810161184f60408301846127a2565b808201808211156119135761191361296d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612c1d577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea264697066735822122038291d939f56efab44d58c21c0c3b51caa1247009f160d2d10d674368e9f0aad64736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 338 },
      { length: 32, start: 460 },
      { length: 32, start: 689 },
      { length: 32, start: 833 },
      { length: 32, start: 1476 },
      { length: 32, start: 1948 },
      { length: 32, start: 2085 },
      { length: 32, start: 3050 },
      { length: 32, start: 3490 },
      { length: 32, start: 4201 },
      { length: 32, start: 4305 },
      { length: 32, start: 5179 },
      { length: 32, start: 5580 },
      { length: 32, start: 7843 },
    ],
  },
  RewardDistributor: {
    bytecode:
      '0x60e060405234801561000f575f5ffd5b5060405161152d38038061152d83398101604081905261002e916100ee565b336080526001600160a01b0381166100595760405163266f99c560e21b815260040160405180910390fd5b6001600160a01b03811660a081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156100a1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100c591906100ee565b6001600160a01b031660c05250610110565b6001600160a01b03811681146100eb575f5ffd5b50565b5f602082840312156100fe575f5ffd5b8151610109816100d7565b9392505050565b60805160a05160c0516113c261016b5f395f818161018d015281816104080152818161047501526104e001525f818161012401528181610502015261057901525f81816102d60152818161079301526107fb01526113c25ff3fe608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c806383b30f401161007d5780639285c94b116100585780639285c94b146101ff578063a8e0926014610234578063c1b8411a146102d1575f5ffd5b806383b30f40146101af5780638d022d68146101d75780638f4e6f37146101ec575f5ffd5b8063411557d1116100ad578063411557d11461011f578063511606301461016b57806382bfefc814610188575f5ffd5b8063120aa877146100d3578063270de927146100f95780632e7ba6ef1461010c575b5f5ffd5b6100e66100e1366004611067565b6102f8565b6040519081526020015b60405180910390f35b6100e66101073660046110d9565b61032e565b6100e661011a366004611118565b610443565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100f0565b5f5473ffffffffffffffffffffffffffffffffffffffff16610146565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b6101c26101bd36600461117b565b6104ad565b604080519283526020830191909152016100f0565b6101ea6101e53660046111de565b61064d565b005b6101ea6101fa36600461120d565b61077b565b61021261020d366004611226565b61094b565b60408051825181526020808401519082015291810151908201526060016100f0565b6100e661024236600461123d565b604080516020810185905273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff851684529091529020545b92915050565b5f6103376109c7565b815f819003610372576040517f056a1b5900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015610439573685858381811061038f5761038f611270565b90506020028101906103a1919061129d565b90505f6103d082356103b9604085016020860161120d565b60408501356103cb60608701876112d9565b6109fe565b90506103dc818661133d565b945061042f6103f1604084016020850161120d565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169083610d05565b5050600101610374565b5050610328610d65565b5f61044c6109c7565b61045986868686866109fe565b905061049c73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168683610d05565b6104a4610d65565b95945050505050565b5f5f6104b76109c7565b6104c487338888886109fe565b915061052773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084610d8f565b6040517f2dd5567a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152336024830152604482018490527f00000000000000000000000000000000000000000000000000000000000000001690632dd5567a906064016020604051808303815f875af11580156105bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105e39190611375565b604080518481526020810183905291925073ffffffffffffffffffffffffffffffffffffffff85169133918a917f27d8f2ed6957021f336b9c0dc4c2f3432e84692c9b85e52471b22702cd9f2b92910160405180910390a4610643610d65565b9550959350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146106a4576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f84815260016020526040902082156106bb578281555b60018101545f906106df9084906fffffffffffffffffffffffffffffffff1661133d565b90506106ea81610e07565b6001830180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff92909216919091179055815460408051918252602082018590528101829052859087907f1b569d0b7dac1f81710cf4b174aa6a05ec257e25353cc99a8f5b28f414de3abd9060600160405180910390a3505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610828576040517f8ae4eb3900000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016602482015260440161069b565b5f5473ffffffffffffffffffffffffffffffffffffffff1615610892575f546040517f16b19d9b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161069b565b73ffffffffffffffffffffffffffffffffffffffff81166108df576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b61096c60405180606001604052805f81526020015f81526020015f81525090565b505f908152600160208181526040928390208351606081018552815481529201546fffffffffffffffffffffffffffffffff808216928401929092527001000000000000000000000000000000009004169181019190915290565b6109cf610e60565b6109fc60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610eb9565b565b5f858152600160205260408120805480610a47576040517faf9c34c10000000000000000000000000000000000000000000000000000000081526004810189905260240161069b565b6040805160208082018b905273ffffffffffffffffffffffffffffffffffffffff8a168284015260608083018a90528351808403909101815260808301845280519082012060a0808401919091528351808403909101815260c09092019092528051910120610abb90869086908490610ec0565b610b17576040517fa74eb3e50000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff881660248201526044810187905260640161069b565b5f88815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8b168452909152902054808711610bac576040517f333f4f34000000000000000000000000000000000000000000000000000000008152600481018a905273ffffffffffffffffffffffffffffffffffffffff89166024820152604481018890526064810182905260840161069b565b600183015481880394505f90610be990869070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1661133d565b60018501549091506fffffffffffffffffffffffffffffffff1680821115610c4e576040517fa93e9181000000000000000000000000000000000000000000000000000000008152600481018c9052602481018390526044810182905260640161069b565b5f8b815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8e168085529252918290208b90556001870180546fffffffffffffffffffffffffffffffff80871670010000000000000000000000000000000002911617905590518c907fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac90610cef908a908e90918252602082015260400190565b60405180910390a3505050505095945050505050565b610d128383836001610ed7565b610d60576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161069b565b505050565b6109fc5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006109f6565b610d9b8383835f610f5f565b610d6057610dac83835f6001610f5f565b610dfa576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161069b565b610d128383836001610f5f565b5f6fffffffffffffffffffffffffffffffff821115610e5c576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152608060048201526024810183905260440161069b565b5090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156109fc576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f82610ecd868685610fcf565b1495945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610f53578383151615610f47573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610f53578383151615610f47573d5f823e3d81fd5b5f81815b8481101561100757610ffd82878784818110610ff157610ff1611270565b90506020020135611010565b9150600101610fd3565b50949350505050565b5f81831061102a575f828152602084905260409020611038565b5f8381526020839052604090205b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611062575f5ffd5b919050565b5f5f60408385031215611078575f5ffd5b823591506110886020840161103f565b90509250929050565b5f5f83601f8401126110a1575f5ffd5b50813567ffffffffffffffff8111156110b8575f5ffd5b6020830191508360208260051b85010111156110d2575f5ffd5b9250929050565b5f5f602083850312156110ea575f5ffd5b823567ffffffffffffffff811115611100575f5ffd5b61110c85828601611091565b90969095509350505050565b5f5f5f5f5f6080868803121561112c575f5ffd5b8535945061113c6020870161103f565b935060408601359250606086013567ffffffffffffffff81111561115e575f5ffd5b61116a88828901611091565b969995985093965092949392505050565b5f5f5f5f5f6080868803121561118f575f5ffd5b8535945060208601359350604086013567ffffffffffffffff8111156111b3575f5ffd5b6111bf88828901611091565b90945092506111d290506060870161103f565b90509295509295909350565b5f5f5f5f608085870312156111f1575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f6020828403121561121d575f5ffd5b6110388261103f565b5f60208284031215611236575f5ffd5b5035919050565b5f5f5f6060848603121561124f575f5ffd5b8335925061125f6020850161103f565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff818336030181126112cf575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261130c575f5ffd5b83018035915067ffffffffffffffff821115611326575f5ffd5b6020019150600581901b36038213156110d2575f5ffd5b80820180821115610328577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f60208284031215611385575f5ffd5b505191905056fea26469706673582212207478098ec5d1f18d979e72b53b86e1631f7a1a5e70cc2c2369c71928c11d3c4b64736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c806383b30f401161007d5780639285c94b116100585780639285c94b146101ff578063a8e0926014610234578063c1b8411a146102d1575f5ffd5b806383b30f40146101af5780638d022d68146101d75780638f4e6f37146101ec575f5ffd5b8063411557d1116100ad578063411557d11461011f578063511606301461016b57806382bfefc814610188575f5ffd5b8063120aa877146100d3578063270de927146100f95780632e7ba6ef1461010c575b5f5ffd5b6100e66100e1366004611067565b6102f8565b6040519081526020015b60405180910390f35b6100e66101073660046110d9565b61032e565b6100e661011a366004611118565b610443565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100f0565b5f5473ffffffffffffffffffffffffffffffffffffffff16610146565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b6101c26101bd36600461117b565b6104ad565b604080519283526020830191909152016100f0565b6101ea6101e53660046111de565b61064d565b005b6101ea6101fa36600461120d565b61077b565b61021261020d366004611226565b61094b565b60408051825181526020808401519082015291810151908201526060016100f0565b6100e661024236600461123d565b604080516020810185905273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff851684529091529020545b92915050565b5f6103376109c7565b815f819003610372576040517f056a1b5900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015610439573685858381811061038f5761038f611270565b90506020028101906103a1919061129d565b90505f6103d082356103b9604085016020860161120d565b60408501356103cb60608701876112d9565b6109fe565b90506103dc818661133d565b945061042f6103f1604084016020850161120d565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169083610d05565b5050600101610374565b5050610328610d65565b5f61044c6109c7565b61045986868686866109fe565b905061049c73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168683610d05565b6104a4610d65565b95945050505050565b5f5f6104b76109c7565b6104c487338888886109fe565b915061052773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084610d8f565b6040517f2dd5567a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152336024830152604482018490527f00000000000000000000000000000000000000000000000000000000000000001690632dd5567a906064016020604051808303815f875af11580156105bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105e39190611375565b604080518481526020810183905291925073ffffffffffffffffffffffffffffffffffffffff85169133918a917f27d8f2ed6957021f336b9c0dc4c2f3432e84692c9b85e52471b22702cd9f2b92910160405180910390a4610643610d65565b9550959350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146106a4576040517fb22df39a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f84815260016020526040902082156106bb578281555b60018101545f906106df9084906fffffffffffffffffffffffffffffffff1661133d565b90506106ea81610e07565b6001830180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff92909216919091179055815460408051918252602082018590528101829052859087907f1b569d0b7dac1f81710cf4b174aa6a05ec257e25353cc99a8f5b28f414de3abd9060600160405180910390a3505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610828576040517f8ae4eb3900000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016602482015260440161069b565b5f5473ffffffffffffffffffffffffffffffffffffffff1615610892575f546040517f16b19d9b00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161069b565b73ffffffffffffffffffffffffffffffffffffffff81166108df576040517f4faad05600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b61096c60405180606001604052805f81526020015f81526020015f81525090565b505f908152600160208181526040928390208351606081018552815481529201546fffffffffffffffffffffffffffffffff808216928401929092527001000000000000000000000000000000009004169181019190915290565b6109cf610e60565b6109fc60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610eb9565b565b5f858152600160205260408120805480610a47576040517faf9c34c10000000000000000000000000000000000000000000000000000000081526004810189905260240161069b565b6040805160208082018b905273ffffffffffffffffffffffffffffffffffffffff8a168284015260608083018a90528351808403909101815260808301845280519082012060a0808401919091528351808403909101815260c09092019092528051910120610abb90869086908490610ec0565b610b17576040517fa74eb3e50000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff881660248201526044810187905260640161069b565b5f88815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8b168452909152902054808711610bac576040517f333f4f34000000000000000000000000000000000000000000000000000000008152600481018a905273ffffffffffffffffffffffffffffffffffffffff89166024820152604481018890526064810182905260840161069b565b600183015481880394505f90610be990869070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1661133d565b60018501549091506fffffffffffffffffffffffffffffffff1680821115610c4e576040517fa93e9181000000000000000000000000000000000000000000000000000000008152600481018c9052602481018390526044810182905260640161069b565b5f8b815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8e168085529252918290208b90556001870180546fffffffffffffffffffffffffffffffff80871670010000000000000000000000000000000002911617905590518c907fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac90610cef908a908e90918252602082015260400190565b60405180910390a3505050505095945050505050565b610d128383836001610ed7565b610d60576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161069b565b505050565b6109fc5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006109f6565b610d9b8383835f610f5f565b610d6057610dac83835f6001610f5f565b610dfa576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161069b565b610d128383836001610f5f565b5f6fffffffffffffffffffffffffffffffff821115610e5c576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152608060048201526024810183905260440161069b565b5090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156109fc576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f82610ecd868685610fcf565b1495945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610f53578383151615610f47573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610f53578383151615610f47573d5f823e3d81fd5b5f81815b8481101561100757610ffd82878784818110610ff157610ff1611270565b90506020020135611010565b9150600101610fd3565b50949350505050565b5f81831061102a575f828152602084905260409020611038565b5f8381526020839052604090205b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114611062575f5ffd5b919050565b5f5f60408385031215611078575f5ffd5b823591506110886020840161103f565b90509250929050565b5f5f83601f8401126110a1575f5ffd5b50813567ffffffffffffffff8111156110b8575f5ffd5b6020830191508360208260051b85010111156110d2575f5ffd5b9250929050565b5f5f602083850312156110ea575f5ffd5b823567ffffffffffffffff811115611100575f5ffd5b61110c85828601611091565b90969095509350505050565b5f5f5f5f5f6080868803121561112c575f5ffd5b8535945061113c6020870161103f565b935060408601359250606086013567ffffffffffffffff81111561115e575f5ffd5b61116a88828901611091565b969995985093965092949392505050565b5f5f5f5f5f6080868803121561118f575f5ffd5b8535945060208601359350604086013567ffffffffffffffff8111156111b3575f5ffd5b6111bf88828901611091565b90945092506111d290506060870161103f565b90509295509295909350565b5f5f5f5f608085870312156111f1575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f6020828403121561121d575f5ffd5b6110388261103f565b5f60208284031215611236575f5ffd5b5035919050565b5f5f5f6060848603121561124f575f5ffd5b8335925061125f6020850161103f565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff818336030181126112cf575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261130c575f5ffd5b83018035915067ffffffffffffffff821115611326575f5ffd5b6020019150600581901b36038213156110d2575f5ffd5b80820180821115610328577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f60208284031215611385575f5ffd5b505191905056fea26469706673582212207478098ec5d1f18d979e72b53b86e1631f7a1a5e70cc2c2369c71928c11d3c4b64736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 292 },
      { length: 32, start: 397 },
      { length: 32, start: 726 },
      { length: 32, start: 1032 },
      { length: 32, start: 1141 },
      { length: 32, start: 1248 },
      { length: 32, start: 1282 },
      { length: 32, start: 1401 },
      { length: 32, start: 1939 },
      { length: 32, start: 2043 },
    ],
  },
  RoundSettlement: {
    bytecode:
      '0x610220604052348015610010575f5ffd5b506040516143e83803806143e883398101604081905261002f9161069f565b836040518060400160405280601581526020017f416572696520526f756e64536574746c656d656e740000000000000000000000815250604051806040016040528060018152602001603160f81b81525061008f8261034d60201b60201c565b6101205261009c8161034d565b61014052815160208084019190912060e052815190820120610100524660a05261012860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661015f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101688161038a565b506001600160a01b03871661019057604051635131a89560e11b815260040160405180910390fd5b6001600160a01b0386166101b757604051635131a89560e11b815260040160405180910390fd5b6001600160a01b0385166101de57604051635131a89560e11b815260040160405180910390fd5b6001600160a01b03808816610160819052878216610180529086166101a0526040805163d62aad2960e01b8152905163d62aad29916004808201926020929091908290030181865afa158015610236573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061025a91906107d2565b6101c08181525050866001600160a01b031663d9e39f2c6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561029e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102c291906107d2565b6101e08181525050866001600160a01b03166331440f556040518163ffffffff1660e01b8152600401602060405180830381865afa158015610306573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061032a91906107d2565b6102005261033883836103a6565b610341816103f6565b505050505050506108d2565b5f5f829050601f81511115610377578260405163305a27a960e01b815260040161015691906107e9565b80516103828261081e565b179392505050565b600380546001600160a01b03191690556103a381610466565b50565b5f6103b56004848460206104b7565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a684846040516103e9929190610844565b60405180910390a2505050565b6001600160a01b03811661041d57604051635131a89560e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b82515f908315806104c757508084115b806104d157508281115b156104f95760405163089a755960e31b81526004810182905260248101859052604401610156565b600286015461051990600160801b90046001600160801b03166001610899565b6001600160801b03858116908216600160801b026001600160801b0319161760028801559150610549865f610639565b5f5b8181101561062f575f868281518110610566576105666108be565b602002602001015190505f6001600160a01b0316816001600160a01b0316036105a55760405163185e25b560e11b815260048101839052602401610156565b6001600160a01b0381165f9081526001890160205260409020548490036105ea57604051634f0133b360e11b81526001600160a01b0382166004820152602401610156565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180546001600160a01b0319169092179091550161054b565b5050949350505050565b5080545f8255905f5260205f20908101906103a391905b80821115610663575f8155600101610650565b5090565b6001600160a01b03811681146103a3575f5ffd5b805161068681610667565b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f5f60e0888a0312156106b5575f5ffd5b87516106c081610667565b60208901519097506106d181610667565b60408901519096506106e281610667565b60608901519095506106f381610667565b60808901519094506001600160401b0381111561070e575f5ffd5b8801601f81018a1361071e575f5ffd5b80516001600160401b038111156107375761073761068b565b604051600582901b90603f8201601f191681016001600160401b03811182821017156107655761076561068b565b60405291825260208184018101929081018d841115610782575f5ffd5b6020850194505b838510156107a85761079a8561067b565b815260209485019401610789565b5060a08c015190965094506107c492505060c08a01905061067b565b905092959891949750929550565b5f602082840312156107e2575f5ffd5b5051919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561083e575f198160200360031b1b821691505b50919050565b604080825283519082018190525f9060208501906060840190835b818110156108865783516001600160a01b031683526020938401939092019160010161085f565b5050602093909301939093525092915050565b808201808211156108b857634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051613a0b6109dd5f395f818161027a01528181612a0a0152612a6f01525f818161045c0152818161154d01526118c001525f818161041e0152818161065b01528181610ba00152611f3e01525f81816103a301528181610cd80152610d9901525f81816101e401528181610d0001528181610e4e015281816116590152818161258c0152612ae201525f81816102db015281816108fb01528181610f760152818161101d0152611f8901525f6121de01525f6121ae01525f612e2401525f612dfc01525f612d5701525f612d8101525f612dab0152613a0b5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806384b0196e116100fe578063d62aad291161009e578063e5d5494a1161006e578063e5d5494a1461048f578063e636d84b146104a2578063eb9cc6ea146104c5578063f2fde38b146104cd575f5ffd5b8063d62aad2914610419578063d864e74014610440578063d9e39f2c14610457578063e30c39781461047e575f5ffd5b80639c26149f116100d95780639c26149f1461039e578063b6013cef146103c5578063c7f758a8146103d8578063d214849a146103f9575f5ffd5b806384b0196e1461035f5780638a0dac4a1461037a5780638da5cb5b1461038d575f5ffd5b8063452a932011610169578063715018a611610144578063715018a61461033457806379ba50971461033c5780637d7b02cb146103445780637f10792d14610357575f5ffd5b8063452a9320146102fd5780634a6e01231461030e578063649b112614610321575f5ffd5b806331440f55116101a457806331440f551461027557806332c5536c1461029c57806335515eaf146102af578063411557d1146102d6575f5ffd5b80630252028a146101ca57806306433b1b146101df578063213eb00114610223575b5f5ffd5b6101dd6101d8366004613010565b6104e0565b005b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610267610231366004613058565b5f908152600860205260409020547a010000000000000000000000000000000000000000000000000000900464ffffffffff1690565b60405190815260200161021a565b6102677f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6102aa3660046130c6565b61052a565b6102677f3095a559ceb4f3a9b2d28904ccc159d4575ac6ba028f9db58e7dfffbb441069e81565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6007546001600160a01b0316610206565b61026761031c366004613160565b6105d2565b6101dd61032f36600461319f565b610605565b6101dd61096a565b6101dd61097d565b61026761035236600461321b565b6109da565b610267602081565b6103676109e7565b60405161021a97969594939291906132a1565b6101dd61038836600461336e565b610a45565b6002546001600160a01b0316610206565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6103d336600461338e565b610a56565b6103eb6103e6366004613058565b6110af565b60405161021a9291906133ae565b61040c61040736600461338e565b61130a565b60405161021a9190613490565b6102677f000000000000000000000000000000000000000000000000000000000000000081565b61044861142d565b60405161021a93929190613512565b6102677f000000000000000000000000000000000000000000000000000000000000000081565b6003546001600160a01b0316610206565b6101dd61049d36600461338e565b6114df565b6104b56104b036600461336e565b6116c3565b604051901515815260200161021a565b610267604081565b6101dd6104db36600461336e565b61170c565b6104e8611795565b6105258383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508592506117db915050565b505050565b5f61053686868661182b565b90505f61054a61054588613635565b611a43565b5f818152600c602052604090205490915060ff16156105ae576040517f8fe16cfe0000000000000000000000000000000000000000000000000000000081528735600482015260208801356024820152604481018290526064015b60405180910390fd5b6105bb6004828686611af4565b506105c98282898989611cfd565b50505050505050565b5f82826040516020016105e69291906136f9565b6040516020818303038152906040528051906020012090505b92915050565b6007546001600160a01b0316331461064b576040517f74b2202f0000000000000000000000000000000000000000000000000000000081523360048201526024016105a5565b5f6106568585612055565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826020015165ffffffffffff16610691919061370c565b90508042106106e3576040517fcba16b570000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604481018290524260648201526084016105a5565b5f86815260096020908152604080832054808452600c835281842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905581516080810183528481528084018581528784015164ffffffffff908116838601908152606084018881528e89526008909752968590209251835492519751965160ff167f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff979092167a010000000000000000000000000000000000000000000000000000029690961679ffffffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff9890981674010000000000000000000000000000000000000000027fffffffffffff00000000000000000000000000000000000000000000000000009093166001600160a01b0397909716969096179190911795909516939093179390931790915551869088907fdb5248fdc763a42b244ed68ed74e7ebe99ce63269a67b8a833bc4174c581d4ae9061088e90859033908b908b9061378b565b60405180910390a35f878152600a60205260408120905b846060015160ff1681101561095f575f81815260208390526040908190205490517fbedb10190000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063bedb1019906024015f604051808303815f87803b15801561093e575f5ffd5b505af1158015610950573d5f5f3e3d5ffd5b505050508060010190506108a5565b505050505050505050565b610972611795565b61097b5f612176565b565b60035433906001600160a01b031681146109ce576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105a5565b6109d781612176565b50565b5f6105ff61054583613635565b5f6060805f5f5f60606109f86121a7565b610a006121d7565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b610a4d611795565b6109d781612202565b610a5e6122a3565b5f82815260086020908152604091829020825160808101845290546001600160a01b038116825274010000000000000000000000000000000000000000810465ffffffffffff16928201929092527a010000000000000000000000000000000000000000000000000000820464ffffffffff169281018390527f010000000000000000000000000000000000000000000000000000000000000090910460ff16606082015290828114610b4e576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290526064016105a5565b816020015165ffffffffffff165f03610b9d576040517f509f102b00000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044016105a5565b5f7f0000000000000000000000000000000000000000000000000000000000000000836020015165ffffffffffff16610bd6919061370c565b905080421015610c29576040517f6df98b030000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105a5565b5f85815260096020526040902060018101546003820154610c4a88886122d8565b60028301546040805184815260208101849052808201929092525188918a917f82726e1f451c5f43307c3a081a790990a4ede53e23da5d013a93b7d5fa8cc6b19181900360600190a36040517f795358260000000000000000000000000000000000000000000000000000000081526004810189905260248101889052604481018290526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660648301527f000000000000000000000000000000000000000000000000000000000000000016906379535826906084015f604051808303815f87803b158015610d41575f5ffd5b505af1158015610d53573d5f5f3e3d5ffd5b50506040517f8d022d68000000000000000000000000000000000000000000000000000000008152600481018b9052602481018a905260448101859052606481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169250638d022d6891506084015f604051808303815f87803b158015610de4575f5ffd5b505af1158015610df6573d5f5f3e3d5ffd5b50505050606086015160ff165f819003610e1657505050505050506110a3565b6040517f9884aedd000000000000000000000000000000000000000000000000000000008152600481018a9052602481018990525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639884aedd906044016040805180830381865afa158015610e9a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ebe91906137bd565b5090505f8a8a604051602001610ede929190918252602082015260400190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f8e8152600a909352908220909250905b84811015611097575f81815260208390526040908190205490517fbedb10190000000000000000000000000000000000000000000000000000000081526001600160a01b03808316600483015282917f00000000000000000000000000000000000000000000000000000000000000009091169063bedb1019906024015f604051808303815f87803b158015610fb9575f5ffd5b505af1158015610fcb573d5f5f3e3d5ffd5b50506040517fa22233410000000000000000000000000000000000000000000000000000000081526001600160a01b03848116600483015260a086901c6024830152604482018a9052606482018990527f000000000000000000000000000000000000000000000000000000000000000016925063a2223341915060840160408051808303815f875af1158015611064573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061108891906137bd565b50505050806001019050610f25565b50505050505050505050505b6110ab61241b565b5050565b6110fb6040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f67ffffffffffffffff1681525090565b5f828152600860209081526040808320815160808101835290546001600160a01b038116825274010000000000000000000000000000000000000000810465ffffffffffff169382018490527a010000000000000000000000000000000000000000000000000000810464ffffffffff16928201929092527f010000000000000000000000000000000000000000000000000000000000000090910460ff1660608083019190915292909190036111b25750915091565b5f84815260096020908152604091829020825160e0810184528484015164ffffffffff16815281548184015260018201549381019390935260038101546060808501919091526002820154608085015284516001600160a01b031660a08501529184015165ffffffffffff1660c0840152908301519194509060ff1667ffffffffffffffff81111561124657611246613536565b60405190808252806020026020018201604052801561128a57816020015b604080518082019091525f80825260208201528152602001906001900390816112645790505b505f868152600a602052604081209194505b8451811015611301575f825f8381526020019081526020015f205490506040518060400160405280826001600160a01b0316815260200160a083901c8152508683815181106112ed576112ed6137df565b60209081029190910101525060010161129c565b50505050915091565b5f828152600860209081526040808320815160808101835290546001600160a01b038116825274010000000000000000000000000000000000000000810465ffffffffffff16938201939093527a010000000000000000000000000000000000000000000000000000830464ffffffffff169181018290527f010000000000000000000000000000000000000000000000000000000000000090920460ff1660608301528310156113f0575f848152600b60209081526040808320600887901c8452909152902054600160ff85161b166113e55760026113e8565b60035b9150506105ff565b806040015164ffffffffff16831480156114155750602081015165ffffffffffff1615155b156114245760019150506105ff565b505f9392505050565b60065460048054604080516020808402820181019092528281526060945f94859490936fffffffffffffffffffffffffffffffff8084169470010000000000000000000000000000000090940416929185918301828280156114b657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611498575b50939a6fffffffffffffffffffffffffffffffff9687169a509490951697509295505050505050565b6114e76122a3565b5f5f6114f38484612445565b5091509150816020015165ffffffffffff165f14611547576040517f9a49997300000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044016105a5565b5f6115727f00000000000000000000000000000000000000000000000000000000000000008361370c565b9050804210156115c5576040517fe3a3decc0000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105a5565b5f858152600b60209081526040808320600888901c845290915290208054600160ff87161b1790556115f785856122d8565b604051849086907f3fd1c85cda6246c06e5680d9888d379fe80d0234f53064ba2f3e3ef7698dfd4b905f90a36040517f48435e6e00000000000000000000000000000000000000000000000000000000815260048101869052602481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906348435e6e906044015f604051808303815f87803b1580156116a2575f5ffd5b505af11580156116b4573d5f5f3e3d5ffd5b505050505050506110ab61241b565b6006546001600160a01b0382165f90815260056020526040812054909170010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16146105ff565b611714611795565b600380546001600160a01b0383167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561175d6002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002546001600160a01b0316331461097b576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016105a5565b5f6117ea600484846020612658565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a6848460405161181e92919061380c565b60405180910390a2505050565b604080516080810182525f808252602082018190529181018290526060810191909152833560208501355f806118618484612445565b9196509092509050428111156118ba576040517fbc2aacbd0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290524260648201526084016105a5565b5f6118e57f00000000000000000000000000000000000000000000000000000000000000008361370c565b9050804210611937576040517f3b078c390000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105a5565b602086015165ffffffffffff1615611985576040517f9a49997300000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016105a5565b82896060013511156119d0576040517ff5a69db300000000000000000000000000000000000000000000000000000000815260608a01356004820152602481018490526044016105a5565b6060890135158015906119e557506040890135155b15611a26576040517f1658e3cc00000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016105a5565b611a3785858b608001358b8b612881565b50505050509392505050565b5f6105ff7f3095a559ceb4f3a9b2d28904ccc159d4575ac6ba028f9db58e7dfffbb441069e835f015184602001518560400151866060015187608001518860a001518960c0015180519060200120604051602001611ad9989796959493929190978852602088019690965260408701949094526060860192909252608085015260a084015260c083015260e08201526101000190565b60405160208183030381529060405280519060200120612bb7565b60028401545f9070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff168282805b82811015611c90575f5f611b5c8a8a8a86818110611b4557611b456137df565b9050602002810190611b57919061382d565b612bfe565b5090925090505f816003811115611b7557611b75613463565b14611baf576040517f9e91ee0f000000000000000000000000000000000000000000000000000000008152600481018490526024016105a5565b8215801590611bd05750836001600160a01b0316826001600160a01b031611155b15611c21576040517f98c21d74000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038086166024830152831660448201526064016105a5565b6001600160a01b0382165f90815260018c0160205260409020548614611c85576040517f011bfb91000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03831660248201526044016105a5565b509150600101611b25565b50600288015491935083916fffffffffffffffffffffffffffffffff1680831015611cf1576040517f9c73b2b600000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016105a5565b50505050949350505050565b604080516080808201835233825265ffffffffffff42811660208085019182528a86015164ffffffffff90811686880190815260ff808a166060808a019182528d355f818152600888528c81209b518c549951965194519095167f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff949097167a010000000000000000000000000000000000000000000000000000029390931679ffffffffffffffffffffffffffffffffffffffffffffffffffff9590991674010000000000000000000000000000000000000000027fffffffffffff00000000000000000000000000000000000000000000000000009098166001600160a01b03949094169390931796909617929092169590951791909117909555855193840186528984528589013584820190815260a08a0135858801908152838b01359386019384528487526009835287872095518655905160018601555160028501559051600390930192909255600a90915291812083915b82811015611f0c5760a0868683818110611eb157611eb16137df565b90506040020160200135901b868683818110611ecf57611ecf6137df565b611ee5926020604090920201908101915061336e565b5f8381526020859052604090206001600160a01b0391909116919091179055600101611e95565b506020860135837f63cbb4fc01dd654f6ab004ff1a054a1afcf57365ee0d8b219871a492054975b28989898933611f637f00000000000000000000000000000000000000000000000000000000000000004261370c565b604051611f759695949392919061388e565b60405180910390a35f5b8281101561095f577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db236fae878784818110611fc857611fc86137df565b611fde926020604090920201908101915061336e565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015612034575f5ffd5b505af1158015612046573d5f5f3e3d5ffd5b50505050806001019050611f7f565b604080516080810182525f808252602082018190529181018290526060810191909152505f82815260086020908152604091829020825160808101845290546001600160a01b038116825274010000000000000000000000000000000000000000810465ffffffffffff169282018390527a010000000000000000000000000000000000000000000000000000810464ffffffffff16938201939093527f010000000000000000000000000000000000000000000000000000000000000090920460ff1660608301521580612135575081816040015164ffffffffff1614155b156105ff576040517f509f102b00000000000000000000000000000000000000000000000000000000815260048101849052602481018390526044016105a5565b600380547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556109d781612c45565b60606121d27f0000000000000000000000000000000000000000000000000000000000000000612cae565b905090565b60606121d27f0000000000000000000000000000000000000000000000000000000000000000612cae565b6001600160a01b038116612242576040517fa263512a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600780547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b6122ab612ceb565b61097b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612d44565b604080516080810182525f80825260208201529081016122f983600161370c565b64ffffffffff90811682525f60209283018190529485526008825260409485902083518154938501519685015160609095015160ff167f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff959093167a010000000000000000000000000000000000000000000000000000029490941679ffffffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff90971674010000000000000000000000000000000000000000027fffffffffffff00000000000000000000000000000000000000000000000000009094166001600160a01b03909516949094179290921794909416919091179290921790915550565b61097b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006122d2565b60408051608080820183525f808352602080840182905283850182905260609384018290528682526008815284822085519384018652546001600160a01b038116845274010000000000000000000000000000000000000000810465ffffffffffff16918401919091527a010000000000000000000000000000000000000000000000000000810464ffffffffff169483018590527f0100000000000000000000000000000000000000000000000000000000000000900460ff1692820192909252918190848114612554576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604481018290526064016105a5565b6040517f59025b2b00000000000000000000000000000000000000000000000000000000815260048101879052602481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906359025b2b90604401606060405180830381865afa1580156125d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125fd919061398c565b919550909350905080861061264f576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810188905260248101879052604481018290526064016105a5565b50509250925092565b82515f9083158061266857508084115b8061267257508281115b156126b3576040517f44d3aac800000000000000000000000000000000000000000000000000000000815260048101829052602481018590526044016105a5565b60028601546126e99070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16600161370c565b6fffffffffffffffffffffffffffffffff858116908216700100000000000000000000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000161760028801559150612747865f612f9a565b5f5b81811015612877575f868281518110612764576127646137df565b602002602001015190505f6001600160a01b0316816001600160a01b0316036127bc576040517f30bc4b6a000000000000000000000000000000000000000000000000000000008152600481018390526024016105a5565b6001600160a01b0381165f90815260018901602052604090205484900361281a576040517f9e0267660000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105a5565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690921790915501612749565b5050949350505050565b8060408111156128c957604080517f11aaea1e0000000000000000000000000000000000000000000000000000000081526105a5918391600401918252602082015260400190565b5f83836040516020016128dd9291906136f9565b604051602081830303815290604052805190602001209050848114612938576040517ffa55648c00000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016105a5565b5f5f5b8381101561095f575f868683818110612956576129566137df565b61296c926020604090920201908101915061336e565b90505f878784818110612981576129816137df565b905060400201602001359050825f141580156129af5750836001600160a01b0316826001600160a01b031611155b15612a00576040517f73e8b4fa000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038086166024830152831660448201526064016105a5565b801580612a2c57507f000000000000000000000000000000000000000000000000000000000000000081115b15612a9b576040517fc50f5a520000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290527f000000000000000000000000000000000000000000000000000000000000000060448201526064016105a5565b5f6040517f3c08ff90000000000000000000000000000000000000000000000000000000008152600481018d9052602481018c90526001600160a01b0384811660448301527f00000000000000000000000000000000000000000000000000000000000000001690633c08ff9090606401602060405180830381865afa158015612b27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b4b91906139b7565b6002811115612b5c57612b5c613463565b03612bac576040517fd2f54479000000000000000000000000000000000000000000000000000000008152600481018c9052602481018b90526001600160a01b03831660448201526064016105a5565b50915060010161293b565b5f6105ff612bc3612d4b565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f80806041849003612c32578435602086013560408701355f1a612c2489828585612e74565b955095509550505050612c3c565b505f915060029050825b93509350939050565b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60605f612cba83612f5a565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561097b576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612da357507f000000000000000000000000000000000000000000000000000000000000000046145b15612dcd57507f000000000000000000000000000000000000000000000000000000000000000090565b6121d2604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612ead57505f91506003905082612f50565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612efe573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116612f4757505f925060019150829050612f50565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156105ff576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5080545f8255905f5260205f20908101906109d791905b80821115612fc4575f8155600101612fb1565b5090565b5f5f83601f840112612fd8575f5ffd5b50813567ffffffffffffffff811115612fef575f5ffd5b6020830191508360208260051b8501011115613009575f5ffd5b9250929050565b5f5f5f60408486031215613022575f5ffd5b833567ffffffffffffffff811115613038575f5ffd5b61304486828701612fc8565b909790965060209590950135949350505050565b5f60208284031215613068575f5ffd5b5035919050565b5f60e0828403121561307f575f5ffd5b50919050565b5f5f83601f840112613095575f5ffd5b50813567ffffffffffffffff8111156130ac575f5ffd5b6020830191508360208260061b8501011115613009575f5ffd5b5f5f5f5f5f606086880312156130da575f5ffd5b853567ffffffffffffffff8111156130f0575f5ffd5b6130fc8882890161306f565b955050602086013567ffffffffffffffff811115613118575f5ffd5b61312488828901613085565b909550935050604086013567ffffffffffffffff811115613143575f5ffd5b61314f88828901612fc8565b969995985093965092949392505050565b5f5f60208385031215613171575f5ffd5b823567ffffffffffffffff811115613187575f5ffd5b61319385828601613085565b90969095509350505050565b5f5f5f5f606085870312156131b2575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156131d6575f5ffd5b8501601f810187136131e6575f5ffd5b803567ffffffffffffffff8111156131fc575f5ffd5b87602082840101111561320d575f5ffd5b949793965060200194505050565b5f6020828403121561322b575f5ffd5b813567ffffffffffffffff811115613241575f5ffd5b61324d8482850161306f565b949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6132db60e0830189613255565b82810360408401526132ed8189613255565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613342578351835260209384019390920191600101613324565b50909b9a5050505050505050505050565b80356001600160a01b0381168114613369575f5ffd5b919050565b5f6020828403121561337e575f5ffd5b61338782613353565b9392505050565b5f5f6040838503121561339f575f5ffd5b50508035926020909101359150565b5f610100820184518352602085015160208401526040850151604084015260608501516060840152608085015160808401526001600160a01b0360a08601511660a084015267ffffffffffffffff60c08601511660c084015261010060e0840152808451808352610120850191506020860192505f5b8181101561345757835180516001600160a01b031684526020908101518185015290930192604090920191600101613424565b50909695505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60208101600483106134c9577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f8151808452602084019350602083015f5b828110156135085781516001600160a01b03168652602095860195909101906001016134e1565b5093949350505050565b606081525f61352460608301866134cf565b60208301949094525060400152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405160e0810167ffffffffffffffff8111828210171561358657613586613536565b60405290565b5f82601f83011261359b575f5ffd5b813567ffffffffffffffff8111156135b5576135b5613536565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0908116603f0116810167ffffffffffffffff8111828210171561360257613602613536565b604052818152838201602001851015613619575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60e08236031215613645575f5ffd5b61364d613563565b823581526020808401359082015260408084013590820152606080840135908201526080808401359082015260a0808401359082015260c083013567ffffffffffffffff81111561369c575f5ffd5b6136a83682860161358c565b60c08301525092915050565b8183526020830192505f815f5b84811015613508576001600160a01b036136da83613353565b16865260208281013590870152604095860195909101906001016136c1565b602081525f61324d6020830184866136b4565b808201808211156105ff577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b8481526001600160a01b0384166020820152606060408201525f6137b3606083018486613744565b9695505050505050565b5f5f604083850312156137ce575f5ffd5b505080516020909101519092909150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b604081525f61381e60408301856134cf565b90508260208301529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613860575f5ffd5b83018035915067ffffffffffffffff82111561387a575f5ffd5b602001915036819003821315613009575f5ffd5b86815260a0602080830182905287358284015287013560c080840191909152604088013560e084015260608801356101008401526080880135610120840152908701356101408301525f90870135368890037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe101811261390c575f5ffd5b870160208101903567ffffffffffffffff811115613928575f5ffd5b803603821315613936575f5ffd5b60e061016085015261394d61018085018284613744565b91505082810360408401526139638187896136b4565b91505061397b60608301856001600160a01b03169052565b826080830152979650505050505050565b5f5f5f6060848603121561399e575f5ffd5b5050815160208301516040909301519094929350919050565b5f602082840312156139c7575f5ffd5b815160038110613387575f5ffdfea2646970667358221220bb7c0cd3395b9e3475a29d49c67bbb10348f1bcfbd491372751e6d2df8d4058064736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806384b0196e116100fe578063d62aad291161009e578063e5d5494a1161006e578063e5d5494a1461048f578063e636d84b146104a2578063eb9cc6ea146104c5578063f2fde38b146104cd575f5ffd5b8063d62aad2914610419578063d864e74014610440578063d9e39f2c14610457578063e30c39781461047e575f5ffd5b80639c26149f116100d95780639c26149f1461039e578063b6013cef146103c5578063c7f758a8146103d8578063d214849a146103f9575f5ffd5b806384b0196e1461035f5780638a0dac4a1461037a5780638da5cb5b1461038d575f5ffd5b8063452a932011610169578063715018a611610144578063715018a61461033457806379ba50971461033c5780637d7b02cb146103445780637f10792d14610357575f5ffd5b8063452a9320146102fd5780634a6e01231461030e578063649b112614610321575f5ffd5b806331440f55116101a457806331440f551461027557806332c5536c1461029c57806335515eaf146102af578063411557d1146102d6575f5ffd5b80630252028a146101ca57806306433b1b146101df578063213eb00114610223575b5f5ffd5b6101dd6101d8366004613010565b6104e0565b005b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610267610231366004613058565b5f908152600860205260409020547a010000000000000000000000000000000000000000000000000000900464ffffffffff1690565b60405190815260200161021a565b6102677f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6102aa3660046130c6565b61052a565b6102677f3095a559ceb4f3a9b2d28904ccc159d4575ac6ba028f9db58e7dfffbb441069e81565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6007546001600160a01b0316610206565b61026761031c366004613160565b6105d2565b6101dd61032f36600461319f565b610605565b6101dd61096a565b6101dd61097d565b61026761035236600461321b565b6109da565b610267602081565b6103676109e7565b60405161021a97969594939291906132a1565b6101dd61038836600461336e565b610a45565b6002546001600160a01b0316610206565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6103d336600461338e565b610a56565b6103eb6103e6366004613058565b6110af565b60405161021a9291906133ae565b61040c61040736600461338e565b61130a565b60405161021a9190613490565b6102677f000000000000000000000000000000000000000000000000000000000000000081565b61044861142d565b60405161021a93929190613512565b6102677f000000000000000000000000000000000000000000000000000000000000000081565b6003546001600160a01b0316610206565b6101dd61049d36600461338e565b6114df565b6104b56104b036600461336e565b6116c3565b604051901515815260200161021a565b610267604081565b6101dd6104db36600461336e565b61170c565b6104e8611795565b6105258383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508592506117db915050565b505050565b5f61053686868661182b565b90505f61054a61054588613635565b611a43565b5f818152600c602052604090205490915060ff16156105ae576040517f8fe16cfe0000000000000000000000000000000000000000000000000000000081528735600482015260208801356024820152604481018290526064015b60405180910390fd5b6105bb6004828686611af4565b506105c98282898989611cfd565b50505050505050565b5f82826040516020016105e69291906136f9565b6040516020818303038152906040528051906020012090505b92915050565b6007546001600160a01b0316331461064b576040517f74b2202f0000000000000000000000000000000000000000000000000000000081523360048201526024016105a5565b5f6106568585612055565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826020015165ffffffffffff16610691919061370c565b90508042106106e3576040517fcba16b570000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604481018290524260648201526084016105a5565b5f86815260096020908152604080832054808452600c835281842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905581516080810183528481528084018581528784015164ffffffffff908116838601908152606084018881528e89526008909752968590209251835492519751965160ff167f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff979092167a010000000000000000000000000000000000000000000000000000029690961679ffffffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff9890981674010000000000000000000000000000000000000000027fffffffffffff00000000000000000000000000000000000000000000000000009093166001600160a01b0397909716969096179190911795909516939093179390931790915551869088907fdb5248fdc763a42b244ed68ed74e7ebe99ce63269a67b8a833bc4174c581d4ae9061088e90859033908b908b9061378b565b60405180910390a35f878152600a60205260408120905b846060015160ff1681101561095f575f81815260208390526040908190205490517fbedb10190000000000000000000000000000000000000000000000000000000081526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063bedb1019906024015f604051808303815f87803b15801561093e575f5ffd5b505af1158015610950573d5f5f3e3d5ffd5b505050508060010190506108a5565b505050505050505050565b610972611795565b61097b5f612176565b565b60035433906001600160a01b031681146109ce576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105a5565b6109d781612176565b50565b5f6105ff61054583613635565b5f6060805f5f5f60606109f86121a7565b610a006121d7565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b610a4d611795565b6109d781612202565b610a5e6122a3565b5f82815260086020908152604091829020825160808101845290546001600160a01b038116825274010000000000000000000000000000000000000000810465ffffffffffff16928201929092527a010000000000000000000000000000000000000000000000000000820464ffffffffff169281018390527f010000000000000000000000000000000000000000000000000000000000000090910460ff16606082015290828114610b4e576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290526064016105a5565b816020015165ffffffffffff165f03610b9d576040517f509f102b00000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044016105a5565b5f7f0000000000000000000000000000000000000000000000000000000000000000836020015165ffffffffffff16610bd6919061370c565b905080421015610c29576040517f6df98b030000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105a5565b5f85815260096020526040902060018101546003820154610c4a88886122d8565b60028301546040805184815260208101849052808201929092525188918a917f82726e1f451c5f43307c3a081a790990a4ede53e23da5d013a93b7d5fa8cc6b19181900360600190a36040517f795358260000000000000000000000000000000000000000000000000000000081526004810189905260248101889052604481018290526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660648301527f000000000000000000000000000000000000000000000000000000000000000016906379535826906084015f604051808303815f87803b158015610d41575f5ffd5b505af1158015610d53573d5f5f3e3d5ffd5b50506040517f8d022d68000000000000000000000000000000000000000000000000000000008152600481018b9052602481018a905260448101859052606481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169250638d022d6891506084015f604051808303815f87803b158015610de4575f5ffd5b505af1158015610df6573d5f5f3e3d5ffd5b50505050606086015160ff165f819003610e1657505050505050506110a3565b6040517f9884aedd000000000000000000000000000000000000000000000000000000008152600481018a9052602481018990525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639884aedd906044016040805180830381865afa158015610e9a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ebe91906137bd565b5090505f8a8a604051602001610ede929190918252602082015260400190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f8e8152600a909352908220909250905b84811015611097575f81815260208390526040908190205490517fbedb10190000000000000000000000000000000000000000000000000000000081526001600160a01b03808316600483015282917f00000000000000000000000000000000000000000000000000000000000000009091169063bedb1019906024015f604051808303815f87803b158015610fb9575f5ffd5b505af1158015610fcb573d5f5f3e3d5ffd5b50506040517fa22233410000000000000000000000000000000000000000000000000000000081526001600160a01b03848116600483015260a086901c6024830152604482018a9052606482018990527f000000000000000000000000000000000000000000000000000000000000000016925063a2223341915060840160408051808303815f875af1158015611064573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061108891906137bd565b50505050806001019050610f25565b50505050505050505050505b6110ab61241b565b5050565b6110fb6040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f67ffffffffffffffff1681525090565b5f828152600860209081526040808320815160808101835290546001600160a01b038116825274010000000000000000000000000000000000000000810465ffffffffffff169382018490527a010000000000000000000000000000000000000000000000000000810464ffffffffff16928201929092527f010000000000000000000000000000000000000000000000000000000000000090910460ff1660608083019190915292909190036111b25750915091565b5f84815260096020908152604091829020825160e0810184528484015164ffffffffff16815281548184015260018201549381019390935260038101546060808501919091526002820154608085015284516001600160a01b031660a08501529184015165ffffffffffff1660c0840152908301519194509060ff1667ffffffffffffffff81111561124657611246613536565b60405190808252806020026020018201604052801561128a57816020015b604080518082019091525f80825260208201528152602001906001900390816112645790505b505f868152600a602052604081209194505b8451811015611301575f825f8381526020019081526020015f205490506040518060400160405280826001600160a01b0316815260200160a083901c8152508683815181106112ed576112ed6137df565b60209081029190910101525060010161129c565b50505050915091565b5f828152600860209081526040808320815160808101835290546001600160a01b038116825274010000000000000000000000000000000000000000810465ffffffffffff16938201939093527a010000000000000000000000000000000000000000000000000000830464ffffffffff169181018290527f010000000000000000000000000000000000000000000000000000000000000090920460ff1660608301528310156113f0575f848152600b60209081526040808320600887901c8452909152902054600160ff85161b166113e55760026113e8565b60035b9150506105ff565b806040015164ffffffffff16831480156114155750602081015165ffffffffffff1615155b156114245760019150506105ff565b505f9392505050565b60065460048054604080516020808402820181019092528281526060945f94859490936fffffffffffffffffffffffffffffffff8084169470010000000000000000000000000000000090940416929185918301828280156114b657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611498575b50939a6fffffffffffffffffffffffffffffffff9687169a509490951697509295505050505050565b6114e76122a3565b5f5f6114f38484612445565b5091509150816020015165ffffffffffff165f14611547576040517f9a49997300000000000000000000000000000000000000000000000000000000815260048101859052602481018490526044016105a5565b5f6115727f00000000000000000000000000000000000000000000000000000000000000008361370c565b9050804210156115c5576040517fe3a3decc0000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105a5565b5f858152600b60209081526040808320600888901c845290915290208054600160ff87161b1790556115f785856122d8565b604051849086907f3fd1c85cda6246c06e5680d9888d379fe80d0234f53064ba2f3e3ef7698dfd4b905f90a36040517f48435e6e00000000000000000000000000000000000000000000000000000000815260048101869052602481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906348435e6e906044015f604051808303815f87803b1580156116a2575f5ffd5b505af11580156116b4573d5f5f3e3d5ffd5b505050505050506110ab61241b565b6006546001600160a01b0382165f90815260056020526040812054909170010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16146105ff565b611714611795565b600380546001600160a01b0383167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561175d6002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002546001600160a01b0316331461097b576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016105a5565b5f6117ea600484846020612658565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a6848460405161181e92919061380c565b60405180910390a2505050565b604080516080810182525f808252602082018190529181018290526060810191909152833560208501355f806118618484612445565b9196509092509050428111156118ba576040517fbc2aacbd0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290524260648201526084016105a5565b5f6118e57f00000000000000000000000000000000000000000000000000000000000000008361370c565b9050804210611937576040517f3b078c390000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105a5565b602086015165ffffffffffff1615611985576040517f9a49997300000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016105a5565b82896060013511156119d0576040517ff5a69db300000000000000000000000000000000000000000000000000000000815260608a01356004820152602481018490526044016105a5565b6060890135158015906119e557506040890135155b15611a26576040517f1658e3cc00000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016105a5565b611a3785858b608001358b8b612881565b50505050509392505050565b5f6105ff7f3095a559ceb4f3a9b2d28904ccc159d4575ac6ba028f9db58e7dfffbb441069e835f015184602001518560400151866060015187608001518860a001518960c0015180519060200120604051602001611ad9989796959493929190978852602088019690965260408701949094526060860192909252608085015260a084015260c083015260e08201526101000190565b60405160208183030381529060405280519060200120612bb7565b60028401545f9070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff168282805b82811015611c90575f5f611b5c8a8a8a86818110611b4557611b456137df565b9050602002810190611b57919061382d565b612bfe565b5090925090505f816003811115611b7557611b75613463565b14611baf576040517f9e91ee0f000000000000000000000000000000000000000000000000000000008152600481018490526024016105a5565b8215801590611bd05750836001600160a01b0316826001600160a01b031611155b15611c21576040517f98c21d74000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038086166024830152831660448201526064016105a5565b6001600160a01b0382165f90815260018c0160205260409020548614611c85576040517f011bfb91000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03831660248201526044016105a5565b509150600101611b25565b50600288015491935083916fffffffffffffffffffffffffffffffff1680831015611cf1576040517f9c73b2b600000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016105a5565b50505050949350505050565b604080516080808201835233825265ffffffffffff42811660208085019182528a86015164ffffffffff90811686880190815260ff808a166060808a019182528d355f818152600888528c81209b518c549951965194519095167f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff949097167a010000000000000000000000000000000000000000000000000000029390931679ffffffffffffffffffffffffffffffffffffffffffffffffffff9590991674010000000000000000000000000000000000000000027fffffffffffff00000000000000000000000000000000000000000000000000009098166001600160a01b03949094169390931796909617929092169590951791909117909555855193840186528984528589013584820190815260a08a0135858801908152838b01359386019384528487526009835287872095518655905160018601555160028501559051600390930192909255600a90915291812083915b82811015611f0c5760a0868683818110611eb157611eb16137df565b90506040020160200135901b868683818110611ecf57611ecf6137df565b611ee5926020604090920201908101915061336e565b5f8381526020859052604090206001600160a01b0391909116919091179055600101611e95565b506020860135837f63cbb4fc01dd654f6ab004ff1a054a1afcf57365ee0d8b219871a492054975b28989898933611f637f00000000000000000000000000000000000000000000000000000000000000004261370c565b604051611f759695949392919061388e565b60405180910390a35f5b8281101561095f577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db236fae878784818110611fc857611fc86137df565b611fde926020604090920201908101915061336e565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015612034575f5ffd5b505af1158015612046573d5f5f3e3d5ffd5b50505050806001019050611f7f565b604080516080810182525f808252602082018190529181018290526060810191909152505f82815260086020908152604091829020825160808101845290546001600160a01b038116825274010000000000000000000000000000000000000000810465ffffffffffff169282018390527a010000000000000000000000000000000000000000000000000000810464ffffffffff16938201939093527f010000000000000000000000000000000000000000000000000000000000000090920460ff1660608301521580612135575081816040015164ffffffffff1614155b156105ff576040517f509f102b00000000000000000000000000000000000000000000000000000000815260048101849052602481018390526044016105a5565b600380547fffffffffffffffffffffffff00000000000000000000000000000000000000001690556109d781612c45565b60606121d27f0000000000000000000000000000000000000000000000000000000000000000612cae565b905090565b60606121d27f0000000000000000000000000000000000000000000000000000000000000000612cae565b6001600160a01b038116612242576040517fa263512a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600780547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b6122ab612ceb565b61097b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612d44565b604080516080810182525f80825260208201529081016122f983600161370c565b64ffffffffff90811682525f60209283018190529485526008825260409485902083518154938501519685015160609095015160ff167f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff959093167a010000000000000000000000000000000000000000000000000000029490941679ffffffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff90971674010000000000000000000000000000000000000000027fffffffffffff00000000000000000000000000000000000000000000000000009094166001600160a01b03909516949094179290921794909416919091179290921790915550565b61097b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006122d2565b60408051608080820183525f808352602080840182905283850182905260609384018290528682526008815284822085519384018652546001600160a01b038116845274010000000000000000000000000000000000000000810465ffffffffffff16918401919091527a010000000000000000000000000000000000000000000000000000810464ffffffffff169483018590527f0100000000000000000000000000000000000000000000000000000000000000900460ff1692820192909252918190848114612554576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604481018290526064016105a5565b6040517f59025b2b00000000000000000000000000000000000000000000000000000000815260048101879052602481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906359025b2b90604401606060405180830381865afa1580156125d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125fd919061398c565b919550909350905080861061264f576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810188905260248101879052604481018290526064016105a5565b50509250925092565b82515f9083158061266857508084115b8061267257508281115b156126b3576040517f44d3aac800000000000000000000000000000000000000000000000000000000815260048101829052602481018590526044016105a5565b60028601546126e99070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16600161370c565b6fffffffffffffffffffffffffffffffff858116908216700100000000000000000000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000161760028801559150612747865f612f9a565b5f5b81811015612877575f868281518110612764576127646137df565b602002602001015190505f6001600160a01b0316816001600160a01b0316036127bc576040517f30bc4b6a000000000000000000000000000000000000000000000000000000008152600481018390526024016105a5565b6001600160a01b0381165f90815260018901602052604090205484900361281a576040517f9e0267660000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105a5565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690921790915501612749565b5050949350505050565b8060408111156128c957604080517f11aaea1e0000000000000000000000000000000000000000000000000000000081526105a5918391600401918252602082015260400190565b5f83836040516020016128dd9291906136f9565b604051602081830303815290604052805190602001209050848114612938576040517ffa55648c00000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016105a5565b5f5f5b8381101561095f575f868683818110612956576129566137df565b61296c926020604090920201908101915061336e565b90505f878784818110612981576129816137df565b905060400201602001359050825f141580156129af5750836001600160a01b0316826001600160a01b031611155b15612a00576040517f73e8b4fa000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038086166024830152831660448201526064016105a5565b801580612a2c57507f000000000000000000000000000000000000000000000000000000000000000081115b15612a9b576040517fc50f5a520000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290527f000000000000000000000000000000000000000000000000000000000000000060448201526064016105a5565b5f6040517f3c08ff90000000000000000000000000000000000000000000000000000000008152600481018d9052602481018c90526001600160a01b0384811660448301527f00000000000000000000000000000000000000000000000000000000000000001690633c08ff9090606401602060405180830381865afa158015612b27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b4b91906139b7565b6002811115612b5c57612b5c613463565b03612bac576040517fd2f54479000000000000000000000000000000000000000000000000000000008152600481018c9052602481018b90526001600160a01b03831660448201526064016105a5565b50915060010161293b565b5f6105ff612bc3612d4b565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f80806041849003612c32578435602086013560408701355f1a612c2489828585612e74565b955095509550505050612c3c565b505f915060029050825b93509350939050565b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60605f612cba83612f5a565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561097b576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612da357507f000000000000000000000000000000000000000000000000000000000000000046145b15612dcd57507f000000000000000000000000000000000000000000000000000000000000000090565b6121d2604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612ead57505f91506003905082612f50565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612efe573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116612f4757505f925060019150829050612f50565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156105ff576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5080545f8255905f5260205f20908101906109d791905b80821115612fc4575f8155600101612fb1565b5090565b5f5f83601f840112612fd8575f5ffd5b50813567ffffffffffffffff811115612fef575f5ffd5b6020830191508360208260051b8501011115613009575f5ffd5b9250929050565b5f5f5f60408486031215613022575f5ffd5b833567ffffffffffffffff811115613038575f5ffd5b61304486828701612fc8565b909790965060209590950135949350505050565b5f60208284031215613068575f5ffd5b5035919050565b5f60e0828403121561307f575f5ffd5b50919050565b5f5f83601f840112613095575f5ffd5b50813567ffffffffffffffff8111156130ac575f5ffd5b6020830191508360208260061b8501011115613009575f5ffd5b5f5f5f5f5f606086880312156130da575f5ffd5b853567ffffffffffffffff8111156130f0575f5ffd5b6130fc8882890161306f565b955050602086013567ffffffffffffffff811115613118575f5ffd5b61312488828901613085565b909550935050604086013567ffffffffffffffff811115613143575f5ffd5b61314f88828901612fc8565b969995985093965092949392505050565b5f5f60208385031215613171575f5ffd5b823567ffffffffffffffff811115613187575f5ffd5b61319385828601613085565b90969095509350505050565b5f5f5f5f606085870312156131b2575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156131d6575f5ffd5b8501601f810187136131e6575f5ffd5b803567ffffffffffffffff8111156131fc575f5ffd5b87602082840101111561320d575f5ffd5b949793965060200194505050565b5f6020828403121561322b575f5ffd5b813567ffffffffffffffff811115613241575f5ffd5b61324d8482850161306f565b949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6132db60e0830189613255565b82810360408401526132ed8189613255565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015613342578351835260209384019390920191600101613324565b50909b9a5050505050505050505050565b80356001600160a01b0381168114613369575f5ffd5b919050565b5f6020828403121561337e575f5ffd5b61338782613353565b9392505050565b5f5f6040838503121561339f575f5ffd5b50508035926020909101359150565b5f610100820184518352602085015160208401526040850151604084015260608501516060840152608085015160808401526001600160a01b0360a08601511660a084015267ffffffffffffffff60c08601511660c084015261010060e0840152808451808352610120850191506020860192505f5b8181101561345757835180516001600160a01b031684526020908101518185015290930192604090920191600101613424565b50909695505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60208101600483106134c9577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f8151808452602084019350602083015f5b828110156135085781516001600160a01b03168652602095860195909101906001016134e1565b5093949350505050565b606081525f61352460608301866134cf565b60208301949094525060400152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405160e0810167ffffffffffffffff8111828210171561358657613586613536565b60405290565b5f82601f83011261359b575f5ffd5b813567ffffffffffffffff8111156135b5576135b5613536565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0908116603f0116810167ffffffffffffffff8111828210171561360257613602613536565b604052818152838201602001851015613619575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60e08236031215613645575f5ffd5b61364d613563565b823581526020808401359082015260408084013590820152606080840135908201526080808401359082015260a0808401359082015260c083013567ffffffffffffffff81111561369c575f5ffd5b6136a83682860161358c565b60c08301525092915050565b8183526020830192505f815f5b84811015613508576001600160a01b036136da83613353565b16865260208281013590870152604095860195909101906001016136c1565b602081525f61324d6020830184866136b4565b808201808211156105ff577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b8481526001600160a01b0384166020820152606060408201525f6137b3606083018486613744565b9695505050505050565b5f5f604083850312156137ce575f5ffd5b505080516020909101519092909150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b604081525f61381e60408301856134cf565b90508260208301529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613860575f5ffd5b83018035915067ffffffffffffffff82111561387a575f5ffd5b602001915036819003821315613009575f5ffd5b86815260a0602080830182905287358284015287013560c080840191909152604088013560e084015260608801356101008401526080880135610120840152908701356101408301525f90870135368890037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe101811261390c575f5ffd5b870160208101903567ffffffffffffffff811115613928575f5ffd5b803603821315613936575f5ffd5b60e061016085015261394d61018085018284613744565b91505082810360408401526139638187896136b4565b91505061397b60608301856001600160a01b03169052565b826080830152979650505050505050565b5f5f5f6060848603121561399e575f5ffd5b5050815160208301516040909301519094929350919050565b5f602082840312156139c7575f5ffd5b815160038110613387575f5ffdfea2646970667358221220bb7c0cd3395b9e3475a29d49c67bbb10348f1bcfbd491372751e6d2df8d4058064736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 484 },
      { length: 32, start: 634 },
      { length: 32, start: 731 },
      { length: 32, start: 931 },
      { length: 32, start: 1054 },
      { length: 32, start: 1116 },
      { length: 32, start: 1627 },
      { length: 32, start: 2299 },
      { length: 32, start: 2976 },
      { length: 32, start: 3288 },
      { length: 32, start: 3328 },
      { length: 32, start: 3481 },
      { length: 32, start: 3662 },
      { length: 32, start: 3958 },
      { length: 32, start: 4125 },
      { length: 32, start: 5453 },
      { length: 32, start: 5721 },
      { length: 32, start: 6336 },
      { length: 32, start: 7998 },
      { length: 32, start: 8073 },
      { length: 32, start: 8622 },
      { length: 32, start: 8670 },
      { length: 32, start: 9612 },
      { length: 32, start: 10762 },
      { length: 32, start: 10863 },
      { length: 32, start: 10978 },
      { length: 32, start: 11607 },
      { length: 32, start: 11649 },
      { length: 32, start: 11691 },
      { length: 32, start: 11772 },
      { length: 32, start: 11812 },
    ],
  },
} as const
