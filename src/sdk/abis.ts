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
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'RewardDistributorNotAccount',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'RewardDistributorNotDeployer',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'RewardDistributorNotSettlement',
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
  {
    type: 'error',
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'RewardDistributorSettlementAlreadySet',
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
    inputs: [{ name: 'member', internalType: 'address', type: 'address' }],
    name: 'RoundSettlementDuplicateMember',
  },
  {
    type: 'error',
    inputs: [
      { name: 'valid', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementInsufficientSignatures',
  },
  {
    type: 'error',
    inputs: [
      { name: 'size', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementInvalidCommittee',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'RoundSettlementInvalidSignature',
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
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'signer', internalType: 'address', type: 'address' },
    ],
    name: 'RoundSettlementNotCommitteeMember',
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
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'address', type: 'address' },
      { name: 'signer', internalType: 'address', type: 'address' },
    ],
    name: 'RoundSettlementSignersNotAscending',
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
      { name: 'commissionBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultCommissionUnchanged',
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
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'StakingVaultNotSettlement',
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
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'StakingVaultSettlementAlreadySet',
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
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'TaskRegistryNotDeployer',
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
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'TaskRegistryNotSettlement',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'endTime', internalType: 'uint256', type: 'uint256' },
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
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'TaskRegistrySettlementAlreadySet',
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
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'caller', internalType: 'address', type: 'address' },
    ],
    name: 'RewardDistributorNotAccount',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'RewardDistributorNotDeployer',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'RewardDistributorNotSettlement',
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
  {
    type: 'error',
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'RewardDistributorSettlementAlreadySet',
  },
  { type: 'error', inputs: [], name: 'RewardDistributorZeroAddress' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
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
    inputs: [{ name: 'member', internalType: 'address', type: 'address' }],
    name: 'RoundSettlementDuplicateMember',
  },
  {
    type: 'error',
    inputs: [
      { name: 'valid', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementInsufficientSignatures',
  },
  {
    type: 'error',
    inputs: [
      { name: 'size', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RoundSettlementInvalidCommittee',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'RoundSettlementInvalidSignature',
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
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'signer', internalType: 'address', type: 'address' },
    ],
    name: 'RoundSettlementNotCommitteeMember',
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
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'address', type: 'address' },
      { name: 'signer', internalType: 'address', type: 'address' },
    ],
    name: 'RoundSettlementSignersNotAscending',
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
      { name: 'commissionBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingVaultCommissionUnchanged',
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
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'StakingVaultNotSettlement',
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
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'StakingVaultSettlementAlreadySet',
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
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'TaskRegistryNotDeployer',
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
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'TaskRegistryNotSettlement',
  },
  {
    type: 'error',
    inputs: [
      { name: 'taskId', internalType: 'uint256', type: 'uint256' },
      { name: 'endTime', internalType: 'uint256', type: 'uint256' },
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
    inputs: [{ name: 'settlement', internalType: 'address', type: 'address' }],
    name: 'TaskRegistrySettlementAlreadySet',
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
      '0x610180604052348015610010575f5ffd5b506040516139bb3803806139bb83398101604081905261002f9161044c565b610038836102fa565b6001600160a01b03811661006657604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006f81610326565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0384166100bb5760405163d8524de960e01b815260040160405180910390fd5b6127108260a0015161ffff16111561011c5760a0820151604051630942473160e01b815260606004820152600b60648201526a6d6178536c61736842707360a81b608482015261ffff9091166024820152612710604482015260a40161005d565b6127108260c0015161ffff1611156101825760c0820151604051630942473160e01b815260606004820152601060648201526f6d6178436f6d6d697373696f6e42707360801b608482015261ffff9091166024820152612710604482015260a40161005d565b5f82608001516001600160401b031683606001516001600160401b031684604001516001600160401b03166101b79190610553565b6101c19190610553565b905080835f01516001600160401b03161015610205578251604051631549e0b160e31b81526001600160401b0390911660048201526024810182905260440161005d565b825f01516001600160401b031683602001516001600160401b0316101561027f5760208301518351604051630942473160e01b815260606004820152600f60648201526e636f6d6d697373696f6e44656c617960881b60848201526001600160401b0392831660248201529116604482015260a40161005d565b6001600160a01b038516608090815283516001600160401b0390811660a09081526020860151821660c09081526040870151831660e0526060870151831661010052928601519091166101205284015161ffff908116610140529084015116610160526001600b556102f082610342565b5050505050610578565b5f6001600160a01b0382166103225760405163d8524de960e01b815260040160405180910390fd5b5090565b600180546001600160a01b031916905561033f816103b2565b50565b6001600160a01b0381166103695760405163d8524de960e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461033f575f5ffd5b805161042081610401565b919050565b80516001600160401b0381168114610420575f5ffd5b805161ffff81168114610420575f5ffd5b5f5f5f5f848603610140811215610461575f5ffd5b855161046c81610401565b602087015190955061047d81610401565b935060e0603f1982011215610490575f5ffd5b5060405160e081016001600160401b03811182821017156104bf57634e487b7160e01b5f52604160045260245ffd5b80604052506104d060408701610425565b81526104de60608701610425565b60208201526104ef60808701610425565b604082015261050060a08701610425565b606082015261051160c08701610425565b608082015261052260e0870161043b565b60a0820152610534610100870161043b565b60c082015291506105486101208601610415565b905092959194509250565b8082018082111561057257634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e051610100516101205161014051610160516133a26106195f395f81816107d401528181611b800152611bd501525f8181610389015281816119ca0152611a1f01525f61072801525f61077601525f61033a01525f81816107010152610a8401525f818161074f0152610dde01525f818161081e015281816110350152818161162c01528181611b230152611d5201526133a25ff3fe608060405234801561000f575f5ffd5b50600436106102e3575f3560e01c806379ba509711610187578063c84b1978116100dd578063db236fae11610093578063f2fde38b1161006e578063f2fde38b146107f6578063fba2c05a14610809578063fc0c546a1461081c575f5ffd5b8063db236fae146107ab578063e30c3978146107be578063e62977f8146107cf575f5ffd5b8063d9a912ec116100c3578063d9a912ec1461074a578063d9e39f2c14610771578063da80535514610798575f5ffd5b8063c84b1978146106fc578063d62aad2914610723575f5ffd5b806399c4335d1161013d578063bedb101911610118578063bedb1019146105cd578063bf6b874e146105e0578063c58343ef14610608575f5ffd5b806399c4335d14610583578063acf099121461058b578063adc9772e146105ba575f5ffd5b80638f4e6f371161016d5780638f4e6f371461054a578063983d95ce1461055d578063997db02d14610570575f5ffd5b806379ba5097146105325780638da5cb5b1461053a575f5ffd5b806350603df31161023c5780636a84a985116101f2578063715018a6116101cd578063715018a61461050457806373d6a8891461050c578063750521f51461051f575f5ffd5b80636a84a985146104ae5780636d70f7ae146104b6578063710ba631146104f1575f5ffd5b80635fdd8b12116102225780635fdd8b121461046057806362ee8f1e14610488578063661f47921461049b575f5ffd5b806350603df3146104225780635116063014610435575f5ffd5b806331440f551161029c5780633a0d6881116102775780633a0d6881146103d15780633d3185be146103e457806342623360146103f7575f5ffd5b806331440f5514610384578063355e6b43146103ab5780633999b636146103be575f5ffd5b80630aaa4548116102cc5780630aaa45481461033557806326409c8e1461035c5780632dd5567a14610371575f5ffd5b80630726347e146102e75780630a7292f514610322575b5f5ffd5b61030f6102f5366004612eff565b6001600160a01b03165f908152600c602052604090205490565b6040519081526020015b60405180910390f35b61030f610330366004612f18565b610842565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61036f61036a366004612f87565b61086e565b005b61030f61037f366004612fcf565b610993565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61036f6103b9366004613009565b610a19565b61030f6103cc366004613020565b610b34565b61030f6103df366004613009565b610b55565b61036f6103f2366004612eff565b610b8e565b61030f610405366004612eff565b6001600160a01b03165f9081526006602052604090206001015490565b61030f610430366004613020565b610ba2565b600254610448906001600160a01b031681565b6040516001600160a01b039091168152602001610319565b61047361046e366004612eff565b610bc3565b60408051928352602083019190915201610319565b61030f610496366004613020565b610bef565b61030f6104a9366004612eff565b610c10565b600b5461030f565b6104e16104c4366004612eff565b6001600160a01b03165f9081526004602052604090205460ff1690565b6040519015158152602001610319565b61030f6104ff366004613020565b610c31565b61036f610fc0565b61030f61051a366004613048565b610fd3565b61036f61052d3660046130a3565b6110d0565b61036f611161565b5f546001600160a01b0316610448565b61036f610558366004612eff565b6111bb565b61030f61056b3660046130e2565b6112b6565b61030f61057e366004613020565b61167d565b61030f606481565b610473610599366004612eff565b6001600160a01b03165f908152600760205260409020600181015490549091565b61030f6105c8366004613020565b6116e2565b61036f6105db366004612eff565b611721565b61030f6105ee366004612eff565b6001600160a01b03165f9081526006602052604090205490565b6106a9610616366004613009565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600a6020908152604091829020825160808101845281546001600160a01b0390811682526001830154908116938201939093527401000000000000000000000000000000000000000090920467ffffffffffffffff1692820192909252600290910154606082015290565b60405161031991905f6080820190506001600160a01b0383511682526001600160a01b03602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b600354610448906001600160a01b031681565b61036f6107b9366004612eff565b611835565b6001546001600160a01b0316610448565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61036f610804366004612eff565b6118ee565b610473610817366004613153565b611976565b7f0000000000000000000000000000000000000000000000000000000000000000610448565b6001600160a01b038083165f908152600860209081526040808320938516835292905220545b92915050565b335f9081526004602052604090205460ff16156108be576040517f2b8c490d0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6108c783611b7e565b335f90815260046020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905560059091529020610913908442611c01565b336001600160a01b03167fdbfa5774636d1a3f274d2025a6edd04bd9659958bfc4cfe6370ae24f9ac12818848484604051610950939291906131ca565b60405180910390a260405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020015b60405180910390a2505050565b5f61099c611c1c565b6001600160a01b0383166109dc576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109e7848484611c4a565b9050610a1260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9392505050565b335f9081526004602052604090205460ff16610a63576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b610a6c81611b7e565b335f9081526005602052604081208190610aa89084427f0000000000000000000000000000000000000000000000000000000000000000611e9f565b90925090505f826001811115610ac057610ac06131e3565b03610af75760405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f4590602001610986565b604080518481526020810183905233917f2635f3c89b4fcfcecd45b6086299983f1ee22ea00adc8be26dd8ff5df8add4cb9101610986565b505050565b6001600160a01b0382165f908152600560205260408120610a129083612026565b5f818152600a60209081526040808320600281015460018201546001600160a01b0316855260079093529083209091610a1291906120a2565b610b966120cd565b610b9f81612112565b50565b6001600160a01b0382165f908152600660205260408120610a1290836120a2565b6001600160a01b0381165f9081526005602052604081208190610be690426121b3565b91509150915091565b6001600160a01b0382165f908152600660205260408120610a129083612227565b6001600160a01b0381165f9081526005602052604081206108689042612026565b5f610c3a611c1c565b815f03610c73576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f90815260086020908152604080832033845290915290205480831115610cef576040517ffc41b9b70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015233602482015260448101829052606481018490526084016108b5565b6001600160a01b0384165f908152600660209081526040808320600790925282209091610d1c83876120a2565b90505f610d298383612227565b9050805f03610d76576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0389166004820152602481018390526044016108b5565b6001600160a01b0388165f908152600860209081526040808320338452909152902087860390819055610daa85898561224f565b610db5848484612285565b610dc38986600101546122b1565b600b8054905f610dd28361323d565b9091555096505f610e037f000000000000000000000000000000000000000000000000000000000000000042613274565b604080516080810182523381526001600160a01b038d1660208201529192508101610e2d836122ea565b67ffffffffffffffff908116825260209182018690525f8b8152600a8352604090819020845181547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039182161782558585015160018084018054898701519385167fffffffff00000000000000000000000000000000000000000000000000000000909116177401000000000000000000000000000000000000000093909716929092029590951790556060958601516002909201919091558a54928b0154825188815294850193909352908301919091523392908d16917f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f910160405180910390a3604080518a8152602081018690529081018490526060810182905233906001600160a01b038c16908a907f9acae80af42d3e13ed79a8f1b5febdf5d288dae1d3d6de049483a22d9416bc469060800160405180910390a45050505050505061086860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b610fc86120cd565b610fd15f61233d565b565b5f610fdc611c1c565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018790526064810186905260ff8516608482015260a4810184905260c481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b15801561107e575f5ffd5b505af192505050801561108f575060015b5061109b873388611c4a565b90506110c660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9695505050505050565b335f9081526004602052604090205460ff1661111a576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b336001600160a01b03167fa5680602ef604664f84fa8010333d1ebf8278f05f54b2eef618af3cf16c9395b8383604051611155929190613287565b60405180910390a25050565b60015433906001600160a01b031681146111b2576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108b5565b610b9f8161233d565b6111c36120cd565b6002546001600160a01b031615611215576002546040517f43387bf10000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016108b5565b6001600160a01b038116611255576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca99905f90a250565b5f6112bf611c1c565b815f8190036112fa576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b606481111561133f576040517f6ce7455f00000000000000000000000000000000000000000000000000000000815260048101829052606460248201526044016108b5565b5f5b81811015611618575f85858381811061135c5761135c6132a2565b602090810292909201355f818152600a90935260409092208054929350916001600160a01b03169050806113bf576040517f96b910b2000000000000000000000000000000000000000000000000000000008152600481018490526024016108b5565b6001600160a01b0381163314611419576040517f7e234d81000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03821660248201523360448201526064016108b5565b600182015474010000000000000000000000000000000000000000900467ffffffffffffffff164210156114af5760018201546040517fc15b7268000000000000000000000000000000000000000000000000000000008152600481018590527401000000000000000000000000000000000000000090910467ffffffffffffffff1660248201524260448201526064016108b5565b60018201546001600160a01b03165f818152600c60205260409020548015611515576040517f8314f4730000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290526044016108b5565b6001600160a01b0382165f9081526007602052604081206002860154909161153d83836120a2565b905061154a83838361224f565b5f888152600a6020526040812080547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556001810180547fffffffff00000000000000000000000000000000000000000000000000000000169055600201556115b5818c613274565b9a50336001600160a01b0316856001600160a01b0316897fe5df19de43c8c04fd192bc68e484b2593570925fbb6ad8c07ccafbc2aa5c37a1846040516115fd91815260200190565b60405180910390a45050505050505050806001019050611341565b508115611653576116536001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338461236e565b5061086860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f8065ffffffffffff8311611692578261169a565b65ffffffffffff5b6001600160a01b0385165f9081526009602052604090209091506116be90826123bc565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b5f6116eb611c1c565b6116f6833384611c4a565b905061086860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6002546001600160a01b03163314611767576040517f0a0a38dc0000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b6001600160a01b0381165f908152600c6020526040812054908190036117c4576040517f0a4127cf0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016108b5565b6001600160a01b0382165f818152600c6020526040908190207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90930192839055517f655840b62977a765ff91b85dad90f2c255ae49595a39ec8c81a179de0270c6bd906111559084815260200190565b6002546001600160a01b0316331461187b576040517f0a0a38dc0000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b6001600160a01b0381165f908152600c602052604081205461189e906001613274565b6001600160a01b0383165f818152600c60205260409081902083905551919250907f9f4382aea18c6a1c0e135965c444ed7c44e5b7fda53f7fff3a038b3fa34afd7f906111559084815260200190565b6118f66120cd565b600180546001600160a01b0383167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561193e5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002545f9081906001600160a01b031633146119c0576040517f0a0a38dc0000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b6119c8611c1c565b7f0000000000000000000000000000000000000000000000000000000000000000841115611a4b576040517f9fa76162000000000000000000000000000000000000000000000000000000008152600481018590527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108b5565b6001600160a01b0385165f908152600660205260409020611a6c8186612482565b6001600160a01b0387165f908152600760205260409020909350611a909086612482565b91508215611aa657611aa68682600101546122b1565b60035460408051878152602081018690529081018490526001600160a01b0391821660608201819052918691908916907fb3f3c90ebd8a9ce853b53ac7dd5d4f1995aafb6fcb5fe382b078ad5efb6b04ac9060800160405180910390a35f611b0e8486613274565b90508015611b4a57611b4a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361236e565b505050611b7660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b935093915050565b7f0000000000000000000000000000000000000000000000000000000000000000811115610b9f576040517f69b6d378000000000000000000000000000000000000000000000000000000008152600481018290527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108b5565b611c15611c0d826124b7565b8490846124d8565b5050505050565b611c246124f1565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6001600160a01b0383165f9081526004602052604081205460ff16611ca6576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108b5565b815f03611cdf576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0384165f908152600660205260409020611d008184612227565b9150815f03611d4d576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602481018490526044016108b5565b611d787f0000000000000000000000000000000000000000000000000000000000000000338561254c565b611d83818484612285565b6001600160a01b038086165f908152600860209081526040808320938816835292905290812054611db5908490613274565b6001600160a01b038088165f908152600860209081526040808320938a168352929052208190556001830154909150611def9087906122b1565b60408051338152602081018690529081018490526001600160a01b0380871691908816907f2adfdcbeab2f37c13101fc8d345f8ac16dbf5529b4ea9cd9fcf7e588f9b29dbc9060600160405180910390a3815460018301546040805184815260208101939093528201526001600160a01b0380871691908816907f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f9060600160405180910390a350509392505050565b5f5f611eab86856126b6565b5f611eb587612738565b600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff9190911691507a010000000000000000000000000000000000000000000000000000900465ffffffffffff16151581871080611f1857508187148015611f185750805b15611f4657611f31611f29876124b7565b8990896124d8565b50505f60018901555f8693509350505061201d565b81871480611f7b5750808015611f7b5750600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1687145b15611fb5576040517f6219e1e0000000000000000000000000000000000000000000000000000000008152600481018890526024016108b5565b5f611fc8611fc38789613274565b6124b7565b65ffffffffffff167a010000000000000000000000000000000000000000000000000000810279ffffffffffffffffffffffffffffffffffffffffffffffffffff8a16176001808c0191909155955093505050505b94509492505050565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680158015906120625750808310155b1561208f575050600182015479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610868565b6116be61209b846124b7565b85906123bc565b5f610a1282600185600101546120b89190613274565b85546120c890620f424090613274565b612785565b5f546001600160a01b03163314610fd1576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b6001600160a01b038116612152576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015806121ed5750808310155b156121fc57505f905080612220565b600184015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1691505b9250929050565b5f610a1282620f4240855f015461223e9190613274565b600186600101546120c89190613274565b81835f015f82825461226191906132cf565b9250508190555080836001015f82825461227b91906132cf565b9091555050505050565b80835f015f8282546122979190613274565b9250508190555081836001015f82825461227b9190613274565b6122e46122bd42612835565b6122c683612880565b6001600160a01b0385165f90815260096020526040902091906124d8565b50505050565b5f67ffffffffffffffff82111561233957604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016108b5565b5090565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610b9f816128df565b61237b8383836001612946565b610b2f576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108b5565b81545f9081816005811115612418575f6123d5846129c1565b6123df90856132cf565b5f8881526020902090915081015465ffffffffffff908116908716101561240857809150612416565b612413816001613274565b92505b505b5f61242587878585612b26565b90508015612475576124498761243c6001846132cf565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16612477565b5f5b979650505050505050565b5f5f836001015490506124a361249d82856127106001612b7c565b82612bc7565b915081810384600101819055505092915050565b5f65ffffffffffff82116124cb5781610868565b65ffffffffffff92915050565b5f806124e5858585612bd6565b91509150935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610fd1576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156125a9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125cd91906132e2565b90506125e46001600160a01b038516843085612d97565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa158015612643573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061266791906132e2565b61267191906132cf565b9050828114611c15576040517fff3b636000000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016108b5565b60018201547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680158015906126f857508065ffffffffffff168210155b15610b2f57600183015461272b908490839079ffffffffffffffffffffffffffffffffffffffffffffffffffff166124d8565b50505f6001840155505050565b80545f90801561277d576127518361243c6001846132cf565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610a12565b5f9392505050565b5f5f5f6127928686612de6565b91509150815f036127b6578381816127ac576127ac6132f9565b0492505050610a12565b8184116127cd576127cd6003851502601118612e21565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f65ffffffffffff821115612339576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016108b5565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff821115612339576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d06004820152602481018390526044016108b5565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166129b55783831516156129a9573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f600182116129ce575090565b81600170010000000000000000000000000000000082106129f45760809190911c9060401b5b680100000000000000008210612a0f5760409190911c9060201b5b6401000000008210612a265760209190911c9060101b5b620100008210612a3b5760109190911c9060081b5b6101008210612a4f5760089190911c9060041b5b60108210612a625760049190911c9060021b5b60048210612a6e5760011b5b600302600190811c90818581612a8657612a866132f9565b048201901c90506001818581612a9e57612a9e6132f9565b048201901c90506001818581612ab657612ab66132f9565b048201901c90506001818581612ace57612ace6132f9565b048201901c90506001818581612ae657612ae66132f9565b048201901c90506001818581612afe57612afe6132f9565b048201901c9050612b1d818581612b1757612b176132f9565b04821190565b90039392505050565b5f5b81831015612b74575f85815260209020838316600285851804019081015465ffffffffffff86811691161115612b6057809250612b6e565b612b6b816001613274565b93505b50612b28565b509392505050565b5f612ba9612b8983612e32565b8015612ba457505f8480612b9f57612b9f6132f9565b868809115b151590565b612bb4868686612785565b612bbe9190613274565b95945050505050565b5f828218828410028218610a12565b82545f9081908015612d27575f612bf28761243c6001856132cf565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612c64576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612cb357825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355612d19565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350611b7692505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611b76565b612da5848484846001612e5e565b6122e4576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108b5565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f6002826003811115612e4757612e476131e3565b612e519190613326565b60ff166001149050919050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612ed3578383151615612ec7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114612efa575f5ffd5b919050565b5f60208284031215612f0f575f5ffd5b610a1282612ee4565b5f5f60408385031215612f29575f5ffd5b612f3283612ee4565b9150612f4060208401612ee4565b90509250929050565b5f5f83601f840112612f59575f5ffd5b50813567ffffffffffffffff811115612f70575f5ffd5b602083019150836020828501011115612220575f5ffd5b5f5f5f60408486031215612f99575f5ffd5b83359250602084013567ffffffffffffffff811115612fb6575f5ffd5b612fc286828701612f49565b9497909650939450505050565b5f5f5f60608486031215612fe1575f5ffd5b612fea84612ee4565b9250612ff860208501612ee4565b929592945050506040919091013590565b5f60208284031215613019575f5ffd5b5035919050565b5f5f60408385031215613031575f5ffd5b61303a83612ee4565b946020939093013593505050565b5f5f5f5f5f5f60c0878903121561305d575f5ffd5b61306687612ee4565b95506020870135945060408701359350606087013560ff81168114613089575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f602083850312156130b4575f5ffd5b823567ffffffffffffffff8111156130ca575f5ffd5b6130d685828601612f49565b90969095509350505050565b5f5f602083850312156130f3575f5ffd5b823567ffffffffffffffff811115613109575f5ffd5b8301601f81018513613119575f5ffd5b803567ffffffffffffffff81111561312f575f5ffd5b8560208260051b8401011115613143575f5ffd5b6020919091019590945092505050565b5f5f5f60608486031215613165575f5ffd5b61316e84612ee4565b95602085013595506040909401359392505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f612bbe604083018486613183565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361326d5761326d613210565b5060010190565b8082018082111561086857610868613210565b602081525f61329a602083018486613183565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561086857610868613210565b5f602082840312156132f2575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f60ff83168061335d577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8060ff8416069150509291505056fea264697066735822122023f459d29db8490ddc2453dd7d7b21b56a91b1ee1e6b8297636277ef14d4d1ab64736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106102e3575f3560e01c806379ba509711610187578063c84b1978116100dd578063db236fae11610093578063f2fde38b1161006e578063f2fde38b146107f6578063fba2c05a14610809578063fc0c546a1461081c575f5ffd5b8063db236fae146107ab578063e30c3978146107be578063e62977f8146107cf575f5ffd5b8063d9a912ec116100c3578063d9a912ec1461074a578063d9e39f2c14610771578063da80535514610798575f5ffd5b8063c84b1978146106fc578063d62aad2914610723575f5ffd5b806399c4335d1161013d578063bedb101911610118578063bedb1019146105cd578063bf6b874e146105e0578063c58343ef14610608575f5ffd5b806399c4335d14610583578063acf099121461058b578063adc9772e146105ba575f5ffd5b80638f4e6f371161016d5780638f4e6f371461054a578063983d95ce1461055d578063997db02d14610570575f5ffd5b806379ba5097146105325780638da5cb5b1461053a575f5ffd5b806350603df31161023c5780636a84a985116101f2578063715018a6116101cd578063715018a61461050457806373d6a8891461050c578063750521f51461051f575f5ffd5b80636a84a985146104ae5780636d70f7ae146104b6578063710ba631146104f1575f5ffd5b80635fdd8b12116102225780635fdd8b121461046057806362ee8f1e14610488578063661f47921461049b575f5ffd5b806350603df3146104225780635116063014610435575f5ffd5b806331440f551161029c5780633a0d6881116102775780633a0d6881146103d15780633d3185be146103e457806342623360146103f7575f5ffd5b806331440f5514610384578063355e6b43146103ab5780633999b636146103be575f5ffd5b80630aaa4548116102cc5780630aaa45481461033557806326409c8e1461035c5780632dd5567a14610371575f5ffd5b80630726347e146102e75780630a7292f514610322575b5f5ffd5b61030f6102f5366004612eff565b6001600160a01b03165f908152600c602052604090205490565b6040519081526020015b60405180910390f35b61030f610330366004612f18565b610842565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61036f61036a366004612f87565b61086e565b005b61030f61037f366004612fcf565b610993565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61036f6103b9366004613009565b610a19565b61030f6103cc366004613020565b610b34565b61030f6103df366004613009565b610b55565b61036f6103f2366004612eff565b610b8e565b61030f610405366004612eff565b6001600160a01b03165f9081526006602052604090206001015490565b61030f610430366004613020565b610ba2565b600254610448906001600160a01b031681565b6040516001600160a01b039091168152602001610319565b61047361046e366004612eff565b610bc3565b60408051928352602083019190915201610319565b61030f610496366004613020565b610bef565b61030f6104a9366004612eff565b610c10565b600b5461030f565b6104e16104c4366004612eff565b6001600160a01b03165f9081526004602052604090205460ff1690565b6040519015158152602001610319565b61030f6104ff366004613020565b610c31565b61036f610fc0565b61030f61051a366004613048565b610fd3565b61036f61052d3660046130a3565b6110d0565b61036f611161565b5f546001600160a01b0316610448565b61036f610558366004612eff565b6111bb565b61030f61056b3660046130e2565b6112b6565b61030f61057e366004613020565b61167d565b61030f606481565b610473610599366004612eff565b6001600160a01b03165f908152600760205260409020600181015490549091565b61030f6105c8366004613020565b6116e2565b61036f6105db366004612eff565b611721565b61030f6105ee366004612eff565b6001600160a01b03165f9081526006602052604090205490565b6106a9610616366004613009565b604080516080810182525f808252602082018190529181018290526060810191909152505f908152600a6020908152604091829020825160808101845281546001600160a01b0390811682526001830154908116938201939093527401000000000000000000000000000000000000000090920467ffffffffffffffff1692820192909252600290910154606082015290565b60405161031991905f6080820190506001600160a01b0383511682526001600160a01b03602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015292915050565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b600354610448906001600160a01b031681565b61036f6107b9366004612eff565b611835565b6001546001600160a01b0316610448565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b61036f610804366004612eff565b6118ee565b610473610817366004613153565b611976565b7f0000000000000000000000000000000000000000000000000000000000000000610448565b6001600160a01b038083165f908152600860209081526040808320938516835292905220545b92915050565b335f9081526004602052604090205460ff16156108be576040517f2b8c490d0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6108c783611b7e565b335f90815260046020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905560059091529020610913908442611c01565b336001600160a01b03167fdbfa5774636d1a3f274d2025a6edd04bd9659958bfc4cfe6370ae24f9ac12818848484604051610950939291906131ca565b60405180910390a260405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f45906020015b60405180910390a2505050565b5f61099c611c1c565b6001600160a01b0383166109dc576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109e7848484611c4a565b9050610a1260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9392505050565b335f9081526004602052604090205460ff16610a63576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b610a6c81611b7e565b335f9081526005602052604081208190610aa89084427f0000000000000000000000000000000000000000000000000000000000000000611e9f565b90925090505f826001811115610ac057610ac06131e3565b03610af75760405183815233907f4421aad64918994b717beefc022d9b4e70e05c641dca21434c1464ad26ec4f4590602001610986565b604080518481526020810183905233917f2635f3c89b4fcfcecd45b6086299983f1ee22ea00adc8be26dd8ff5df8add4cb9101610986565b505050565b6001600160a01b0382165f908152600560205260408120610a129083612026565b5f818152600a60209081526040808320600281015460018201546001600160a01b0316855260079093529083209091610a1291906120a2565b610b966120cd565b610b9f81612112565b50565b6001600160a01b0382165f908152600660205260408120610a1290836120a2565b6001600160a01b0381165f9081526005602052604081208190610be690426121b3565b91509150915091565b6001600160a01b0382165f908152600660205260408120610a129083612227565b6001600160a01b0381165f9081526005602052604081206108689042612026565b5f610c3a611c1c565b815f03610c73576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383165f90815260086020908152604080832033845290915290205480831115610cef576040517ffc41b9b70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015233602482015260448101829052606481018490526084016108b5565b6001600160a01b0384165f908152600660209081526040808320600790925282209091610d1c83876120a2565b90505f610d298383612227565b9050805f03610d76576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0389166004820152602481018390526044016108b5565b6001600160a01b0388165f908152600860209081526040808320338452909152902087860390819055610daa85898561224f565b610db5848484612285565b610dc38986600101546122b1565b600b8054905f610dd28361323d565b9091555096505f610e037f000000000000000000000000000000000000000000000000000000000000000042613274565b604080516080810182523381526001600160a01b038d1660208201529192508101610e2d836122ea565b67ffffffffffffffff908116825260209182018690525f8b8152600a8352604090819020845181547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039182161782558585015160018084018054898701519385167fffffffff00000000000000000000000000000000000000000000000000000000909116177401000000000000000000000000000000000000000093909716929092029590951790556060958601516002909201919091558a54928b0154825188815294850193909352908301919091523392908d16917f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f910160405180910390a3604080518a8152602081018690529081018490526060810182905233906001600160a01b038c16908a907f9acae80af42d3e13ed79a8f1b5febdf5d288dae1d3d6de049483a22d9416bc469060800160405180910390a45050505050505061086860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b610fc86120cd565b610fd15f61233d565b565b5f610fdc611c1c565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018790526064810186905260ff8516608482015260a4810184905260c481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b15801561107e575f5ffd5b505af192505050801561108f575060015b5061109b873388611c4a565b90506110c660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9695505050505050565b335f9081526004602052604090205460ff1661111a576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b336001600160a01b03167fa5680602ef604664f84fa8010333d1ebf8278f05f54b2eef618af3cf16c9395b8383604051611155929190613287565b60405180910390a25050565b60015433906001600160a01b031681146111b2576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016108b5565b610b9f8161233d565b6111c36120cd565b6002546001600160a01b031615611215576002546040517f43387bf10000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024016108b5565b6001600160a01b038116611255576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca99905f90a250565b5f6112bf611c1c565b815f8190036112fa576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b606481111561133f576040517f6ce7455f00000000000000000000000000000000000000000000000000000000815260048101829052606460248201526044016108b5565b5f5b81811015611618575f85858381811061135c5761135c6132a2565b602090810292909201355f818152600a90935260409092208054929350916001600160a01b03169050806113bf576040517f96b910b2000000000000000000000000000000000000000000000000000000008152600481018490526024016108b5565b6001600160a01b0381163314611419576040517f7e234d81000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03821660248201523360448201526064016108b5565b600182015474010000000000000000000000000000000000000000900467ffffffffffffffff164210156114af5760018201546040517fc15b7268000000000000000000000000000000000000000000000000000000008152600481018590527401000000000000000000000000000000000000000090910467ffffffffffffffff1660248201524260448201526064016108b5565b60018201546001600160a01b03165f818152600c60205260409020548015611515576040517f8314f4730000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290526044016108b5565b6001600160a01b0382165f9081526007602052604081206002860154909161153d83836120a2565b905061154a83838361224f565b5f888152600a6020526040812080547fffffffffffffffffffffffff00000000000000000000000000000000000000001681556001810180547fffffffff00000000000000000000000000000000000000000000000000000000169055600201556115b5818c613274565b9a50336001600160a01b0316856001600160a01b0316897fe5df19de43c8c04fd192bc68e484b2593570925fbb6ad8c07ccafbc2aa5c37a1846040516115fd91815260200190565b60405180910390a45050505050505050806001019050611341565b508115611653576116536001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338461236e565b5061086860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f8065ffffffffffff8311611692578261169a565b65ffffffffffff5b6001600160a01b0385165f9081526009602052604090209091506116be90826123bc565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16949350505050565b5f6116eb611c1c565b6116f6833384611c4a565b905061086860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6002546001600160a01b03163314611767576040517f0a0a38dc0000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b6001600160a01b0381165f908152600c6020526040812054908190036117c4576040517f0a4127cf0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016108b5565b6001600160a01b0382165f818152600c6020526040908190207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90930192839055517f655840b62977a765ff91b85dad90f2c255ae49595a39ec8c81a179de0270c6bd906111559084815260200190565b6002546001600160a01b0316331461187b576040517f0a0a38dc0000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b6001600160a01b0381165f908152600c602052604081205461189e906001613274565b6001600160a01b0383165f818152600c60205260409081902083905551919250907f9f4382aea18c6a1c0e135965c444ed7c44e5b7fda53f7fff3a038b3fa34afd7f906111559084815260200190565b6118f66120cd565b600180546001600160a01b0383167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561193e5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002545f9081906001600160a01b031633146119c0576040517f0a0a38dc0000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b6119c8611c1c565b7f0000000000000000000000000000000000000000000000000000000000000000841115611a4b576040517f9fa76162000000000000000000000000000000000000000000000000000000008152600481018590527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108b5565b6001600160a01b0385165f908152600660205260409020611a6c8186612482565b6001600160a01b0387165f908152600760205260409020909350611a909086612482565b91508215611aa657611aa68682600101546122b1565b60035460408051878152602081018690529081018490526001600160a01b0391821660608201819052918691908916907fb3f3c90ebd8a9ce853b53ac7dd5d4f1995aafb6fcb5fe382b078ad5efb6b04ac9060800160405180910390a35f611b0e8486613274565b90508015611b4a57611b4a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016838361236e565b505050611b7660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b935093915050565b7f0000000000000000000000000000000000000000000000000000000000000000811115610b9f576040517f69b6d378000000000000000000000000000000000000000000000000000000008152600481018290527f000000000000000000000000000000000000000000000000000000000000000060248201526044016108b5565b611c15611c0d826124b7565b8490846124d8565b5050505050565b611c246124f1565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6001600160a01b0383165f9081526004602052604081205460ff16611ca6576040517f7bd0cbe20000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108b5565b815f03611cdf576040517f221036a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0384165f908152600660205260409020611d008184612227565b9150815f03611d4d576040517ff9c9f0a50000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602481018490526044016108b5565b611d787f0000000000000000000000000000000000000000000000000000000000000000338561254c565b611d83818484612285565b6001600160a01b038086165f908152600860209081526040808320938816835292905290812054611db5908490613274565b6001600160a01b038088165f908152600860209081526040808320938a168352929052208190556001830154909150611def9087906122b1565b60408051338152602081018690529081018490526001600160a01b0380871691908816907f2adfdcbeab2f37c13101fc8d345f8ac16dbf5529b4ea9cd9fcf7e588f9b29dbc9060600160405180910390a3815460018301546040805184815260208101939093528201526001600160a01b0380871691908816907f483952e5e0f10ed15eda57e488f2712e6227607a158aabdd6e16b70b2f74822f9060600160405180910390a350509392505050565b5f5f611eab86856126b6565b5f611eb587612738565b600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff9190911691507a010000000000000000000000000000000000000000000000000000900465ffffffffffff16151581871080611f1857508187148015611f185750805b15611f4657611f31611f29876124b7565b8990896124d8565b50505f60018901555f8693509350505061201d565b81871480611f7b5750808015611f7b5750600188015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1687145b15611fb5576040517f6219e1e0000000000000000000000000000000000000000000000000000000008152600481018890526024016108b5565b5f611fc8611fc38789613274565b6124b7565b65ffffffffffff167a010000000000000000000000000000000000000000000000000000810279ffffffffffffffffffffffffffffffffffffffffffffffffffff8a16176001808c0191909155955093505050505b94509492505050565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680158015906120625750808310155b1561208f575050600182015479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610868565b6116be61209b846124b7565b85906123bc565b5f610a1282600185600101546120b89190613274565b85546120c890620f424090613274565b612785565b5f546001600160a01b03163314610fd1576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016108b5565b6001600160a01b038116612152576040517fd8524de900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fbddbddd35c4e1160c0b5a3b05ba681d29892e9b7e11ba4021f529607adc0d433905f90a250565b60018201545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015806121ed5750808310155b156121fc57505f905080612220565b600184015479ffffffffffffffffffffffffffffffffffffffffffffffffffff1691505b9250929050565b5f610a1282620f4240855f015461223e9190613274565b600186600101546120c89190613274565b81835f015f82825461226191906132cf565b9250508190555080836001015f82825461227b91906132cf565b9091555050505050565b80835f015f8282546122979190613274565b9250508190555081836001015f82825461227b9190613274565b6122e46122bd42612835565b6122c683612880565b6001600160a01b0385165f90815260096020526040902091906124d8565b50505050565b5f67ffffffffffffffff82111561233957604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016108b5565b5090565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610b9f816128df565b61237b8383836001612946565b610b2f576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016108b5565b81545f9081816005811115612418575f6123d5846129c1565b6123df90856132cf565b5f8881526020902090915081015465ffffffffffff908116908716101561240857809150612416565b612413816001613274565b92505b505b5f61242587878585612b26565b90508015612475576124498761243c6001846132cf565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16612477565b5f5b979650505050505050565b5f5f836001015490506124a361249d82856127106001612b7c565b82612bc7565b915081810384600101819055505092915050565b5f65ffffffffffff82116124cb5781610868565b65ffffffffffff92915050565b5f806124e5858585612bd6565b91509150935093915050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610fd1576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156125a9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125cd91906132e2565b90506125e46001600160a01b038516843085612d97565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038716906370a0823190602401602060405180830381865afa158015612643573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061266791906132e2565b61267191906132cf565b9050828114611c15576040517fff3b636000000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016108b5565b60018201547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680158015906126f857508065ffffffffffff168210155b15610b2f57600183015461272b908490839079ffffffffffffffffffffffffffffffffffffffffffffffffffff166124d8565b50505f6001840155505050565b80545f90801561277d576127518361243c6001846132cf565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16610a12565b5f9392505050565b5f5f5f6127928686612de6565b91509150815f036127b6578381816127ac576127ac6132f9565b0492505050610a12565b8184116127cd576127cd6003851502601118612e21565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f65ffffffffffff821115612339576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016108b5565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff821115612339576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d06004820152602481018390526044016108b5565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166129b55783831516156129a9573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f600182116129ce575090565b81600170010000000000000000000000000000000082106129f45760809190911c9060401b5b680100000000000000008210612a0f5760409190911c9060201b5b6401000000008210612a265760209190911c9060101b5b620100008210612a3b5760109190911c9060081b5b6101008210612a4f5760089190911c9060041b5b60108210612a625760049190911c9060021b5b60048210612a6e5760011b5b600302600190811c90818581612a8657612a866132f9565b048201901c90506001818581612a9e57612a9e6132f9565b048201901c90506001818581612ab657612ab66132f9565b048201901c90506001818581612ace57612ace6132f9565b048201901c90506001818581612ae657612ae66132f9565b048201901c90506001818581612afe57612afe6132f9565b048201901c9050612b1d818581612b1757612b176132f9565b04821190565b90039392505050565b5f5b81831015612b74575f85815260209020838316600285851804019081015465ffffffffffff86811691161115612b6057809250612b6e565b612b6b816001613274565b93505b50612b28565b509392505050565b5f612ba9612b8983612e32565b8015612ba457505f8480612b9f57612b9f6132f9565b868809115b151590565b612bb4868686612785565b612bbe9190613274565b95945050505050565b5f828218828410028218610a12565b82545f9081908015612d27575f612bf28761243c6001856132cf565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612c64576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612cb357825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355612d19565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350611b7692505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611b76565b612da5848484846001612e5e565b6122e4576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016108b5565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f6002826003811115612e4757612e476131e3565b612e519190613326565b60ff166001149050919050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612ed3578383151615612ec7573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b80356001600160a01b0381168114612efa575f5ffd5b919050565b5f60208284031215612f0f575f5ffd5b610a1282612ee4565b5f5f60408385031215612f29575f5ffd5b612f3283612ee4565b9150612f4060208401612ee4565b90509250929050565b5f5f83601f840112612f59575f5ffd5b50813567ffffffffffffffff811115612f70575f5ffd5b602083019150836020828501011115612220575f5ffd5b5f5f5f60408486031215612f99575f5ffd5b83359250602084013567ffffffffffffffff811115612fb6575f5ffd5b612fc286828701612f49565b9497909650939450505050565b5f5f5f60608486031215612fe1575f5ffd5b612fea84612ee4565b9250612ff860208501612ee4565b929592945050506040919091013590565b5f60208284031215613019575f5ffd5b5035919050565b5f5f60408385031215613031575f5ffd5b61303a83612ee4565b946020939093013593505050565b5f5f5f5f5f5f60c0878903121561305d575f5ffd5b61306687612ee4565b95506020870135945060408701359350606087013560ff81168114613089575f5ffd5b9598949750929560808101359460a0909101359350915050565b5f5f602083850312156130b4575f5ffd5b823567ffffffffffffffff8111156130ca575f5ffd5b6130d685828601612f49565b90969095509350505050565b5f5f602083850312156130f3575f5ffd5b823567ffffffffffffffff811115613109575f5ffd5b8301601f81018513613119575f5ffd5b803567ffffffffffffffff81111561312f575f5ffd5b8560208260051b8401011115613143575f5ffd5b6020919091019590945092505050565b5f5f5f60608486031215613165575f5ffd5b61316e84612ee4565b95602085013595506040909401359392505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f612bbe604083018486613183565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361326d5761326d613210565b5060010190565b8082018082111561086857610868613210565b602081525f61329a602083018486613183565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561086857610868613210565b5f602082840312156132f2575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f60ff83168061335d577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8060ff8416069150509291505056fea264697066735822122023f459d29db8490ddc2453dd7d7b21b56a91b1ee1e6b8297636277ef14d4d1ab64736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 826 },
      { length: 32, start: 905 },
      { length: 32, start: 1793 },
      { length: 32, start: 1832 },
      { length: 32, start: 1871 },
      { length: 32, start: 1910 },
      { length: 32, start: 2004 },
      { length: 32, start: 2078 },
      { length: 32, start: 2692 },
      { length: 32, start: 3550 },
      { length: 32, start: 4149 },
      { length: 32, start: 5676 },
      { length: 32, start: 6602 },
      { length: 32, start: 6687 },
      { length: 32, start: 6947 },
      { length: 32, start: 7040 },
      { length: 32, start: 7125 },
      { length: 32, start: 7506 },
    ],
  },
  TaskRegistry: {
    bytecode:
      '0x610100604052348015610010575f5ffd5b50604051612c7c380380612c7c83398101604081905261002f91610183565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b03811661007a5760405163d636413160e01b815260040160405180910390fd5b6001600160a01b038116608081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156100c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e69190610183565b6001600160a01b031660a0816001600160a01b031681525050806001600160a01b0316630aaa45486040518163ffffffff1660e01b8152600401602060405180830381865afa15801561013b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061015f91906101a5565b60c052503360e0526101bc565b6001600160a01b0381168114610180575f5ffd5b50565b5f60208284031215610193575f5ffd5b815161019e8161016c565b9392505050565b5f602082840312156101b5575f5ffd5b5051919050565b60805160a05160c05160e051612a4e61022e5f395f81816102f9015261107301525f81816101380152818161076601526107ef01525f818161026901528181610b9401528181610d4e0152611d2001525f81816101b2015281816105690152818161140301526115940152612a4e5ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c806382bfefc8116100ad5780639f327a9d1161007d578063c1b8411a11610063578063c1b8411a146102f4578063e0aabcd41461031b578063e72de6451461032e575f5ffd5b80639f327a9d146102d9578063b6cb58a5146102ec575f5ffd5b806382bfefc8146102645780638f4e6f371461028b5780639884aedd1461029e5780639d153495146102c6575f5ffd5b806348435e6e1161010257806354cfb973116100e857806354cfb9731461022b578063795358261461023e5780637eec20a814610251575f5ffd5b806348435e6e146101f9578063511606301461020e575f5ffd5b80630aaa4548146101335780631d65e77e1461016d5780633c08ff901461018d578063411557d1146101ad575b5f5ffd5b61015a7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61018061017b36600461241a565b610341565b6040516101649190612431565b6101a061019b366004612539565b61049d565b60405161016491906125d1565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610164565b61020c6102073660046125df565b6105ef565b005b5f5473ffffffffffffffffffffffffffffffffffffffff166101d4565b61015a6102393660046125ff565b6106ca565b61020c61024c366004612637565b610bea565b61015a61025f36600461241a565b610da7565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b61020c610299366004612673565b61105b565b6102b16102ac3660046125df565b6111ef565b60408051928352602083019190915201610164565b61015a6102d436600461241a565b61120f565b61020c6102e736600461268c565b61129a565b60015461015a565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b61020c61032936600461241a565b6116cd565b6101a061033c3660046126bd565b6117c2565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091526103aa8261181f565b6040805161018081018252825473ffffffffffffffffffffffffffffffffffffffff8116825274010000000000000000000000000000000000000000900467ffffffffffffffff908116602083015260018401549081169282019290925268010000000000000000820463ffffffff90811660608301526c01000000000000000000000000830416608082015270010000000000000000000000000000000090910460ff16151560a0820152600282015460c0820152600382015460e082015260048201546101008201526005820154610120820152600682015461014082015260079091015461016082015292915050565b5f83815260026020526040812060018101546c01000000000000000000000000900463ffffffff1684106104d4575f9150506105e8565b5f6104df828661187d565b5090505f6104ee8786846117c2565b90505f8160028111156105035761050361256b565b03610513575f93505050506105e8565b61051d83826118de565b6040517f997db02d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152602482018590527f0000000000000000000000000000000000000000000000000000000000000000169063997db02d90604401602060405180830381865afa1580156105ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105d291906126f0565b10156105e3575f93505050506105e8565b925050505b9392505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610646576040517f162664b80000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6106518383611911565b90505f8160020154905080826006015f82825461066e9190612734565b9250508190555080826007015f8282546106889190612747565b9091555050604051818152839085907f9c15c381df589f04fb5485dd5ac0b745c3c96addc79b633b42b446b87dfe16bc9060200160405180910390a350505050565b5f6106d361199c565b426106e16020840184612771565b67ffffffffffffffff161015610743576106fe6020830183612771565b6040517f71b5fe1200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015242602482015260440161063d565b6107536040830160208401612771565b67ffffffffffffffff1615806107a157507f00000000000000000000000000000000000000000000000000000000000000006107956040840160208501612771565b67ffffffffffffffff16115b1561081b576107b66040830160208401612771565b6040517fb6c8179600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161063d565b61082b606083016040840161279d565b63ffffffff165f03610869576040517f1da12e1a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81606001355f036108a6576040517f0fbbaee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6108b7606084016040850161279d565b6108cb9063ffffffff1660608501356127b6565b905060015f81546108db906127cd565b918290555060408051610180810190915233815290925060208082019061090490860186612771565b67ffffffffffffffff1681526020018460200160208101906109269190612771565b67ffffffffffffffff168152602001610945606086016040870161279d565b63ffffffff168152602001610960606086016040870161279d565b63ffffffff90811682525f60208084018290526060808901356040808701919091526080808b01358388015260a0808c01358289015260c0808d0135828a01528089018b905260e09889018790528b87526002808752968490208a518154978c015167ffffffffffffffff90811674010000000000000000000000000000000000000000027fffffffff0000000000000000000000000000000000000000000000000000000090991673ffffffffffffffffffffffffffffffffffffffff909216919091179790971781558a850151600182018054978d0151958d0151948d01511515700100000000000000000000000000000000027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff958c166c0100000000000000000000000002959095167fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff96909b1668010000000000000000027fffffffffffffffffffffffffffffffffffffffff00000000000000000000000090981691909816179590951792909216969096179590951790925592850151918301919091559183015160038201556101008301516004820155610120830151600582015561014083015160068201556101609092015160079092019190915551339083907f5d2f0b7929b6a41370fc78495f95621a05edf61fbf3b672c383df748e8ed7edc90610b7290879086906128ab565b60405180910390a3610bbb73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633836119ca565b50610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b919050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610c3c576040517f162664b800000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b610c4461199c565b5f610c4f8585611911565b600281015490915080841115610c9b576040517f57a585f4000000000000000000000000000000000000000000000000000000008152600481018590526024810182905260440161063d565b5f848203905081836006015f828254610cb49190612734565b9250508190555080836007015f828254610cce9190612747565b90915550506040805173ffffffffffffffffffffffffffffffffffffffff8616815260208101879052908101829052869088907ffa4c751e5814bf54992bab78ab8b0ea22c32e435f714ce2c2e22e65bab78f0289060600160405180910390a38415610d7557610d7573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168587611b62565b505050610da160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b50505050565b5f610db061199c565b5f610dba8361181f565b805490915073ffffffffffffffffffffffffffffffffffffffff163314610e355780546040517f9be440d40000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff909116602482015233604482015260640161063d565b6001810154700100000000000000000000000000000000900460ff1615610e8b576040517fbfd3137a0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b5f610e9582611bc2565b60018301549091506c01000000000000000000000000900463ffffffff168103610f045783610ec383611c4f565b6040517f953889ea0000000000000000000000000000000000000000000000000000000081526004810192909252602482015242604482015260640161063d565b600282015460018301545f9190610f329084906c01000000000000000000000000900463ffffffff16612734565b610f3c91906127b6565b905080836006015f828254610f519190612734565b9250508190555080836007015f828254610f6b9190612747565b90915550506001830180547001000000000000000000000000000000007fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff9091166c0100000000000000000000000063ffffffff8616027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1617179055604080518381526020810183905286917f99a4b4cbd1e738b902f770df96bb758050edc0dcd3531a19ba389de9dd89553a910160405180910390a261102d8584611caa565b9350505050610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146110cc576040517f0d0d793000000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b5f5473ffffffffffffffffffffffffffffffffffffffff1615611136575f546040517ffcefdffb00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161063d565b73ffffffffffffffffffffffffffffffffffffffff8116611183576040517fd636413100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f5f6112036111fd8561181f565b8461187d565b915091505b9250929050565b5f61121861199c565b5f6112228361181f565b905080600701545f03611264576040517fa7d2938c0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b61126e8382611caa565b915050610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f6112a48361181f565b6001810154909150700100000000000000000000000000000000900460ff16156112fd576040517fbfd3137a0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b5f61130782611c4f565b9050804210611352576040517f2ed5c920000000000000000000000000000000000000000000000000000000008152600481018590526024810182905242604482015260640161063d565b60018360028111156113665761136661256b565b14158015611386575060028360028111156113835761138361256b565b14155b156113d55782600281111561139d5761139d61256b565b6040517fea9f59b500000000000000000000000000000000000000000000000000000000815260ff909116600482015260240161063d565b6040517f6d70f7ae0000000000000000000000000000000000000000000000000000000081523360048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636d70f7ae90602401602060405180830381865afa15801561145d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114819190612964565b6114b9576040517fab828a9800000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b5f8481526003602090815260408083203384529091528120906114db82611d4e565b60ff1660028111156114ef576114ef61256b565b90505f8160028111156115045761150461256b565b14611541578533826040517f6598899000000000000000000000000000000000000000000000000000000000815260040161063d93929190612983565b5f61154c85876118de565b6040517f426233600000000000000000000000000000000000000000000000000000000081523360048201529091505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa1580156115d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115fd91906126f0565b905081811015611649576040517fdcdee15b000000000000000000000000000000000000000000000000000000008152336004820152602481018290526044810183905260640161063d565b61167261165542611da8565b8860028111156116675761166761256b565b86919060ff16611df7565b50503373ffffffffffffffffffffffffffffffffffffffff16887ff2eb187e6b706be15de0a8bc8271dddf99fc43c12b3331f42a13d84c572252d7896040516116bb91906125d1565b60405180910390a35050505050505050565b5f8181526003602090815260408083203384529091528120906116ef82611d4e565b60ff1660028111156117035761170361256b565b90505f8160028111156117185761171861256b565b03611758576040517fac8eb79b0000000000000000000000000000000000000000000000000000000081526004810184905233602482015260440161063d565b61176c61176442611da8565b83905f611df7565b50503373ffffffffffffffffffffffffffffffffffffffff16837f217f58f8ce89efe553e4213d3f39d4154dfed41008c2ab64127d45e42abbccd7836040516117b591906125d1565b60405180910390a3505050565b5f6118036117cf83611da8565b5f86815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff89168452909152902090611e11565b60ff1660028111156118175761181761256b565b949350505050565b5f818152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff16610be5576040517f19ab22030000000000000000000000000000000000000000000000000000000081526004810183905260240161063d565b60018201545f90819067ffffffffffffffff1661189a81856127b6565b85546118c8919074010000000000000000000000000000000000000000900467ffffffffffffffff16612747565b92506118d48184612747565b9150509250929050565b5f60018260028111156118f3576118f361256b565b14611902578260040154611908565b82600301545b90505b92915050565b5f82815260026020526040902060018101546c01000000000000000000000000900463ffffffff16821061190b5760018101546040517fd512a1a100000000000000000000000000000000000000000000000000000000815260048101859052602481018490526c0100000000000000000000000090910463ffffffff16604482015260640161063d565b6119a4611eca565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9073ffffffffffffffffffffffffffffffffffffffff8516906370a0823190602401602060405180830381865afa158015611a34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5891906126f0565b9050611a7c73ffffffffffffffffffffffffffffffffffffffff8516843085611f27565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff8716906370a0823190602401602060405180830381865afa158015611ae8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b0c91906126f0565b611b169190612734565b9050828114611b5b576040517fff3b6360000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161063d565b5050505050565b611b6f8383836001611f83565b611bbd576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161063d565b505050565b80545f9074010000000000000000000000000000000000000000900467ffffffffffffffff1642811115611bf857505f92915050565b60018301545f9067ffffffffffffffff16611c138342612734565b611c1d91906129e0565b600185015490915068010000000000000000900463ffffffff16808210611c445780611c46565b815b95945050505050565b60018101545f90611c7c9063ffffffff680100000000000000008204169067ffffffffffffffff166127b6565b825461190b919074010000000000000000000000000000000000000000900467ffffffffffffffff16612747565b60078101805482545f909255604051818152909173ffffffffffffffffffffffffffffffffffffffff1690819085907f6909eb935886ad8c734c29844350c36b0260f7006ff58559a3c286a9e7c8d8789060200160405180910390a3611d4773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168284611b62565b5092915050565b80545f908015611da057611d7483611d67600184612734565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff166105e8565b5f9392505050565b5f65ffffffffffff821115611df3576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161063d565b5090565b5f80611e0485858561200b565b915091505b935093915050565b81545f9081816005811115611e6d575f611e2a846121cc565b611e349085612734565b5f8881526020902090915081015465ffffffffffff9081169087161015611e5d57809150611e6b565b611e68816001612747565b92505b505b5f611e7a87878585612331565b90508015611ebd57611e9187611d67600184612734565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16611ebf565b5f5b979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203611f25576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b611f35848484846001612387565b610da1576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161063d565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316611fff578383151615611ff3573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b82545f908190801561215c575f61202787611d67600185612734565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612099576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036120e857825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff89160217835561214e565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350611e0992505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611e09565b5f600182116121d9575090565b81600170010000000000000000000000000000000082106121ff5760809190911c9060401b5b68010000000000000000821061221a5760409190911c9060201b5b64010000000082106122315760209190911c9060101b5b6201000082106122465760109190911c9060081b5b610100821061225a5760089190911c9060041b5b6010821061226d5760049190911c9060021b5b600482106122795760011b5b600302600190811c90818581612291576122916129b3565b048201901c905060018185816122a9576122a96129b3565b048201901c905060018185816122c1576122c16129b3565b048201901c905060018185816122d9576122d96129b3565b048201901c905060018185816122f1576122f16129b3565b048201901c90506001818581612309576123096129b3565b048201901c9050612328818581612322576123226129b3565b04821190565b90039392505050565b5f5b8183101561237f575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561236b57809250612379565b612376816001612747565b93505b50612333565b509392505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f511483166124095783831516156123fd573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6020828403121561242a575f5ffd5b5035919050565b815173ffffffffffffffffffffffffffffffffffffffff1681526101808101602083015161246b602084018267ffffffffffffffff169052565b506040830151612487604084018267ffffffffffffffff169052565b50606083015161249f606084018263ffffffff169052565b5060808301516124b7608084018263ffffffff169052565b5060a08301516124cb60a084018215159052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015292915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610be5575f5ffd5b5f5f5f6060848603121561254b575f5ffd5b833592506020840135915061256260408501612516565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600381106125cd577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b6020810161190b8284612598565b5f5f604083850312156125f0575f5ffd5b50508035926020909101359150565b5f6020828403121561260f575f5ffd5b813567ffffffffffffffff811115612625575f5ffd5b820161010081850312156105e8575f5ffd5b5f5f5f5f6080858703121561264a575f5ffd5b84359350602085013592506040850135915061266860608601612516565b905092959194509250565b5f60208284031215612683575f5ffd5b61190882612516565b5f5f6040838503121561269d575f5ffd5b823591506020830135600381106126b2575f5ffd5b809150509250929050565b5f5f5f606084860312156126cf575f5ffd5b833592506126df60208501612516565b929592945050506040919091013590565b5f60208284031215612700575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561190b5761190b612707565b8082018082111561190b5761190b612707565b803567ffffffffffffffff81168114610be5575f5ffd5b5f60208284031215612781575f5ffd5b6119088261275a565b803563ffffffff81168114610be5575f5ffd5b5f602082840312156127ad575f5ffd5b6119088261278a565b808202811582820484141761190b5761190b612707565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036127fd576127fd612707565b5060010190565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612837575f5ffd5b830160208101925035905067ffffffffffffffff811115612856575f5ffd5b803603821315611208575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6040815267ffffffffffffffff6128c18461275a565b16604082015267ffffffffffffffff6128dc6020850161275a565b1660608201525f6128ef6040850161278a565b63ffffffff8116608084015250606084013560a083810191909152608085013560c0808501919091529085013560e0808501919091529085013561010084015261293b90850185612804565b61010061012085015261295361014085018284612864565b925050508260208301529392505050565b5f60208284031215612974575f5ffd5b815180151581146105e8575f5ffd5b83815273ffffffffffffffffffffffffffffffffffffffff83166020820152606081016118176040830184612598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612a13577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea26469706673582212203be6354481136724467b4e25ad7583025af3de5f18309196692b0682e4c0a80364736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b506004361061012f575f3560e01c806382bfefc8116100ad5780639f327a9d1161007d578063c1b8411a11610063578063c1b8411a146102f4578063e0aabcd41461031b578063e72de6451461032e575f5ffd5b80639f327a9d146102d9578063b6cb58a5146102ec575f5ffd5b806382bfefc8146102645780638f4e6f371461028b5780639884aedd1461029e5780639d153495146102c6575f5ffd5b806348435e6e1161010257806354cfb973116100e857806354cfb9731461022b578063795358261461023e5780637eec20a814610251575f5ffd5b806348435e6e146101f9578063511606301461020e575f5ffd5b80630aaa4548146101335780631d65e77e1461016d5780633c08ff901461018d578063411557d1146101ad575b5f5ffd5b61015a7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61018061017b36600461241a565b610341565b6040516101649190612431565b6101a061019b366004612539565b61049d565b60405161016491906125d1565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610164565b61020c6102073660046125df565b6105ef565b005b5f5473ffffffffffffffffffffffffffffffffffffffff166101d4565b61015a6102393660046125ff565b6106ca565b61020c61024c366004612637565b610bea565b61015a61025f36600461241a565b610da7565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b61020c610299366004612673565b61105b565b6102b16102ac3660046125df565b6111ef565b60408051928352602083019190915201610164565b61015a6102d436600461241a565b61120f565b61020c6102e736600461268c565b61129a565b60015461015a565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b61020c61032936600461241a565b6116cd565b6101a061033c3660046126bd565b6117c2565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091526103aa8261181f565b6040805161018081018252825473ffffffffffffffffffffffffffffffffffffffff8116825274010000000000000000000000000000000000000000900467ffffffffffffffff908116602083015260018401549081169282019290925268010000000000000000820463ffffffff90811660608301526c01000000000000000000000000830416608082015270010000000000000000000000000000000090910460ff16151560a0820152600282015460c0820152600382015460e082015260048201546101008201526005820154610120820152600682015461014082015260079091015461016082015292915050565b5f83815260026020526040812060018101546c01000000000000000000000000900463ffffffff1684106104d4575f9150506105e8565b5f6104df828661187d565b5090505f6104ee8786846117c2565b90505f8160028111156105035761050361256b565b03610513575f93505050506105e8565b61051d83826118de565b6040517f997db02d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8781166004830152602482018590527f0000000000000000000000000000000000000000000000000000000000000000169063997db02d90604401602060405180830381865afa1580156105ae573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105d291906126f0565b10156105e3575f93505050506105e8565b925050505b9392505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610646576040517f162664b80000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6106518383611911565b90505f8160020154905080826006015f82825461066e9190612734565b9250508190555080826007015f8282546106889190612747565b9091555050604051818152839085907f9c15c381df589f04fb5485dd5ac0b745c3c96addc79b633b42b446b87dfe16bc9060200160405180910390a350505050565b5f6106d361199c565b426106e16020840184612771565b67ffffffffffffffff161015610743576106fe6020830183612771565b6040517f71b5fe1200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015242602482015260440161063d565b6107536040830160208401612771565b67ffffffffffffffff1615806107a157507f00000000000000000000000000000000000000000000000000000000000000006107956040840160208501612771565b67ffffffffffffffff16115b1561081b576107b66040830160208401612771565b6040517fb6c8179600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161063d565b61082b606083016040840161279d565b63ffffffff165f03610869576040517f1da12e1a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81606001355f036108a6576040517f0fbbaee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6108b7606084016040850161279d565b6108cb9063ffffffff1660608501356127b6565b905060015f81546108db906127cd565b918290555060408051610180810190915233815290925060208082019061090490860186612771565b67ffffffffffffffff1681526020018460200160208101906109269190612771565b67ffffffffffffffff168152602001610945606086016040870161279d565b63ffffffff168152602001610960606086016040870161279d565b63ffffffff90811682525f60208084018290526060808901356040808701919091526080808b01358388015260a0808c01358289015260c0808d0135828a01528089018b905260e09889018790528b87526002808752968490208a518154978c015167ffffffffffffffff90811674010000000000000000000000000000000000000000027fffffffff0000000000000000000000000000000000000000000000000000000090991673ffffffffffffffffffffffffffffffffffffffff909216919091179790971781558a850151600182018054978d0151958d0151948d01511515700100000000000000000000000000000000027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff958c166c0100000000000000000000000002959095167fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff96909b1668010000000000000000027fffffffffffffffffffffffffffffffffffffffff00000000000000000000000090981691909816179590951792909216969096179590951790925592850151918301919091559183015160038201556101008301516004820155610120830151600582015561014083015160068201556101609092015160079092019190915551339083907f5d2f0b7929b6a41370fc78495f95621a05edf61fbf3b672c383df748e8ed7edc90610b7290879086906128ab565b60405180910390a3610bbb73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633836119ca565b50610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b919050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610c3c576040517f162664b800000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b610c4461199c565b5f610c4f8585611911565b600281015490915080841115610c9b576040517f57a585f4000000000000000000000000000000000000000000000000000000008152600481018590526024810182905260440161063d565b5f848203905081836006015f828254610cb49190612734565b9250508190555080836007015f828254610cce9190612747565b90915550506040805173ffffffffffffffffffffffffffffffffffffffff8616815260208101879052908101829052869088907ffa4c751e5814bf54992bab78ab8b0ea22c32e435f714ce2c2e22e65bab78f0289060600160405180910390a38415610d7557610d7573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168587611b62565b505050610da160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b50505050565b5f610db061199c565b5f610dba8361181f565b805490915073ffffffffffffffffffffffffffffffffffffffff163314610e355780546040517f9be440d40000000000000000000000000000000000000000000000000000000081526004810185905273ffffffffffffffffffffffffffffffffffffffff909116602482015233604482015260640161063d565b6001810154700100000000000000000000000000000000900460ff1615610e8b576040517fbfd3137a0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b5f610e9582611bc2565b60018301549091506c01000000000000000000000000900463ffffffff168103610f045783610ec383611c4f565b6040517f953889ea0000000000000000000000000000000000000000000000000000000081526004810192909252602482015242604482015260640161063d565b600282015460018301545f9190610f329084906c01000000000000000000000000900463ffffffff16612734565b610f3c91906127b6565b905080836006015f828254610f519190612734565b9250508190555080836007015f828254610f6b9190612747565b90915550506001830180547001000000000000000000000000000000007fffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffff9091166c0100000000000000000000000063ffffffff8616027fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1617179055604080518381526020810183905286917f99a4b4cbd1e738b902f770df96bb758050edc0dcd3531a19ba389de9dd89553a910160405180910390a261102d8584611caa565b9350505050610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146110cc576040517f0d0d793000000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b5f5473ffffffffffffffffffffffffffffffffffffffff1615611136575f546040517ffcefdffb00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116600482015260240161063d565b73ffffffffffffffffffffffffffffffffffffffff8116611183576040517fd636413100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b5f5f6112036111fd8561181f565b8461187d565b915091505b9250929050565b5f61121861199c565b5f6112228361181f565b905080600701545f03611264576040517fa7d2938c0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b61126e8382611caa565b915050610be560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f6112a48361181f565b6001810154909150700100000000000000000000000000000000900460ff16156112fd576040517fbfd3137a0000000000000000000000000000000000000000000000000000000081526004810184905260240161063d565b5f61130782611c4f565b9050804210611352576040517f2ed5c920000000000000000000000000000000000000000000000000000000008152600481018590526024810182905242604482015260640161063d565b60018360028111156113665761136661256b565b14158015611386575060028360028111156113835761138361256b565b14155b156113d55782600281111561139d5761139d61256b565b6040517fea9f59b500000000000000000000000000000000000000000000000000000000815260ff909116600482015260240161063d565b6040517f6d70f7ae0000000000000000000000000000000000000000000000000000000081523360048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636d70f7ae90602401602060405180830381865afa15801561145d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114819190612964565b6114b9576040517fab828a9800000000000000000000000000000000000000000000000000000000815233600482015260240161063d565b5f8481526003602090815260408083203384529091528120906114db82611d4e565b60ff1660028111156114ef576114ef61256b565b90505f8160028111156115045761150461256b565b14611541578533826040517f6598899000000000000000000000000000000000000000000000000000000000815260040161063d93929190612983565b5f61154c85876118de565b6040517f426233600000000000000000000000000000000000000000000000000000000081523360048201529091505f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa1580156115d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115fd91906126f0565b905081811015611649576040517fdcdee15b000000000000000000000000000000000000000000000000000000008152336004820152602481018290526044810183905260640161063d565b61167261165542611da8565b8860028111156116675761166761256b565b86919060ff16611df7565b50503373ffffffffffffffffffffffffffffffffffffffff16887ff2eb187e6b706be15de0a8bc8271dddf99fc43c12b3331f42a13d84c572252d7896040516116bb91906125d1565b60405180910390a35050505050505050565b5f8181526003602090815260408083203384529091528120906116ef82611d4e565b60ff1660028111156117035761170361256b565b90505f8160028111156117185761171861256b565b03611758576040517fac8eb79b0000000000000000000000000000000000000000000000000000000081526004810184905233602482015260440161063d565b61176c61176442611da8565b83905f611df7565b50503373ffffffffffffffffffffffffffffffffffffffff16837f217f58f8ce89efe553e4213d3f39d4154dfed41008c2ab64127d45e42abbccd7836040516117b591906125d1565b60405180910390a3505050565b5f6118036117cf83611da8565b5f86815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff89168452909152902090611e11565b60ff1660028111156118175761181761256b565b949350505050565b5f818152600260205260409020805473ffffffffffffffffffffffffffffffffffffffff16610be5576040517f19ab22030000000000000000000000000000000000000000000000000000000081526004810183905260240161063d565b60018201545f90819067ffffffffffffffff1661189a81856127b6565b85546118c8919074010000000000000000000000000000000000000000900467ffffffffffffffff16612747565b92506118d48184612747565b9150509250929050565b5f60018260028111156118f3576118f361256b565b14611902578260040154611908565b82600301545b90505b92915050565b5f82815260026020526040902060018101546c01000000000000000000000000900463ffffffff16821061190b5760018101546040517fd512a1a100000000000000000000000000000000000000000000000000000000815260048101859052602481018490526c0100000000000000000000000090910463ffffffff16604482015260640161063d565b6119a4611eca565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9073ffffffffffffffffffffffffffffffffffffffff8516906370a0823190602401602060405180830381865afa158015611a34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a5891906126f0565b9050611a7c73ffffffffffffffffffffffffffffffffffffffff8516843085611f27565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f90829073ffffffffffffffffffffffffffffffffffffffff8716906370a0823190602401602060405180830381865afa158015611ae8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b0c91906126f0565b611b169190612734565b9050828114611b5b576040517fff3b6360000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161063d565b5050505050565b611b6f8383836001611f83565b611bbd576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260240161063d565b505050565b80545f9074010000000000000000000000000000000000000000900467ffffffffffffffff1642811115611bf857505f92915050565b60018301545f9067ffffffffffffffff16611c138342612734565b611c1d91906129e0565b600185015490915068010000000000000000900463ffffffff16808210611c445780611c46565b815b95945050505050565b60018101545f90611c7c9063ffffffff680100000000000000008204169067ffffffffffffffff166127b6565b825461190b919074010000000000000000000000000000000000000000900467ffffffffffffffff16612747565b60078101805482545f909255604051818152909173ffffffffffffffffffffffffffffffffffffffff1690819085907f6909eb935886ad8c734c29844350c36b0260f7006ff58559a3c286a9e7c8d8789060200160405180910390a3611d4773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168284611b62565b5092915050565b80545f908015611da057611d7483611d67600184612734565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff166105e8565b5f9392505050565b5f65ffffffffffff821115611df3576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161063d565b5090565b5f80611e0485858561200b565b915091505b935093915050565b81545f9081816005811115611e6d575f611e2a846121cc565b611e349085612734565b5f8881526020902090915081015465ffffffffffff9081169087161015611e5d57809150611e6b565b611e68816001612747565b92505b505b5f611e7a87878585612331565b90508015611ebd57611e9187611d67600184612734565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16611ebf565b5f5b979650505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203611f25576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b611f35848484846001612387565b610da1576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161063d565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316611fff578383151615611ff3573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b82545f908190801561215c575f61202787611d67600185612734565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff16908816821115612099576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036120e857825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff89160217835561214e565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b9450859350611e0992505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081611e09565b5f600182116121d9575090565b81600170010000000000000000000000000000000082106121ff5760809190911c9060401b5b68010000000000000000821061221a5760409190911c9060201b5b64010000000082106122315760209190911c9060101b5b6201000082106122465760109190911c9060081b5b610100821061225a5760089190911c9060041b5b6010821061226d5760049190911c9060021b5b600482106122795760011b5b600302600190811c90818581612291576122916129b3565b048201901c905060018185816122a9576122a96129b3565b048201901c905060018185816122c1576122c16129b3565b048201901c905060018185816122d9576122d96129b3565b048201901c905060018185816122f1576122f16129b3565b048201901c90506001818581612309576123096129b3565b048201901c9050612328818581612322576123226129b3565b04821190565b90039392505050565b5f5b8183101561237f575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561236b57809250612379565b612376816001612747565b93505b50612333565b509392505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8781166004528616602452604485905291602083606481808c5af1925060015f511483166124095783831516156123fd573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6020828403121561242a575f5ffd5b5035919050565b815173ffffffffffffffffffffffffffffffffffffffff1681526101808101602083015161246b602084018267ffffffffffffffff169052565b506040830151612487604084018267ffffffffffffffff169052565b50606083015161249f606084018263ffffffff169052565b5060808301516124b7608084018263ffffffff169052565b5060a08301516124cb60a084018215159052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015292915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610be5575f5ffd5b5f5f5f6060848603121561254b575f5ffd5b833592506020840135915061256260408501612516565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600381106125cd577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b6020810161190b8284612598565b5f5f604083850312156125f0575f5ffd5b50508035926020909101359150565b5f6020828403121561260f575f5ffd5b813567ffffffffffffffff811115612625575f5ffd5b820161010081850312156105e8575f5ffd5b5f5f5f5f6080858703121561264a575f5ffd5b84359350602085013592506040850135915061266860608601612516565b905092959194509250565b5f60208284031215612683575f5ffd5b61190882612516565b5f5f6040838503121561269d575f5ffd5b823591506020830135600381106126b2575f5ffd5b809150509250929050565b5f5f5f606084860312156126cf575f5ffd5b833592506126df60208501612516565b929592945050506040919091013590565b5f60208284031215612700575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561190b5761190b612707565b8082018082111561190b5761190b612707565b803567ffffffffffffffff81168114610be5575f5ffd5b5f60208284031215612781575f5ffd5b6119088261275a565b803563ffffffff81168114610be5575f5ffd5b5f602082840312156127ad575f5ffd5b6119088261278a565b808202811582820484141761190b5761190b612707565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036127fd576127fd612707565b5060010190565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612837575f5ffd5b830160208101925035905067ffffffffffffffff811115612856575f5ffd5b803603821315611208575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6040815267ffffffffffffffff6128c18461275a565b16604082015267ffffffffffffffff6128dc6020850161275a565b1660608201525f6128ef6040850161278a565b63ffffffff8116608084015250606084013560a083810191909152608085013560c0808501919091529085013560e0808501919091529085013561010084015261293b90850185612804565b61010061012085015261295361014085018284612864565b925050508260208301529392505050565b5f60208284031215612974575f5ffd5b815180151581146105e8575f5ffd5b83815273ffffffffffffffffffffffffffffffffffffffff83166020820152606081016118176040830184612598565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612a13577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea26469706673582212203be6354481136724467b4e25ad7583025af3de5f18309196692b0682e4c0a80364736f6c634300081c0033',
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
      { length: 32, start: 4211 },
      { length: 32, start: 5123 },
      { length: 32, start: 5524 },
      { length: 32, start: 7456 },
    ],
  },
  RewardDistributor: {
    bytecode:
      '0x60e060405234801561000f575f5ffd5b506040516113f73803806113f783398101604081905261002e91610112565b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0381166100795760405163266f99c560e21b815260040160405180910390fd5b6001600160a01b038116608081905260408051637e062a3560e11b8152905163fc0c546a916004808201926020929091908290030181865afa1580156100c1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e59190610112565b6001600160a01b031660a052503360c052610134565b6001600160a01b038116811461010f575f5ffd5b50565b5f60208284031215610122575f5ffd5b815161012d816100fb565b9392505050565b60805160a05160c05161126f6101885f395f81816102d6015261079f01525f818161018d0152818161040801528181610496015261052201525f81816101240152818161054401526105bb015261126f5ff3fe608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c806383b30f401161007d5780639285c94b116100585780639285c94b146101ff578063a8e0926014610234578063c1b8411a146102d1575f5ffd5b806383b30f40146101af5780638d022d68146101d75780638f4e6f37146101ec575f5ffd5b8063411557d1116100ad578063411557d11461011f578063511606301461016b57806382bfefc814610188575f5ffd5b8063120aa877146100d3578063270de927146100f95780632e7ba6ef1461010c575b5f5ffd5b6100e66100e1366004610f14565b6102f8565b6040519081526020015b60405180910390f35b6100e6610107366004610f86565b61032e565b6100e661011a366004610fc5565b610464565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100f0565b5f5473ffffffffffffffffffffffffffffffffffffffff16610146565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b6101c26101bd366004611028565b6104ef565b604080519283526020830191909152016100f0565b6101ea6101e536600461108b565b6106b0565b005b6101ea6101fa3660046110ba565b610787565b61021261020d3660046110d3565b61091b565b60408051825181526020808401519082015291810151908201526060016100f0565b6100e66102423660046110ea565b604080516020810185905273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff851684529091529020545b92915050565b5f610337610973565b815f819003610372576040517f056a1b5900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015610439573685858381811061038f5761038f61111d565b90506020028101906103a1919061114a565b90505f6103d082356103b960408501602086016110ba565b60408501356103cb6060870187611186565b6109a1565b90506103dc81866111ea565b945061042f6103f160408401602085016110ba565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169083610c38565b5050600101610374565b505061032860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f61046d610973565b61047a86868686866109a1565b90506104bd73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168683610c38565b6104e660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b95945050505050565b5f5f6104f9610973565b61050687338888886109a1565b915061056973ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084610c98565b6040517f2dd5567a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152336024830152604482018490527f00000000000000000000000000000000000000000000000000000000000000001690632dd5567a906064016020604051808303815f875af1158015610601573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106259190611222565b604080518481526020810183905291925073ffffffffffffffffffffffffffffffffffffffff85169133918a917f27d8f2ed6957021f336b9c0dc4c2f3432e84692c9b85e52471b22702cd9f2b92910160405180910390a46106a660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9550959350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610707576040517f383c99ce0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f848152600160205260409020821561071e578281555b5f82826001015461072f91906111ea565b60018301819055825460408051918252602082018690528101829052909150859087907f1b569d0b7dac1f81710cf4b174aa6a05ec257e25353cc99a8f5b28f414de3abd9060600160405180910390a3505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146107f8576040517f2b7598b90000000000000000000000000000000000000000000000000000000081523360048201526024016106fe565b5f5473ffffffffffffffffffffffffffffffffffffffff1615610862575f546040517f094affac00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016106fe565b73ffffffffffffffffffffffffffffffffffffffff81166108af576040517f99be671400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b61093c60405180606001604052805f81526020015f81526020015f81525090565b505f908152600160208181526040928390208351606081018552815481529281015491830191909152600201549181019190915290565b61097b610d10565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f8581526001602052604081208054806109ea576040517faf9c34c1000000000000000000000000000000000000000000000000000000008152600481018990526024016106fe565b6040805160208082018b905273ffffffffffffffffffffffffffffffffffffffff8a168284015260608083018a90528351808403909101815260808301845280519082012060a0808401919091528351808403909101815260c09092019092528051910120610a5e90869086908490610d6d565b610aba576040517fa74eb3e50000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff88166024820152604481018790526064016106fe565b5f88815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8b168452909152902054808711610b4f576040517f333f4f34000000000000000000000000000000000000000000000000000000008152600481018a905273ffffffffffffffffffffffffffffffffffffffff8916602482015260448101889052606481018290526084016106fe565b80870393505f848460020154610b6591906111ea565b600185015490915080821115610bb8576040517fa93e9181000000000000000000000000000000000000000000000000000000008152600481018c905260248101839052604481018290526064016106fe565b5f8b815260026020818152604080842073ffffffffffffffffffffffffffffffffffffffff8f16808652908352938190208d905591880185905581518981529081018c90528d917fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac910160405180910390a3505050505095945050505050565b610c458383836001610d84565b610c93576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106fe565b505050565b610ca48383835f610e0c565b610c9357610cb583835f6001610e0c565b610d03576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106fe565b610c458383836001610e0c565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610d6b576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b5f82610d7a868685610e7c565b1495945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610e00578383151615610df4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610e00578383151615610df4573d5f823e3d81fd5b5f81815b84811015610eb457610eaa82878784818110610e9e57610e9e61111d565b90506020020135610ebd565b9150600101610e80565b50949350505050565b5f818310610ed7575f828152602084905260409020610ee5565b5f8381526020839052604090205b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610f0f575f5ffd5b919050565b5f5f60408385031215610f25575f5ffd5b82359150610f3560208401610eec565b90509250929050565b5f5f83601f840112610f4e575f5ffd5b50813567ffffffffffffffff811115610f65575f5ffd5b6020830191508360208260051b8501011115610f7f575f5ffd5b9250929050565b5f5f60208385031215610f97575f5ffd5b823567ffffffffffffffff811115610fad575f5ffd5b610fb985828601610f3e565b90969095509350505050565b5f5f5f5f5f60808688031215610fd9575f5ffd5b85359450610fe960208701610eec565b935060408601359250606086013567ffffffffffffffff81111561100b575f5ffd5b61101788828901610f3e565b969995985093965092949392505050565b5f5f5f5f5f6080868803121561103c575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115611060575f5ffd5b61106c88828901610f3e565b909450925061107f905060608701610eec565b90509295509295909350565b5f5f5f5f6080858703121561109e575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f602082840312156110ca575f5ffd5b610ee582610eec565b5f602082840312156110e3575f5ffd5b5035919050565b5f5f5f606084860312156110fc575f5ffd5b8335925061110c60208501610eec565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8183360301811261117c575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126111b9575f5ffd5b83018035915067ffffffffffffffff8211156111d3575f5ffd5b6020019150600581901b3603821315610f7f575f5ffd5b80820180821115610328577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f60208284031215611232575f5ffd5b505191905056fea26469706673582212201e294daa292acddcb1ba8dd32c4893c0ec83f0d0fedccf6e84c78b05cac1987364736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c806383b30f401161007d5780639285c94b116100585780639285c94b146101ff578063a8e0926014610234578063c1b8411a146102d1575f5ffd5b806383b30f40146101af5780638d022d68146101d75780638f4e6f37146101ec575f5ffd5b8063411557d1116100ad578063411557d11461011f578063511606301461016b57806382bfefc814610188575f5ffd5b8063120aa877146100d3578063270de927146100f95780632e7ba6ef1461010c575b5f5ffd5b6100e66100e1366004610f14565b6102f8565b6040519081526020015b60405180910390f35b6100e6610107366004610f86565b61032e565b6100e661011a366004610fc5565b610464565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100f0565b5f5473ffffffffffffffffffffffffffffffffffffffff16610146565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b6101c26101bd366004611028565b6104ef565b604080519283526020830191909152016100f0565b6101ea6101e536600461108b565b6106b0565b005b6101ea6101fa3660046110ba565b610787565b61021261020d3660046110d3565b61091b565b60408051825181526020808401519082015291810151908201526060016100f0565b6100e66102423660046110ea565b604080516020810185905273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090509392505050565b6101467f000000000000000000000000000000000000000000000000000000000000000081565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff851684529091529020545b92915050565b5f610337610973565b815f819003610372576040517f056a1b5900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015610439573685858381811061038f5761038f61111d565b90506020028101906103a1919061114a565b90505f6103d082356103b960408501602086016110ba565b60408501356103cb6060870187611186565b6109a1565b90506103dc81866111ea565b945061042f6103f160408401602085016110ba565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169083610c38565b5050600101610374565b505061032860017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f61046d610973565b61047a86868686866109a1565b90506104bd73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168683610c38565b6104e660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b95945050505050565b5f5f6104f9610973565b61050687338888886109a1565b915061056973ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000167f000000000000000000000000000000000000000000000000000000000000000084610c98565b6040517f2dd5567a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8481166004830152336024830152604482018490527f00000000000000000000000000000000000000000000000000000000000000001690632dd5567a906064016020604051808303815f875af1158015610601573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106259190611222565b604080518481526020810183905291925073ffffffffffffffffffffffffffffffffffffffff85169133918a917f27d8f2ed6957021f336b9c0dc4c2f3432e84692c9b85e52471b22702cd9f2b92910160405180910390a46106a660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b9550959350505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610707576040517f383c99ce0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f848152600160205260409020821561071e578281555b5f82826001015461072f91906111ea565b60018301819055825460408051918252602082018690528101829052909150859087907f1b569d0b7dac1f81710cf4b174aa6a05ec257e25353cc99a8f5b28f414de3abd9060600160405180910390a3505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146107f8576040517f2b7598b90000000000000000000000000000000000000000000000000000000081523360048201526024016106fe565b5f5473ffffffffffffffffffffffffffffffffffffffff1615610862575f546040517f094affac00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201526024016106fe565b73ffffffffffffffffffffffffffffffffffffffff81166108af576040517f99be671400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8316908117825560405190917f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca9991a250565b61093c60405180606001604052805f81526020015f81526020015f81525090565b505f908152600160208181526040928390208351606081018552815481529281015491830191909152600201549181019190915290565b61097b610d10565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5f8581526001602052604081208054806109ea576040517faf9c34c1000000000000000000000000000000000000000000000000000000008152600481018990526024016106fe565b6040805160208082018b905273ffffffffffffffffffffffffffffffffffffffff8a168284015260608083018a90528351808403909101815260808301845280519082012060a0808401919091528351808403909101815260c09092019092528051910120610a5e90869086908490610d6d565b610aba576040517fa74eb3e50000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff88166024820152604481018790526064016106fe565b5f88815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8b168452909152902054808711610b4f576040517f333f4f34000000000000000000000000000000000000000000000000000000008152600481018a905273ffffffffffffffffffffffffffffffffffffffff8916602482015260448101889052606481018290526084016106fe565b80870393505f848460020154610b6591906111ea565b600185015490915080821115610bb8576040517fa93e9181000000000000000000000000000000000000000000000000000000008152600481018c905260248101839052604481018290526064016106fe565b5f8b815260026020818152604080842073ffffffffffffffffffffffffffffffffffffffff8f16808652908352938190208d905591880185905581518981529081018c90528d917fd9cb1e2714d65a111c0f20f060176ad657496bd47a3de04ec7c3d4ca232112ac910160405180910390a3505050505095945050505050565b610c458383836001610d84565b610c93576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106fe565b505050565b610ca48383835f610e0c565b610c9357610cb583835f6001610e0c565b610d03576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526024016106fe565b610c458383836001610e0c565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0054600203610d6b576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b5f82610d7a868685610e7c565b1495945050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610e00578383151615610df4573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f81815273ffffffffffffffffffffffffffffffffffffffff8616600452602485905291602083604481808b5af1925060015f51148316610e00578383151615610df4573d5f823e3d81fd5b5f81815b84811015610eb457610eaa82878784818110610e9e57610e9e61111d565b90506020020135610ebd565b9150600101610e80565b50949350505050565b5f818310610ed7575f828152602084905260409020610ee5565b5f8381526020839052604090205b9392505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610f0f575f5ffd5b919050565b5f5f60408385031215610f25575f5ffd5b82359150610f3560208401610eec565b90509250929050565b5f5f83601f840112610f4e575f5ffd5b50813567ffffffffffffffff811115610f65575f5ffd5b6020830191508360208260051b8501011115610f7f575f5ffd5b9250929050565b5f5f60208385031215610f97575f5ffd5b823567ffffffffffffffff811115610fad575f5ffd5b610fb985828601610f3e565b90969095509350505050565b5f5f5f5f5f60808688031215610fd9575f5ffd5b85359450610fe960208701610eec565b935060408601359250606086013567ffffffffffffffff81111561100b575f5ffd5b61101788828901610f3e565b969995985093965092949392505050565b5f5f5f5f5f6080868803121561103c575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115611060575f5ffd5b61106c88828901610f3e565b909450925061107f905060608701610eec565b90509295509295909350565b5f5f5f5f6080858703121561109e575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f602082840312156110ca575f5ffd5b610ee582610eec565b5f602082840312156110e3575f5ffd5b5035919050565b5f5f5f606084860312156110fc575f5ffd5b8335925061110c60208501610eec565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8183360301811261117c575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126111b9575f5ffd5b83018035915067ffffffffffffffff8211156111d3575f5ffd5b6020019150600581901b3603821315610f7f575f5ffd5b80820180821115610328577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f60208284031215611232575f5ffd5b505191905056fea26469706673582212201e294daa292acddcb1ba8dd32c4893c0ec83f0d0fedccf6e84c78b05cac1987364736f6c634300081c0033',
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
    ],
  },
  RoundSettlement: {
    bytecode:
      '0x610220604052348015610010575f5ffd5b50604051613e2d380380613e2d83398101604081905261002f9161069a565b836040518060400160405280601581526020017f416572696520526f756e64536574746c656d656e740000000000000000000000815250604051806040016040528060018152602001603160f81b81525061008f8261037160201b60201c565b6101205261009c81610371565b61014052815160208084019190912060e052815190820120610100524660a05261012860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661015f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610168816103ae565b5060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00556001600160a01b0387166101b457604051635131a89560e11b815260040160405180910390fd5b6001600160a01b0386166101db57604051635131a89560e11b815260040160405180910390fd5b6001600160a01b03851661020257604051635131a89560e11b815260040160405180910390fd5b6001600160a01b03808816610160819052878216610180529086166101a0526040805163d62aad2960e01b8152905163d62aad29916004808201926020929091908290030181865afa15801561025a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061027e91906107cd565b6101c08181525050866001600160a01b031663d9e39f2c6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102e691906107cd565b6101e08181525050866001600160a01b03166331440f556040518163ffffffff1660e01b8152600401602060405180830381865afa15801561032a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061034e91906107cd565b6102005261035c83836103ca565b6103658161041a565b505050505050506108cd565b5f5f829050601f8151111561039b578260405163305a27a960e01b815260040161015691906107e4565b80516103a682610819565b179392505050565b600380546001600160a01b03191690556103c78161048a565b50565b5f6103d96004848460206104db565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a6848460405161040d92919061083f565b60405180910390a2505050565b6001600160a01b03811661044157604051635131a89560e11b815260040160405180910390fd5b600880546001600160a01b0319166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b82515f908315806104eb57508084115b806104f557508281115b1561051d5760405163011eb28160e21b81526004810182905260248101859052604401610156565b600386015461052d906001610894565b60038701819055600287018590559150610547865f610634565b5f5b8181101561062a575f868281518110610564576105646108b9565b602002602001015190505f6001600160a01b0316816001600160a01b0316036105a057604051635131a89560e11b815260040160405180910390fd5b6001600160a01b0381165f9081526001890160205260409020548490036105e557604051632e2e28a760e21b81526001600160a01b0382166004820152602401610156565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180546001600160a01b03191690921790915501610549565b5050949350505050565b5080545f8255905f5260205f20908101906103c791905b8082111561065e575f815560010161064b565b5090565b6001600160a01b03811681146103c7575f5ffd5b805161068181610662565b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f5f5f60e0888a0312156106b0575f5ffd5b87516106bb81610662565b60208901519097506106cc81610662565b60408901519096506106dd81610662565b60608901519095506106ee81610662565b60808901519094506001600160401b03811115610709575f5ffd5b8801601f81018a13610719575f5ffd5b80516001600160401b0381111561073257610732610686565b604051600582901b90603f8201601f191681016001600160401b038111828210171561076057610760610686565b60405291825260208184018101929081018d84111561077d575f5ffd5b6020850194505b838510156107a35761079585610676565b815260209485019401610784565b5060a08c015190965094506107bf92505060c08a019050610676565b905092959891949750929550565b5f602082840312156107dd575f5ffd5b5051919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610839575f198160200360031b1b821691505b50919050565b604080825283519082018190525f9060208501906060840190835b818110156108815783516001600160a01b031683526020938401939092019160010161085a565b5050602093909301939093525092915050565b808201808211156108b357634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161345c6109d15f395f8181610255015281816124a6015261250b01525f8181610451015281816110fa015261181e01525f8181610413015281816105c5015281816109e90152611d2e01525f818161037e01528181610b7c0152610c4b01525f81816101e401528181610ba40152818161123001528181611f5a015261257e01525f81816102a30152818161072e01528181610cec01528181610da50152611d7901525f6116eb01525f6116bb01525f6127ce01525f6127a601525f61270101525f61272b01525f612755015261345c5ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c80638a0dac4a116100fe578063d62aad291161009e578063e5d5494a1161006e578063e5d5494a14610484578063e636d84b14610497578063eb9cc6ea146104ba578063f2fde38b146104c2575f5ffd5b8063d62aad291461040e578063d864e74014610435578063d9e39f2c1461044c578063e30c397814610473575f5ffd5b80639c26149f116100d95780639c26149f14610379578063b6013cef146103a0578063c7f758a8146103b3578063d214849a146103d4575f5ffd5b80638a0dac4a146103425780638da5cb5b146103555780639b24d04714610366575f5ffd5b80634a6e012311610169578063715018a611610144578063715018a61461030f57806379ba5097146103175780637f10792d1461031f57806384b0196e14610327575f5ffd5b80634a6e0123146102d65780634cdeef08146102e9578063649b1126146102fc575f5ffd5b806331440f55116101a457806331440f551461025057806335515eaf14610277578063411557d11461029e578063452a9320146102c5575f5ffd5b80630252028a146101ca57806306433b1b146101df578063213eb00114610223575b5f5ffd5b6101dd6101d8366004612a6b565b6104d5565b005b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610242610231366004612ab3565b5f9081526009602052604090205490565b60405190815260200161021a565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b6102427f0ffe91ecb294e19e55ac86e36d1abbec8217e44fbaf1c87a5bcda64daebca33681565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6008546001600160a01b0316610206565b6102426102e4366004612b0b565b61051f565b6102426102f7366004612b60565b610552565b6101dd61030a366004612b81565b61056a565b6101dd6107fb565b6101dd61080e565b610242602081565b61032f61086b565b60405161021a9796959493929190612c49565b6101dd610350366004612d0f565b6108c9565b6002546001600160a01b0316610206565b6101dd610374366004612d2a565b6108da565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6103ae366004612dac565b610979565b6103c66103c1366004612ab3565b610ed7565b60405161021a929190612e1b565b6104016103e2366004612dac565b5f918252600a6020908152604080842092845291905290205460ff1690565b60405161021a9190612ec8565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b61043d610fef565b60405161021a93929190612f40565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b6003546001600160a01b0316610206565b6101dd610492366004612dac565b611068565b6104aa6104a5366004612d0f565b6112ba565b604051901515815260200161021a565b610242604081565b6101dd6104d0366004612d0f565b6112dd565b6104dd611366565b61051a8383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508592506113ac915050565b505050565b5f8282604051602001610533929190612fab565b6040516020818303038152906040528051906020012090505b92915050565b5f61054c6105653684900384018461300d565b6113fc565b6008546001600160a01b031633146105b5576040517f74b2202f0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6105c0858561149a565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826040015167ffffffffffffffff166105fd91906130d6565b905080421061064f576040517fcba16b570000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604481018290524260648201526084016105ac565b5f61065c835f01516113fc565b5f818152600d6020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905590915061069e8861158e565b5f898152600a602090815260408083208b84529091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551909150879089907fdb5248fdc763a42b244ed68ed74e7ebe99ce63269a67b8a833bc4174c581d4ae9061071990869033908c908c906130e9565b60405180910390a35f5b81518110156107f0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bedb101983838151811061076d5761076d61314c565b6020908102919091010151516040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b1580156107cf575f5ffd5b505af11580156107e1573d5f5f3e3d5ffd5b50505050806001019050610723565b505050505050505050565b610803611366565b61080c5f611683565b565b60035433906001600160a01b0316811461085f576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105ac565b61086881611683565b50565b5f6060805f5f5f606061087c6116b4565b6108846116e4565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6108d1611366565b6108688161170f565b6108e58585856117b0565b5f6108f86105653688900388018861300d565b5f818152600d602052604090205490915060ff1615610957576040517f8fe16cfe0000000000000000000000000000000000000000000000000000000081528635600482015260208701356024820152604481018290526064016105ac565b61096460048285856119cf565b5061097181878787611ba0565b505050505050565b610981611e45565b5f828152600960205260409020548181146109d9576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810184905260248101839052604481018290526064016105ac565b5f6109e4848461149a565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826040015167ffffffffffffffff16610a2191906130d6565b905080421015610a74576040517f6df98b030000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105ac565b81515f610a808761158e565b5f888152600a602090815260408083208a8452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660021790559050610ace8660016130d6565b5f88815260096020908152604091829020929092558381015160608086015160a087015184519384529483015291810192909252879189917f82726e1f451c5f43307c3a081a790990a4ede53e23da5d013a93b7d5fa8cc6b1910160405180910390a360608201516040517f79535826000000000000000000000000000000000000000000000000000000008152600481018990526024810188905260448101919091526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660648301527f000000000000000000000000000000000000000000000000000000000000000016906379535826906084015f604051808303815f87803b158015610be5575f5ffd5b505af1158015610bf7573d5f5f3e3d5ffd5b50505050604082810151606084015191517f8d022d68000000000000000000000000000000000000000000000000000000008152600481018a905260248101899052604481019190915260648101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638d022d68906084015f604051808303815f87803b158015610c94575f5ffd5b505af1158015610ca6573d5f5f3e3d5ffd5b505050505f8787604051602001610cc7929190918252602082015260400190565b6040516020818303038152906040528051906020012090505f5b8251811015610ea3577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bedb1019848381518110610d2b57610d2b61314c565b6020908102919091010151516040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015610d8d575f5ffd5b505af1158015610d9f573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fba2c05a848381518110610de457610de461314c565b60200260200101515f0151858481518110610e0157610e0161314c565b60209081029190910181015101516040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b1681526001600160a01b03909216600483015260248201526044810185905260640160408051808303815f875af1158015610e75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e999190613179565b5050600101610ce1565b50505050505050610ed360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5050565b610edf612944565b5f828152600b60209081526040808320600c83528184208251610120810184528254606080830191825260018501546080840152600285015460a0840152600385015460c0840152600485015460e084015260058501546101008401529082526006909301546001600160a01b0381168287015274010000000000000000000000000000000000000000900467ffffffffffffffff1681850152815484518187028101870190955280855292959094919392849290919084015b82821015610fe0575f848152602090819020604080518082019091526002850290910180546001600160a01b03168252600190810154828401529083529092019101610f99565b50505050905091509150915091565b60605f5f60045f016004600201546004600301548280548060200260200160405190810160405280929190818152602001828054801561105657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611038575b50505050509250925092509250909192565b611070611e45565b5f61107b8383611e73565b5f858152600b602052604090206006015490925074010000000000000000000000000000000000000000900467ffffffffffffffff161590506110f4576040517f9a49997300000000000000000000000000000000000000000000000000000000815260048101849052602481018390526044016105ac565b5f61111f7f0000000000000000000000000000000000000000000000000000000000000000836130d6565b905080421015611172576040517fe3a3decc0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290524260648201526084016105ac565b5f848152600a60209081526040808320868452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660031790556111be8360016130d6565b5f85815260096020526040808220929092559051849186917f3fd1c85cda6246c06e5680d9888d379fe80d0234f53064ba2f3e3ef7698dfd4b9190a36040517f48435e6e00000000000000000000000000000000000000000000000000000000815260048101859052602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906348435e6e906044015f604051808303815f87803b158015611279575f5ffd5b505af115801561128b573d5f5f3e3d5ffd5b505050505050610ed360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6007546001600160a01b0382165f9081526005602052604081205490911461054c565b6112e5611366565b600380546001600160a01b0383167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561132e6002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002546001600160a01b0316331461080c576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016105ac565b5f6113bb600484846020612074565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a684846040516113ef92919061319b565b60405180910390a2505050565b5f61054c7f0ffe91ecb294e19e55ac86e36d1abbec8217e44fbaf1c87a5bcda64daebca336835f015184602001518560400151866060015187608001518860a0015160405160200161147f9796959493929190968752602087019590955260408601939093526060850191909152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612230565b6114a2612944565b505f828152600b602090815260409182902082516101208101845281546060820190815260018301546080830152600283015460a0830152600383015460c0830152600483015460e0830152600583015461010083015281526006909101546001600160a01b038116928201929092527401000000000000000000000000000000000000000090910467ffffffffffffffff1691810182905290158061154d57508051602001518214155b1561054c576040517f509f102b00000000000000000000000000000000000000000000000000000000815260048101849052602481018390526044016105ac565b6060600c5f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611607575f848152602090819020604080518082019091526002850290910180546001600160a01b031682526001908101548284015290835290920191016115c0565b5050505f848152600b60209081526040808320838155600181018490556002810184905560038101849055600481018490556005810184905560060180547fffffffff00000000000000000000000000000000000000000000000000000000169055600c909152812092935061167e929150612995565b919050565b600380547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561086881612277565b60606116df7f00000000000000000000000000000000000000000000000000000000000000006122e0565b905090565b60606116df7f00000000000000000000000000000000000000000000000000000000000000006122e0565b6001600160a01b03811661174f576040517fa263512a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600880547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b823560208401355f806117c38484611e73565b9150915080421015611818576040517fbc2aacbd0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290524260648201526084016105ac565b5f6118437f0000000000000000000000000000000000000000000000000000000000000000836130d6565b9050804210611895576040517f3b078c390000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105ac565b5f858152600b602052604090206006015474010000000000000000000000000000000000000000900467ffffffffffffffff1615611909576040517f9a49997300000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016105ac565b8260c001518860600135111561195e5760c08301516040517ff5a69db300000000000000000000000000000000000000000000000000000000815260608a0135600482015260248101919091526044016105ac565b60608801351580159061197357506040880135155b156119b4576040517f1658e3cc00000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016105ac565b6119c585858a608001358a8a61231d565b5050505050505050565b60038401545f908282805b82811015611b45575f5f611a118a8a8a868181106119fa576119fa61314c565b9050602002810190611a0c91906131bc565b612653565b5090925090505f816003811115611a2a57611a2a612e9b565b14611a64576040517fcacd7686000000000000000000000000000000000000000000000000000000008152600481018490526024016105ac565b8215801590611a855750836001600160a01b0316826001600160a01b031611155b15611ad6576040517f1ef25042000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038086166024830152831660448201526064016105ac565b6001600160a01b0382165f90815260018c0160205260409020548614611b3a576040517f07eede20000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03831660248201526044016105ac565b5091506001016119da565b506002880154919350839180831015611b94576040517f97f0c2c800000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016105ac565b50505050949350505050565b82355f818152600a602090815260408083208288013580855290835281842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001908117909155858552600b9093529281902084815591820192909255908501356002820155606085013560038201556080850135600482015560a085013560058201556006810180547fffffffff0000000000000000000000000000000000000000000000000000000016337fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff1617740100000000000000000000000000000000000000004267ffffffffffffffff16021790555f828152600c602052604081209084905b81811015611cfc5782878783818110611cc557611cc561314c565b83546001810185555f9485526020909420604090910292909201926002029091019050611cf2828261321d565b5050600101611caa565b506020870135847fad9b4d6de444e367abe4cfc0ee65a121ff7f609b07d98d5f955630ef50644b538a8a8a8a33611d537f0000000000000000000000000000000000000000000000000000000000000000426130d6565b604051611d659695949392919061326a565b60405180910390a35f5b818110156107f0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db236fae888884818110611db857611db861314c565b611dce9260206040909202019081019150612d0f565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015611e24575f5ffd5b505af1158015611e36573d5f5f3e3d5ffd5b50505050806001019050611d6f565b611e4d61269a565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091525f83815260096020526040812054838114611f2b576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290526064016105ac565b6040517f1d65e77e000000000000000000000000000000000000000000000000000000008152600481018690527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631d65e77e9060240161018060405180830381865afa158015611fa8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fcc919061332d565b9250826080015163ffffffff16841061202d5760808301516040517f0b850c9b000000000000000000000000000000000000000000000000000000008152600481018790526024810186905263ffffffff90911660448201526064016105ac565b604083015167ffffffffffffffff166120478560016130d6565b61205191906133f1565b836020015167ffffffffffffffff1661206a91906130d6565b9150509250929050565b82515f9083158061208457508084115b8061208e57508281115b156120cf576040517f047aca0400000000000000000000000000000000000000000000000000000000815260048101829052602481018590526044016105ac565b60038601546120df9060016130d6565b600387018190556002870185905591506120f9865f6129b3565b5f5b81811015612226575f8682815181106121165761211661314c565b602002602001015190505f6001600160a01b0316816001600160a01b03160361216b576040517fa263512a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f9081526001890160205260409020548490036121c9576040517fb8b8a29c0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105ac565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180547fffffffffffffffffffffffff000000000000000000000000000000000000000016909217909155016120fb565b5050949350505050565b5f61054c61223c6126f5565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60605f6122ec8361281e565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b80604081111561236557604080517f11aaea1e0000000000000000000000000000000000000000000000000000000081526105ac918391600401918252602082015260400190565b5f8383604051602001612379929190612fab565b6040516020818303038152906040528051906020012090508481146123d4576040517ffa55648c00000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016105ac565b5f5f5b838110156107f0575f8686838181106123f2576123f261314c565b6124089260206040909202019081019150612d0f565b90505f87878481811061241d5761241d61314c565b905060400201602001359050825f1415801561244b5750836001600160a01b0316826001600160a01b031611155b1561249c576040517f73e8b4fa000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038086166024830152831660448201526064016105ac565b8015806124c857507f000000000000000000000000000000000000000000000000000000000000000081115b15612537576040517fc50f5a520000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290527f000000000000000000000000000000000000000000000000000000000000000060448201526064016105ac565b5f6040517f3c08ff90000000000000000000000000000000000000000000000000000000008152600481018d9052602481018c90526001600160a01b0384811660448301527f00000000000000000000000000000000000000000000000000000000000000001690633c08ff9090606401602060405180830381865afa1580156125c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125e79190613408565b60028111156125f8576125f8612e9b565b03612648576040517fd2f54479000000000000000000000000000000000000000000000000000000008152600481018c9052602481018b90526001600160a01b03831660448201526064016105ac565b5091506001016123d7565b5f80806041849003612687578435602086013560408701355f1a6126798982858561285e565b955095509550505050612691565b505f915060029050825b93509350939050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361080c576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561274d57507f000000000000000000000000000000000000000000000000000000000000000046145b1561277757507f000000000000000000000000000000000000000000000000000000000000000090565b6116df604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60ff8216601f81111561054c576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561289757505f9150600390508261293a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156128e8573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b03811661293157505f92506001915082905061293a565b92505f91508190505b9450945094915050565b60405180606001604052806129826040518060c001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b81525f6020820181905260409091015290565b5080545f8255600202905f5260205f209081019061086891906129ce565b5080545f8255905f5260205f20908101906108689190612a0f565b5b80821115612a0b5780547fffffffffffffffffffffffff00000000000000000000000000000000000000001681555f60018201556002016129cf565b5090565b5b80821115612a0b575f8155600101612a10565b5f5f83601f840112612a33575f5ffd5b50813567ffffffffffffffff811115612a4a575f5ffd5b6020830191508360208260051b8501011115612a64575f5ffd5b9250929050565b5f5f5f60408486031215612a7d575f5ffd5b833567ffffffffffffffff811115612a93575f5ffd5b612a9f86828701612a23565b909790965060209590950135949350505050565b5f60208284031215612ac3575f5ffd5b5035919050565b5f5f83601f840112612ada575f5ffd5b50813567ffffffffffffffff811115612af1575f5ffd5b6020830191508360208260061b8501011115612a64575f5ffd5b5f5f60208385031215612b1c575f5ffd5b823567ffffffffffffffff811115612b32575f5ffd5b612b3e85828601612aca565b90969095509350505050565b5f60c08284031215612b5a575f5ffd5b50919050565b5f60c08284031215612b70575f5ffd5b612b7a8383612b4a565b9392505050565b5f5f5f5f60608587031215612b94575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115612bb8575f5ffd5b8501601f81018713612bc8575f5ffd5b803567ffffffffffffffff811115612bde575f5ffd5b876020828401011115612bef575f5ffd5b949793965060200194505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612c8360e0830189612bfd565b8281036040840152612c958189612bfd565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612cea578351835260209384019390920191600101612ccc565b50909b9a5050505050505050505050565b6001600160a01b0381168114610868575f5ffd5b5f60208284031215612d1f575f5ffd5b8135612b7a81612cfb565b5f5f5f5f5f6101008688031215612d3f575f5ffd5b612d498787612b4a565b945060c086013567ffffffffffffffff811115612d64575f5ffd5b612d7088828901612aca565b90955093505060e086013567ffffffffffffffff811115612d8f575f5ffd5b612d9b88828901612a23565b969995985093965092949392505050565b5f5f60408385031215612dbd575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b82811015612e1157815180516001600160a01b031687526020908101518188015260409096019590910190600101612dde565b5093949350505050565b5f8351805183526020810151602084015260408101516040840152606081015160608401526080810151608084015260a081015160a0840152506001600160a01b0360208501511660c083015267ffffffffffffffff60408501511660e0830152610120610100830152612e93610120830184612dcc565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160048310612f01577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f8151808452602084019350602083015f5b82811015612e115781516001600160a01b0316865260209586019590910190600101612f19565b606081525f612f526060830186612f07565b60208301949094525060400152919050565b8183526020830192505f815f5b84811015612e11578135612f8481612cfb565b6001600160a01b031686526020828101359087015260409586019590910190600101612f71565b602081525f612e93602083018486612f64565b604051610180810167ffffffffffffffff81118282101715613007577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b5f60c082840312801561301e575f5ffd5b5060405160c0810167ffffffffffffffff81118282101715613067577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604090815283358252602080850135908301528381013590820152606080840135908201526080808401359082015260a0928301359281019290925250919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561054c5761054c6130a9565b8481526001600160a01b038416602082015260606040820152816060820152818360808301375f818301608090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f6040838503121561318a575f5ffd5b505080516020909101519092909150565b604081525f6131ad6040830185612f07565b90508260208301529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126131ef575f5ffd5b83018035915067ffffffffffffffff821115613209575f5ffd5b602001915036819003821315612a64575f5ffd5b813561322881612cfb565b81547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039190911617815560209190910135600190910155565b868152853560208083019190915286013560408083019190915286013560608083019190915286013560808083019190915286013560a08083019190915286013560c082015261014060e082018190525f906132c99083018688612f64565b6001600160a01b0394909416610100830152506101200152949350505050565b805161167e81612cfb565b805167ffffffffffffffff8116811461167e575f5ffd5b805163ffffffff8116811461167e575f5ffd5b8051801515811461167e575f5ffd5b5f61018082840312801561333f575f5ffd5b50613348612fbe565b613351836132e9565b815261335f602084016132f4565b6020820152613370604084016132f4565b60408201526133816060840161330b565b60608201526133926080840161330b565b60808201526133a360a0840161331e565b60a082015260c0838101519082015260e08084015190820152610100808401519082015261012080840151908201526101408084015190820152610160928301519281019290925250919050565b808202811582820484141761054c5761054c6130a9565b5f60208284031215613418575f5ffd5b815160038110612b7a575f5ffdfea26469706673582212208836afe03dc216996936a499429f8b13cdbda81c2fa4d42f093884937a4f5f4064736f6c634300081c0033',
    deployedBytecode:
      '0x608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c80638a0dac4a116100fe578063d62aad291161009e578063e5d5494a1161006e578063e5d5494a14610484578063e636d84b14610497578063eb9cc6ea146104ba578063f2fde38b146104c2575f5ffd5b8063d62aad291461040e578063d864e74014610435578063d9e39f2c1461044c578063e30c397814610473575f5ffd5b80639c26149f116100d95780639c26149f14610379578063b6013cef146103a0578063c7f758a8146103b3578063d214849a146103d4575f5ffd5b80638a0dac4a146103425780638da5cb5b146103555780639b24d04714610366575f5ffd5b80634a6e012311610169578063715018a611610144578063715018a61461030f57806379ba5097146103175780637f10792d1461031f57806384b0196e14610327575f5ffd5b80634a6e0123146102d65780634cdeef08146102e9578063649b1126146102fc575f5ffd5b806331440f55116101a457806331440f551461025057806335515eaf14610277578063411557d11461029e578063452a9320146102c5575f5ffd5b80630252028a146101ca57806306433b1b146101df578063213eb00114610223575b5f5ffd5b6101dd6101d8366004612a6b565b6104d5565b005b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610242610231366004612ab3565b5f9081526009602052604090205490565b60405190815260200161021a565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b6102427f0ffe91ecb294e19e55ac86e36d1abbec8217e44fbaf1c87a5bcda64daebca33681565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6008546001600160a01b0316610206565b6102426102e4366004612b0b565b61051f565b6102426102f7366004612b60565b610552565b6101dd61030a366004612b81565b61056a565b6101dd6107fb565b6101dd61080e565b610242602081565b61032f61086b565b60405161021a9796959493929190612c49565b6101dd610350366004612d0f565b6108c9565b6002546001600160a01b0316610206565b6101dd610374366004612d2a565b6108da565b6102067f000000000000000000000000000000000000000000000000000000000000000081565b6101dd6103ae366004612dac565b610979565b6103c66103c1366004612ab3565b610ed7565b60405161021a929190612e1b565b6104016103e2366004612dac565b5f918252600a6020908152604080842092845291905290205460ff1690565b60405161021a9190612ec8565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b61043d610fef565b60405161021a93929190612f40565b6102427f000000000000000000000000000000000000000000000000000000000000000081565b6003546001600160a01b0316610206565b6101dd610492366004612dac565b611068565b6104aa6104a5366004612d0f565b6112ba565b604051901515815260200161021a565b610242604081565b6101dd6104d0366004612d0f565b6112dd565b6104dd611366565b61051a8383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508592506113ac915050565b505050565b5f8282604051602001610533929190612fab565b6040516020818303038152906040528051906020012090505b92915050565b5f61054c6105653684900384018461300d565b6113fc565b6008546001600160a01b031633146105b5576040517f74b2202f0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f6105c0858561149a565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826040015167ffffffffffffffff166105fd91906130d6565b905080421061064f576040517fcba16b570000000000000000000000000000000000000000000000000000000081526004810187905260248101869052604481018290524260648201526084016105ac565b5f61065c835f01516113fc565b5f818152600d6020526040812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905590915061069e8861158e565b5f898152600a602090815260408083208b84529091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551909150879089907fdb5248fdc763a42b244ed68ed74e7ebe99ce63269a67b8a833bc4174c581d4ae9061071990869033908c908c906130e9565b60405180910390a35f5b81518110156107f0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bedb101983838151811061076d5761076d61314c565b6020908102919091010151516040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b1580156107cf575f5ffd5b505af11580156107e1573d5f5f3e3d5ffd5b50505050806001019050610723565b505050505050505050565b610803611366565b61080c5f611683565b565b60035433906001600160a01b0316811461085f576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105ac565b61086881611683565b50565b5f6060805f5f5f606061087c6116b4565b6108846116e4565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6108d1611366565b6108688161170f565b6108e58585856117b0565b5f6108f86105653688900388018861300d565b5f818152600d602052604090205490915060ff1615610957576040517f8fe16cfe0000000000000000000000000000000000000000000000000000000081528635600482015260208701356024820152604481018290526064016105ac565b61096460048285856119cf565b5061097181878787611ba0565b505050505050565b610981611e45565b5f828152600960205260409020548181146109d9576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810184905260248101839052604481018290526064016105ac565b5f6109e4848461149a565b90505f7f0000000000000000000000000000000000000000000000000000000000000000826040015167ffffffffffffffff16610a2191906130d6565b905080421015610a74576040517f6df98b030000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105ac565b81515f610a808761158e565b5f888152600a602090815260408083208a8452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660021790559050610ace8660016130d6565b5f88815260096020908152604091829020929092558381015160608086015160a087015184519384529483015291810192909252879189917f82726e1f451c5f43307c3a081a790990a4ede53e23da5d013a93b7d5fa8cc6b1910160405180910390a360608201516040517f79535826000000000000000000000000000000000000000000000000000000008152600481018990526024810188905260448101919091526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660648301527f000000000000000000000000000000000000000000000000000000000000000016906379535826906084015f604051808303815f87803b158015610be5575f5ffd5b505af1158015610bf7573d5f5f3e3d5ffd5b50505050604082810151606084015191517f8d022d68000000000000000000000000000000000000000000000000000000008152600481018a905260248101899052604481019190915260648101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638d022d68906084015f604051808303815f87803b158015610c94575f5ffd5b505af1158015610ca6573d5f5f3e3d5ffd5b505050505f8787604051602001610cc7929190918252602082015260400190565b6040516020818303038152906040528051906020012090505f5b8251811015610ea3577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663bedb1019848381518110610d2b57610d2b61314c565b6020908102919091010151516040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015610d8d575f5ffd5b505af1158015610d9f573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fba2c05a848381518110610de457610de461314c565b60200260200101515f0151858481518110610e0157610e0161314c565b60209081029190910181015101516040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b1681526001600160a01b03909216600483015260248201526044810185905260640160408051808303815f875af1158015610e75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e999190613179565b5050600101610ce1565b50505050505050610ed360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b5050565b610edf612944565b5f828152600b60209081526040808320600c83528184208251610120810184528254606080830191825260018501546080840152600285015460a0840152600385015460c0840152600485015460e084015260058501546101008401529082526006909301546001600160a01b0381168287015274010000000000000000000000000000000000000000900467ffffffffffffffff1681850152815484518187028101870190955280855292959094919392849290919084015b82821015610fe0575f848152602090819020604080518082019091526002850290910180546001600160a01b03168252600190810154828401529083529092019101610f99565b50505050905091509150915091565b60605f5f60045f016004600201546004600301548280548060200260200160405190810160405280929190818152602001828054801561105657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611038575b50505050509250925092509250909192565b611070611e45565b5f61107b8383611e73565b5f858152600b602052604090206006015490925074010000000000000000000000000000000000000000900467ffffffffffffffff161590506110f4576040517f9a49997300000000000000000000000000000000000000000000000000000000815260048101849052602481018390526044016105ac565b5f61111f7f0000000000000000000000000000000000000000000000000000000000000000836130d6565b905080421015611172576040517fe3a3decc0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290524260648201526084016105ac565b5f848152600a60209081526040808320868452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660031790556111be8360016130d6565b5f85815260096020526040808220929092559051849186917f3fd1c85cda6246c06e5680d9888d379fe80d0234f53064ba2f3e3ef7698dfd4b9190a36040517f48435e6e00000000000000000000000000000000000000000000000000000000815260048101859052602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906348435e6e906044015f604051808303815f87803b158015611279575f5ffd5b505af115801561128b573d5f5f3e3d5ffd5b505050505050610ed360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b6007546001600160a01b0382165f9081526005602052604081205490911461054c565b6112e5611366565b600380546001600160a01b0383167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561132e6002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002546001600160a01b0316331461080c576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016105ac565b5f6113bb600484846020612074565b9050807fdc064cb6d08ce5a459e9b8711f37472101d86fffe7877f14c587980ddb71b2a684846040516113ef92919061319b565b60405180910390a2505050565b5f61054c7f0ffe91ecb294e19e55ac86e36d1abbec8217e44fbaf1c87a5bcda64daebca336835f015184602001518560400151866060015187608001518860a0015160405160200161147f9796959493929190968752602087019590955260408601939093526060850191909152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612230565b6114a2612944565b505f828152600b602090815260409182902082516101208101845281546060820190815260018301546080830152600283015460a0830152600383015460c0830152600483015460e0830152600583015461010083015281526006909101546001600160a01b038116928201929092527401000000000000000000000000000000000000000090910467ffffffffffffffff1691810182905290158061154d57508051602001518214155b1561054c576040517f509f102b00000000000000000000000000000000000000000000000000000000815260048101849052602481018390526044016105ac565b6060600c5f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015611607575f848152602090819020604080518082019091526002850290910180546001600160a01b031682526001908101548284015290835290920191016115c0565b5050505f848152600b60209081526040808320838155600181018490556002810184905560038101849055600481018490556005810184905560060180547fffffffff00000000000000000000000000000000000000000000000000000000169055600c909152812092935061167e929150612995565b919050565b600380547fffffffffffffffffffffffff000000000000000000000000000000000000000016905561086881612277565b60606116df7f00000000000000000000000000000000000000000000000000000000000000006122e0565b905090565b60606116df7f00000000000000000000000000000000000000000000000000000000000000006122e0565b6001600160a01b03811661174f576040517fa263512a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600880547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e905f90a250565b823560208401355f806117c38484611e73565b9150915080421015611818576040517fbc2aacbd0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290524260648201526084016105ac565b5f6118437f0000000000000000000000000000000000000000000000000000000000000000836130d6565b9050804210611895576040517f3b078c390000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290524260648201526084016105ac565b5f858152600b602052604090206006015474010000000000000000000000000000000000000000900467ffffffffffffffff1615611909576040517f9a49997300000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016105ac565b8260c001518860600135111561195e5760c08301516040517ff5a69db300000000000000000000000000000000000000000000000000000000815260608a0135600482015260248101919091526044016105ac565b60608801351580159061197357506040880135155b156119b4576040517f1658e3cc00000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016105ac565b6119c585858a608001358a8a61231d565b5050505050505050565b60038401545f908282805b82811015611b45575f5f611a118a8a8a868181106119fa576119fa61314c565b9050602002810190611a0c91906131bc565b612653565b5090925090505f816003811115611a2a57611a2a612e9b565b14611a64576040517fcacd7686000000000000000000000000000000000000000000000000000000008152600481018490526024016105ac565b8215801590611a855750836001600160a01b0316826001600160a01b031611155b15611ad6576040517f1ef25042000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038086166024830152831660448201526064016105ac565b6001600160a01b0382165f90815260018c0160205260409020548614611b3a576040517f07eede20000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b03831660248201526044016105ac565b5091506001016119da565b506002880154919350839180831015611b94576040517f97f0c2c800000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016105ac565b50505050949350505050565b82355f818152600a602090815260408083208288013580855290835281842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001908117909155858552600b9093529281902084815591820192909255908501356002820155606085013560038201556080850135600482015560a085013560058201556006810180547fffffffff0000000000000000000000000000000000000000000000000000000016337fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff1617740100000000000000000000000000000000000000004267ffffffffffffffff16021790555f828152600c602052604081209084905b81811015611cfc5782878783818110611cc557611cc561314c565b83546001810185555f9485526020909420604090910292909201926002029091019050611cf2828261321d565b5050600101611caa565b506020870135847fad9b4d6de444e367abe4cfc0ee65a121ff7f609b07d98d5f955630ef50644b538a8a8a8a33611d537f0000000000000000000000000000000000000000000000000000000000000000426130d6565b604051611d659695949392919061326a565b60405180910390a35f5b818110156107f0577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db236fae888884818110611db857611db861314c565b611dce9260206040909202019081019150612d0f565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b0390911660048201526024015f604051808303815f87803b158015611e24575f5ffd5b505af1158015611e36573d5f5f3e3d5ffd5b50505050806001019050611d6f565b611e4d61269a565b60027f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0055565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091525f83815260096020526040812054838114611f2b576040517f0b850c9b0000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604481018290526064016105ac565b6040517f1d65e77e000000000000000000000000000000000000000000000000000000008152600481018690527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631d65e77e9060240161018060405180830381865afa158015611fa8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fcc919061332d565b9250826080015163ffffffff16841061202d5760808301516040517f0b850c9b000000000000000000000000000000000000000000000000000000008152600481018790526024810186905263ffffffff90911660448201526064016105ac565b604083015167ffffffffffffffff166120478560016130d6565b61205191906133f1565b836020015167ffffffffffffffff1661206a91906130d6565b9150509250929050565b82515f9083158061208457508084115b8061208e57508281115b156120cf576040517f047aca0400000000000000000000000000000000000000000000000000000000815260048101829052602481018590526044016105ac565b60038601546120df9060016130d6565b600387018190556002870185905591506120f9865f6129b3565b5f5b81811015612226575f8682815181106121165761211661314c565b602002602001015190505f6001600160a01b0316816001600160a01b03160361216b576040517fa263512a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f9081526001890160205260409020548490036121c9576040517fb8b8a29c0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016105ac565b6001600160a01b03165f8181526001808a016020908152604083208790558a548083018c558b8452922090910180547fffffffffffffffffffffffff000000000000000000000000000000000000000016909217909155016120fb565b5050949350505050565b5f61054c61223c6126f5565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60605f6122ec8361281e565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b80604081111561236557604080517f11aaea1e0000000000000000000000000000000000000000000000000000000081526105ac918391600401918252602082015260400190565b5f8383604051602001612379929190612fab565b6040516020818303038152906040528051906020012090508481146123d4576040517ffa55648c00000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016105ac565b5f5f5b838110156107f0575f8686838181106123f2576123f261314c565b6124089260206040909202019081019150612d0f565b90505f87878481811061241d5761241d61314c565b905060400201602001359050825f1415801561244b5750836001600160a01b0316826001600160a01b031611155b1561249c576040517f73e8b4fa000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b038086166024830152831660448201526064016105ac565b8015806124c857507f000000000000000000000000000000000000000000000000000000000000000081115b15612537576040517fc50f5a520000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290527f000000000000000000000000000000000000000000000000000000000000000060448201526064016105ac565b5f6040517f3c08ff90000000000000000000000000000000000000000000000000000000008152600481018d9052602481018c90526001600160a01b0384811660448301527f00000000000000000000000000000000000000000000000000000000000000001690633c08ff9090606401602060405180830381865afa1580156125c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125e79190613408565b60028111156125f8576125f8612e9b565b03612648576040517fd2f54479000000000000000000000000000000000000000000000000000000008152600481018c9052602481018b90526001600160a01b03831660448201526064016105ac565b5091506001016123d7565b5f80806041849003612687578435602086013560408701355f1a6126798982858561285e565b955095509550505050612691565b505f915060029050825b93509350939050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005460020361080c576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561274d57507f000000000000000000000000000000000000000000000000000000000000000046145b1561277757507f000000000000000000000000000000000000000000000000000000000000000090565b6116df604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60ff8216601f81111561054c576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561289757505f9150600390508261293a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156128e8573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b03811661293157505f92506001915082905061293a565b92505f91508190505b9450945094915050565b60405180606001604052806129826040518060c001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b81525f6020820181905260409091015290565b5080545f8255600202905f5260205f209081019061086891906129ce565b5080545f8255905f5260205f20908101906108689190612a0f565b5b80821115612a0b5780547fffffffffffffffffffffffff00000000000000000000000000000000000000001681555f60018201556002016129cf565b5090565b5b80821115612a0b575f8155600101612a10565b5f5f83601f840112612a33575f5ffd5b50813567ffffffffffffffff811115612a4a575f5ffd5b6020830191508360208260051b8501011115612a64575f5ffd5b9250929050565b5f5f5f60408486031215612a7d575f5ffd5b833567ffffffffffffffff811115612a93575f5ffd5b612a9f86828701612a23565b909790965060209590950135949350505050565b5f60208284031215612ac3575f5ffd5b5035919050565b5f5f83601f840112612ada575f5ffd5b50813567ffffffffffffffff811115612af1575f5ffd5b6020830191508360208260061b8501011115612a64575f5ffd5b5f5f60208385031215612b1c575f5ffd5b823567ffffffffffffffff811115612b32575f5ffd5b612b3e85828601612aca565b90969095509350505050565b5f60c08284031215612b5a575f5ffd5b50919050565b5f60c08284031215612b70575f5ffd5b612b7a8383612b4a565b9392505050565b5f5f5f5f60608587031215612b94575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115612bb8575f5ffd5b8501601f81018713612bc8575f5ffd5b803567ffffffffffffffff811115612bde575f5ffd5b876020828401011115612bef575f5ffd5b949793965060200194505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612c8360e0830189612bfd565b8281036040840152612c958189612bfd565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612cea578351835260209384019390920191600101612ccc565b50909b9a5050505050505050505050565b6001600160a01b0381168114610868575f5ffd5b5f60208284031215612d1f575f5ffd5b8135612b7a81612cfb565b5f5f5f5f5f6101008688031215612d3f575f5ffd5b612d498787612b4a565b945060c086013567ffffffffffffffff811115612d64575f5ffd5b612d7088828901612aca565b90955093505060e086013567ffffffffffffffff811115612d8f575f5ffd5b612d9b88828901612a23565b969995985093965092949392505050565b5f5f60408385031215612dbd575f5ffd5b50508035926020909101359150565b5f8151808452602084019350602083015f5b82811015612e1157815180516001600160a01b031687526020908101518188015260409096019590910190600101612dde565b5093949350505050565b5f8351805183526020810151602084015260408101516040840152606081015160608401526080810151608084015260a081015160a0840152506001600160a01b0360208501511660c083015267ffffffffffffffff60408501511660e0830152610120610100830152612e93610120830184612dcc565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160048310612f01577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f8151808452602084019350602083015f5b82811015612e115781516001600160a01b0316865260209586019590910190600101612f19565b606081525f612f526060830186612f07565b60208301949094525060400152919050565b8183526020830192505f815f5b84811015612e11578135612f8481612cfb565b6001600160a01b031686526020828101359087015260409586019590910190600101612f71565b602081525f612e93602083018486612f64565b604051610180810167ffffffffffffffff81118282101715613007577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b5f60c082840312801561301e575f5ffd5b5060405160c0810167ffffffffffffffff81118282101715613067577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604090815283358252602080850135908301528381013590820152606080840135908201526080808401359082015260a0928301359281019290925250919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561054c5761054c6130a9565b8481526001600160a01b038416602082015260606040820152816060820152818360808301375f818301608090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f6040838503121561318a575f5ffd5b505080516020909101519092909150565b604081525f6131ad6040830185612f07565b90508260208301529392505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126131ef575f5ffd5b83018035915067ffffffffffffffff821115613209575f5ffd5b602001915036819003821315612a64575f5ffd5b813561322881612cfb565b81547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b039190911617815560209190910135600190910155565b868152853560208083019190915286013560408083019190915286013560608083019190915286013560808083019190915286013560a08083019190915286013560c082015261014060e082018190525f906132c99083018688612f64565b6001600160a01b0394909416610100830152506101200152949350505050565b805161167e81612cfb565b805167ffffffffffffffff8116811461167e575f5ffd5b805163ffffffff8116811461167e575f5ffd5b8051801515811461167e575f5ffd5b5f61018082840312801561333f575f5ffd5b50613348612fbe565b613351836132e9565b815261335f602084016132f4565b6020820152613370604084016132f4565b60408201526133816060840161330b565b60608201526133926080840161330b565b60808201526133a360a0840161331e565b60a082015260c0838101519082015260e08084015190820152610100808401519082015261012080840151908201526101408084015190820152610160928301519281019290925250919050565b808202811582820484141761054c5761054c6130a9565b5f60208284031215613418575f5ffd5b815160038110612b7a575f5ffdfea26469706673582212208836afe03dc216996936a499429f8b13cdbda81c2fa4d42f093884937a4f5f4064736f6c634300081c0033',
    immutableRanges: [
      { length: 32, start: 484 },
      { length: 32, start: 597 },
      { length: 32, start: 675 },
      { length: 32, start: 894 },
      { length: 32, start: 1043 },
      { length: 32, start: 1105 },
      { length: 32, start: 1477 },
      { length: 32, start: 1838 },
      { length: 32, start: 2537 },
      { length: 32, start: 2940 },
      { length: 32, start: 2980 },
      { length: 32, start: 3147 },
      { length: 32, start: 3308 },
      { length: 32, start: 3493 },
      { length: 32, start: 4346 },
      { length: 32, start: 4656 },
      { length: 32, start: 5819 },
      { length: 32, start: 5867 },
      { length: 32, start: 6174 },
      { length: 32, start: 7470 },
      { length: 32, start: 7545 },
      { length: 32, start: 8026 },
      { length: 32, start: 9382 },
      { length: 32, start: 9483 },
      { length: 32, start: 9598 },
      { length: 32, start: 9985 },
      { length: 32, start: 10027 },
      { length: 32, start: 10069 },
      { length: 32, start: 10150 },
      { length: 32, start: 10190 },
    ],
  },
} as const
