type ItemOf<TList> = TList extends readonly (infer TItem)[] ? TItem : never;

const cache = new WeakMap<object, Map<PropertyKey, Map<unknown, unknown[]>>>();
const NONE: readonly never[] = [];

/**
 * The items of every page in one array, e.g. `flatPages(data?.pages, 'events', ledgerEventKey)`.
 * With `identity`, an item whose identity an earlier page already held is left out, keeping the
 * first: offset paging repeats a row whenever a new one arrives between two pages. Items of one
 * page are all kept, since the API sent each of them. The same pages give the same array, across
 * renders and across widgets sharing a query, so tables memoized on it do not re-render for nothing.
 */
export function flatPages<TPage extends object, TKey extends keyof TPage>(
  pages: readonly TPage[] | undefined,
  key: TKey,
  identity?: (item: ItemOf<TPage[TKey]>) => string,
): readonly ItemOf<TPage[TKey]>[] {
  if (!pages) return NONE;
  let byKey = cache.get(pages);
  if (!byKey) cache.set(pages, (byKey = new Map()));
  let byIdentity = byKey.get(key);
  if (!byIdentity) byKey.set(key, (byIdentity = new Map()));
  let items = byIdentity.get(identity);
  if (!items) {
    const lists = pages.map((page) => page[key] as ItemOf<TPage[TKey]>[]);
    byIdentity.set(identity, (items = identity ? firstOfEach(lists, identity) : lists.flat()));
  }
  return items as readonly ItemOf<TPage[TKey]>[];
}

function firstOfEach<TItem>(lists: readonly TItem[][], identity: (item: TItem) => string): TItem[] {
  const seen = new Set<string>();
  const items: TItem[] = [];
  for (const list of lists) {
    const ids = list.map(identity);
    list.forEach((item, index) => {
      if (!seen.has(ids[index] as string)) items.push(item);
    });
    for (const id of ids) seen.add(id);
  }
  return items;
}
