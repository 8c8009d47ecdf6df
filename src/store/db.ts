/**
 * What store functions need of D1: statements and batches. Both the binding (`env.DB`, the primary) and a
 * Sessions API session (`env.DB.withSession(...)`, which may read a replica) provide it (docs/scale.md).
 */
export type Db = Pick<D1Database, "prepare" | "batch">;
