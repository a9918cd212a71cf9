import { cardText, expect, tabIdOf, test, textRect, waitForMarks } from './fixtures';

test.describe('an English browser', () => {
  test.use({ uiLanguage: 'en' });

  test('gets the English interface: card, popup and options', async ({ context, site, sw, extensionId }) => {
    const page = await context.newPage();
    await page.goto(site.url('/short.html'));
    await waitForMarks(page, 3);
    const at = await textRect(page, '出澤剛');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await cardText(page))?.name).toBe('Takeshi Idezawa');
    expect((await cardText(page))!.text).toContain('Person');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(sw, page)}`);
    await expect(popup.getByRole('checkbox', { name: 'Annotate on this site' })).toBeChecked();
    await expect(popup.getByRole('heading', { name: /Found on this page/ })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', /^en/);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('group', { name: 'Appearance' })).toBeVisible();
  });
});
