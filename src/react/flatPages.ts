type ItemOf<TList> = TList extends readonly (infer TItem)[] ? TItem : never;

const cache = new WeakMap<object, Map<PropertyKey, unknown[]>>();
const NONE: never[] = [];

/**
 * The items of every page in one array, e.g. `flatPages(data?.pages, 'events')`. The same pages
 * give the same array, across renders and across widgets sharing a query, so tables memoized on it
 * do not re-render for nothing.
 */
export function flatPages<TPage extends object, TKey extends keyof TPage>(
  pages: readonly TPage[] | undefined,
  key: TKey,
): ItemOf<TPage[TKey]>[] {
  if (!pages) return NONE;
  let byKey = cache.get(pages);
  if (!byKey) cache.set(pages, (byKey = new Map()));
  let items = byKey.get(key);
  if (!items) byKey.set(key, (items = pages.flatMap((page) => page[key] as unknown[])));
  return items as ItemOf<TPage[TKey]>[];
}
