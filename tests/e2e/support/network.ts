// Records every request the pages of one browser context make, to prove design.md's privacy bar:
// no page ever asks another origin, and after the app has mounted a page asks only for the site's
// own files (the kit's preview frame loading the builder, a module loaded on first use): a GET of a
// file in `dist/`, never with a query string, so nothing typed can ride along.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { type BrowserContext, type Page, type Request } from '@playwright/test';

export type Recorded = { url: string; afterLoad: boolean; siteFile: boolean };

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
      this.requests.push({ url: request.url(), afterLoad: !page || this.mounted.has(page), siteFile: isSiteFile(request) });
    });
  }

  /// The page is (re)loading: its requests are part of the load.
  loading(page: Page): void {
    this.mounted.delete(page);
  }

  /// The page has mounted (`data-ready="true"`): from now on it may only fetch the site's own files.
  loaded(page: Page): void {
    this.mounted.add(page);
  }

  /// Requests a mounted page made for anything but one of the site's own files. Blob and data URLs
  /// (downloads made in the browser, the empty favicon) never leave the browser, so they are not
  /// network requests.
  afterLoad(): string[] {
    return this.requests.filter((r) => r.afterLoad && !r.siteFile && isNetwork(r.url)).map((r) => r.url);
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

/// The paths the built site serves (`/` is its index.html), read once.
const SITE_PATHS: Set<string> = (() => {
  const root = join(__dirname, '..', '..', '..', 'dist');
  const paths = new Set<string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = '/' + relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    paths.add(path);
    if (path.endsWith('/index.html')) paths.add(path.slice(0, -'index.html'.length));
  }
  return paths;
})();

/// A GET of one of the site's own files with no query string. The origin is `foreign`'s to check.
function isSiteFile(request: Request): boolean {
  const url = new URL(request.url());
  return request.method() === 'GET' && url.search === '' && SITE_PATHS.has(url.pathname);
}
