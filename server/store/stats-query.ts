import { sql, type Kysely } from 'kysely';
import { splitByMonth } from '../dates.js';
import type { GroupBy } from '../vocabulary.js';
import { COUNTER_COLUMNS, type Database } from './database.js';
import type { DayRange, GroupKey } from './types.js';

/**
 * Sums the aggregates of a range, grouped or not. Whole months inside the range are read from
 * monthly_aggregates and only the days at either end from daily_aggregates: a year is about 13 × the
 * number of dimension combinations instead of 365 ×. Grouping by day needs the days themselves.
 */
export function sumAggregatesQuery(db: Kysely<Database>, range: DayRange, groupBy: GroupBy | null) {
  const split = groupBy === 'day' ? { days: [range], months: null } : splitByMonth(range.from, range.to);
  const keyOf = (column: string | null) => (column ? sql<GroupKey>`${sql.ref(column)}` : sql<GroupKey>`null`).as('key');

  const daily = db
    .selectFrom('daily_aggregates')
    .select([keyOf(groupBy), ...COUNTER_COLUMNS])
    .where((eb) => eb.or(split.days.map((days) => eb.and([eb('day', '>=', days.from), eb('day', '<=', days.to)]))));
  const parts = split.months
    ? daily.unionAll(
        db
          .selectFrom('monthly_aggregates')
          .select([keyOf(groupBy === 'day' ? null : groupBy), ...COUNTER_COLUMNS])
          .where('month', '>=', split.months.from)
          .where('month', '<=', split.months.to),
      )
    : daily;

  return db
    .selectFrom(parts.as('parts'))
    .select((eb) => [
      // Ungrouped, the key is a constant: PostgreSQL refuses an ungrouped column beside aggregates.
      groupBy === null ? sql<GroupKey>`null`.as('key') : eb.ref('parts.key').as('key'),
      ...COUNTER_COLUMNS.map((column) => eb.fn.coalesce(eb.fn.sum<number | string>(`parts.${column}`), eb.lit(0)).as(column)),
    ])
    .$if(groupBy !== null, (query) => query.groupBy('parts.key'));
}
