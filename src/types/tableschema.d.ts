/** The part of tableschema's API the data-package test uses (the package ships no type declarations). */
declare module 'tableschema' {
  interface Schema {
    fieldNames: string[];
    castRow(row: unknown[]): unknown[];
  }
  const tableschema: { Schema: { load(descriptor: object): Promise<Schema> } };
  export default tableschema;
}
