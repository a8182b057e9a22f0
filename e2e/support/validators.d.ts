// The two structured-data packages ship no types; these are the parts the tests use.
declare module "@adobe/structured-data-validator" {
  export default class Validator {
    validate(extracted: unknown): Promise<unknown[]>;
  }
}
declare module "@marbec/web-auto-extractor" {
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: string[] });
    parse(html: string): unknown;
  }
}
