import { CompiledQuery } from 'kysely';

/**
 * Reuses SQL that Kysely compiled for multi-row statements. The text of
 * `INSERT … VALUES (…), (…) ON CONFLICT …` depends only on the number of rows, while building and
 * compiling the query tree costs more per row than running it; the group commit writes the same few
 * shapes thousands of times a second. The cache keeps only the text, not Kysely's query tree (a node
 * per bound value: thousands of objects for a large shape), and binds fresh parameters, taken from the
 * rows in a fixed column order (the same order the template was compiled with).
 */
export class StatementCache {
  readonly #texts = new Map<string, string>();
  readonly #limit: number;

  /**
   * @param limit entries kept before the cache starts over; callers whose shapes are bounded pass the
   *   bound, so that this only guards against a bug that would make shapes unbounded
   */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** How many SQL texts the cache holds: the distinct statements handed out since it last started over. */
  get size(): number {
    return this.#texts.size;
  }

  /**
   * @param shape identifies the SQL text (statement kind and row counts)
   * @param compile compiles the statement with Kysely, from rows in the fixed column order
   * @param parameters the parameters for this call, in the fixed column order
   */
  get(shape: string, compile: () => CompiledQuery, parameters: () => unknown[]): CompiledQuery {
    const text = this.#texts.get(shape);
    if (text === undefined) {
      const compiled = compile();
      if (this.#texts.size >= this.#limit) this.#texts.clear();
      this.#texts.set(shape, compiled.sql);
      return compiled;
    }
    return CompiledQuery.raw(text, parameters());
  }
}

/** Row values flattened in the given column order, as a multi-row VALUES list binds them. */
export function flatten<Row>(rows: readonly Row[], columns: readonly (keyof Row)[], into: unknown[] = []): unknown[] {
  for (const row of rows) for (const column of columns) into.push(row[column]);
  return into;
}

/** A copy of the row with its keys in the given order, which is the order Kysely compiles them in. */
export function ordered<Row>(row: Row, columns: readonly (keyof Row)[]): Row {
  const copy = {} as Row;
  for (const column of columns) copy[column] = row[column];
  return copy;
}
