/**
 * On a small screen the card is a bottom sheet: full width, at most half the viewport's
 * height, scrolling inside, with a handle and a close button a finger can hit, clear
 * of the phone's rounded corners and gesture bar (safe-area insets). Above the width
 * threshold it stays the floating card placed beside the mark (host.tsx).
 */

/**
 * Narrower than this (CSS px), the card is a sheet. Material Design's "compact" window
 * class, phones in portrait, ends at 600 dp; wider windows (tablets, phones in
 * landscape, desktop) have room for a floating card beside the text.
 */
export const SHEET_BELOW_PX = 600;
/** Most of the viewport's height the sheet takes, so the marked text stays in sight above it. */
export const SHEET_MAX_HEIGHT = '50dvh';

/**
 * Whether the card is a sheet in this window. The layout width (innerWidth) decides; the
 * screen's width too, for a page without a mobile viewport, laid out at desktop width
 * (980 px) and shown zoomed out on a phone.
 */
export function useSheet(win: { innerWidth: number; screen?: { width: number } | undefined }): boolean {
  const screenWidth = win.screen?.width || Infinity;
  return Math.min(win.innerWidth, screenWidth) < SHEET_BELOW_PX;
}

/**
 * Most the sheet is enlarged on a zoomed-out page: a page laid out 1,440 px wide shows
 * at a quarter of its size on a 360 px phone; wider pages are rare.
 */
export const SHEET_MAX_ZOOM = 4;

/**
 * How much to enlarge the sheet so its text is as large as on a mobile page: a page
 * without a mobile viewport is laid out at desktop width and shown zoomed out (a visual
 * viewport scale below 1), and a fixed sheet would shrink with it.
 */
export function sheetZoom(win: { visualViewport?: { scale: number } | null | undefined }): number {
  const scale = win.visualViewport?.scale ?? 1;
  return scale > 0 && scale < 1 ? Math.min(1 / scale, SHEET_MAX_ZOOM) : 1;
}

/**
 * The sheet's styles, added to the card's stylesheet. The mount's inline position and
 * transform place the floating card; the sheet overrides them, and any user-agent
 * placement of the mount (!important). Text takes
 * the reader's own default size (the `medium` keyword follows the browser's font-size
 * setting, never the page's), as large as the page's body text on a phone.
 */
export const SHEET_CSS = `
[data-layout="sheet"] {
  position: fixed !important;
  top: auto !important; left: 0 !important; right: 0 !important; bottom: 0 !important;
  width: auto !important; margin: 0 !important;
  transform: none !important;
  zoom: var(--sheet-zoom, 1);
  max-height: calc(50vh / var(--sheet-zoom, 1)) !important; max-height: calc(${SHEET_MAX_HEIGHT} / var(--sheet-zoom, 1)) !important;
  flex-direction: column;
  box-sizing: border-box;
  background: var(--bg);
  border-top: 1px solid var(--border);
  border-radius: 12px 12px 0 0;
  box-shadow: 0 -4px 24px var(--shadow);
  padding: 6px env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px) env(safe-area-inset-left, 0px);
}
/* a closed card stays hidden: display here would override the hidden attribute */
[data-layout="sheet"]:not([hidden]) { display: flex; }
[data-layout="sheet"]::before {
  content: ""; flex: none; align-self: center;
  width: 36px; height: 4px; border-radius: 2px; margin: 2px 0 4px;
  background: var(--muted);
}
[data-layout="sheet"] .card {
  width: auto; max-width: none !important; max-height: none;
  flex: 1 1 auto; min-height: 0;
  overflow: auto; overscroll-behavior: contain; -webkit-overflow-scrolling: touch;
  border: none; border-radius: 0; box-shadow: none;
  padding: 0 16px 12px;
  font-size: medium;
}
[data-layout="sheet"][data-size="small"] .card { font-size: small; }
[data-layout="sheet"][data-size="large"] .card { font-size: large; }
[data-layout="sheet"] .card:focus { outline-offset: -2px; }
[data-layout="sheet"] header { position: sticky; top: 0; z-index: 1; background: var(--bg); padding: 4px 0; }
[data-layout="sheet"] button { min-width: 44px; min-height: 44px; }
[data-layout="sheet"] .close { font-size: 1.4em; line-height: 1; }
`;
