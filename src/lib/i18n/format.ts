/**
 * Fills a message template: each `{name}` replaced by params[name]. Apart from the catalogue so
 * client code can format the few messages its page hands it without bundling every table.
 */
export type MessageParams = Record<string, string | number>;

export function fillMessage(id: string, template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${id}: no value for {${name}}`);
    return String(value);
  });
}
