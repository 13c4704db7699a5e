/** JSON with object keys sorted, so the same data always gives the same bytes. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

/**
 * The same without indentation, for the published data files: indentation is a third of their
 * bytes, and every JSON tool (and browser viewer) lays them out itself.
 */
export function compactStableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) + '\n';
}

/** The same value with every object's keys in sorted order (as stableJson writes them). */
export function withSortedKeys<T>(value: T): T {
  return sortKeys(value) as T;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
