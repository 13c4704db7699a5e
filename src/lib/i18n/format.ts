/**
 * Fills a message template: each `{name}` replaced by params[name], and each plural choice
 * `{name, plural, one {# measure} other {# measures}}` by the branch `Intl.PluralRules` picks for
 * the value in `locale`, with `#` standing for the value. Apart from the catalogue so client code
 * can format the few messages its page hands it without bundling every table.
 *
 * Hand-written rather than intl-messageformat: the catalogue uses only these two forms, and the
 * library (about 20 KB minified) would ship with the search page's script, whose bytes the search
 * benchmark counts. The plural choice itself is the platform's (Intl.PluralRules).
 */
export type MessageParams = Record<string, string | number>;

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

export function fillMessage(id: string, template: string, params: MessageParams = {}, locale = 'en'): string {
  const valueOf = (name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${id}: no value for {${name}}`);
    return value;
  };
  const chosen = template.replace(PLURAL, (_, name: string, branches: string) => {
    const value = Number(valueOf(name));
    const forms = new Map([...branches.matchAll(BRANCH)].map((m) => [m[1]!, m[2]!]));
    const form = forms.get(`=${value}`) ?? forms.get(new Intl.PluralRules(locale).select(value)) ?? forms.get('other');
    if (form === undefined) throw new Error(`message ${id}: no "other" form for {${name}, plural}`);
    return form.replace(/#/g, String(params[name]));
  });
  return chosen.replace(/\{(\w+)\}/g, (_, name: string) => String(valueOf(name)));
}
