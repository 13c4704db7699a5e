/**
 * Lookups by id on the models (library.plan(slug), topics.topic(id), …): a Map built once per
 * build, so each page finds what it shows in constant time however large the corpus grows.
 */

/** Indexes `items` by `key`; the returned function throws for an id that is not there. */
export function lookupBy<T>(items: readonly T[], key: (item: T) => string, what: string): (id: string) => T {
  const byId = new Map(items.map((item) => [key(item), item]));
  return (id) => {
    const item = byId.get(id);
    if (item === undefined) {
      const known = [...byId.keys()];
      const shown = known.slice(0, 10).join(', ') + (known.length > 10 ? `, … (${known.length} in all)` : '');
      throw new Error(`unknown ${what} "${id}"; expected one of ${shown}`);
    }
    return item;
  };
}
