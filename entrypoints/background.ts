// The background context. The tokenizer host and cache arrive with the page
// integration; until then the extension only ships the compiled knowledge base.
export default defineBackground(() => {});
