// The node's foundation, for the HTTP API, the intake and the committee/guardian loops.
export { bootNode, bindDeployment, type NodeRuntime } from "./main";
export { NodeConfigSchema, checkRpc, loadNodeAccount, loadNodeConfig, parseNodeConfig, type NodeConfig, type NodeConfigInput } from "./config";
export { IndexBehindError, NodeConfigError, RoundNotReadyError, RpcUnreachableError, StoreError, TruncatedLogsError } from "./errors";
export { createNodeClient, sleep, withBackoff, type BackoffParameters, type NodeClientParameters } from "./rpc";
export { DB_FILE, migrate, openStore, schemaVersion, type OpenStoreParameters, type Store } from "./store/db";
export { MIGRATIONS, type Migration } from "./store/migrations";
export { ChainIndexer, type ChainIndexerParameters, type IndexedContracts, type IndexerLogger, type IndexerStatus, type IndexerStep } from "./indexer/indexer";
export { getLogsPaged, type GetLogsPagedParameters, type GetLogsPagedReturnType } from "./indexer/logs";
export { latestShares, taskJoiners } from "./indexer/queries";
export { blockAtOrBefore, roundInputsFromIndex, stakesAt, type RoundInputsFromIndexParameters, type StakesAtParameters, type StakesAtReturnType } from "./indexer/stakes";
export { TxJournal, type JournalEntry, type TxStatus } from "./tx/journal";
export { TxFailedError, TxQueue, decodeTxError, nodeError, type DecodeError, type ReconcileReport, type TxOutcome, type TxQueueParameters, type TxRequest } from "./tx/queue";
