/** The part of the APIs of citation-js and ico-endec this project uses (the packages ship no type declarations). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module 'ico-endec' {
  const icoEndec: {
    encode(images: (Buffer | ArrayBuffer)[]): Buffer;
    decode(ico: Buffer | ArrayBuffer): { width: number; height: number; imageType: string }[];
  };
  export default icoEndec;
}
