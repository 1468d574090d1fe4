import type { CompiledQuery } from 'kysely';

/**
 * Reuses SQL that Kysely compiled for multi-row statements. The text of
 * `INSERT … VALUES (…), (…) ON CONFLICT …` depends only on the number of rows, while building and
 * compiling the query tree costs more per row than running it; the group commit writes the same few
 * shapes thousands of times a second. The cache keeps the text and binds fresh parameters, taken from
 * the rows in a fixed column order (the same order the template was compiled with).
 */
export class StatementCache {
  readonly #compiled = new Map<string, CompiledQuery>();
  readonly #limit: number;

  /** @param limit entries kept before the cache starts over; shapes are few, this only bounds memory */
  constructor(limit = 2000) {
    this.#limit = limit;
  }

  /**
   * @param shape identifies the SQL text (statement kind and row counts)
   * @param compile compiles the statement with Kysely, from rows in the fixed column order
   * @param parameters the parameters for this call, in the fixed column order
   */
  get(shape: string, compile: () => CompiledQuery, parameters: () => unknown[]): CompiledQuery {
    const template = this.#compiled.get(shape);
    if (!template) {
      const compiled = compile();
      if (this.#compiled.size >= this.#limit) this.#compiled.clear();
      this.#compiled.set(shape, compiled);
      return compiled;
    }
    return { ...template, parameters: parameters() };
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
