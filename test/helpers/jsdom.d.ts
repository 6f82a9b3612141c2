// The little of jsdom that test/helpers/mermaid.ts uses. @types/jsdom is not installed on purpose: it pulls the
// DOM lib into the whole program, which changes the types of fetch and Buffer bodies in src/.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string)
    readonly window: { readonly document: unknown }
  }
}
