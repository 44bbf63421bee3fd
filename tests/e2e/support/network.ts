// Records every request the pages of one browser context make, to prove design.md's privacy bar:
// after the app has mounted a page makes no request at all, and no page ever asks another origin.
import { type BrowserContext, type Page } from '@playwright/test';

export type Recorded = { url: string; afterLoad: boolean };

export class NetworkLog {
  readonly requests: Recorded[] = [];
  private readonly mounted = new WeakSet<Page>();
  /// Origins a test serves pages from on purpose (a vendor's docs page on another origin).
  private readonly allowed: string[] = [];

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      // A request from no page (a service worker's, say) is never part of a page load.
      let page: Page | undefined;
      try {
        page = request.frame().page();
      } catch {
        page = undefined;
      }
      this.requests.push({ url: request.url(), afterLoad: !page || this.mounted.has(page) });
    });
  }

  /// The page is (re)loading: its requests are part of the load.
  loading(page: Page): void {
    this.mounted.delete(page);
  }

  /// The page has mounted (`data-ready="true"`): any request from now on is a leak.
  loaded(page: Page): void {
    this.mounted.add(page);
  }

  /// Requests made by a mounted page. Blob and data URLs (downloads made in the browser, the
  /// empty favicon) never leave the browser, so they are not network requests.
  afterLoad(): string[] {
    return this.requests.filter((r) => r.afterLoad && isNetwork(r.url)).map((r) => r.url);
  }

  /// A test's own page on another origin, whose requests are not foreign.
  allow(origin: string): void {
    this.allowed.push(origin);
  }

  /// Requests to any origin other than the page's own (and those a test allowed).
  foreign(origin: string): string[] {
    const known = [origin, ...this.allowed];
    return this.requests.filter((r) => isNetwork(r.url) && !known.includes(new URL(r.url).origin)).map((r) => r.url);
  }
}

function isNetwork(url: string): boolean {
  return !url.startsWith('blob:') && !url.startsWith('data:');
}
