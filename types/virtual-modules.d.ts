// Modules generated at build time (wxt.config.ts).
declare module 'virtual:chushaku-prefilter' {
  /** the prefilter of the bundled dataset's alias keys (lib/match/prefilter.ts) */
  const data: import('../lib/match/prefilter').PrefilterData;
  export default data;
}
