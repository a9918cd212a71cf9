// Code passed to page.evaluate / sw.evaluate runs inside the browser, where the
// extension API is the global `chrome`; these tests only call it there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
