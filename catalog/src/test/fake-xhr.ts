/**
 * A stand-in for XMLHttpRequest (jsdom's would really send): records each request, and lets the test report
 * upload progress and answer. `installFakeXhr()` puts it on window for one test file.
 */
type Listener = ((event: ProgressEvent) => void) | null;

export class FakeXhr {
  static requests: FakeXhr[] = [];

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  aborted = false;
  upload: { onprogress: Listener } = { onprogress: null };
  onload: Listener = null;
  onerror: Listener = null;
  ontimeout: Listener = null;
  onabort: Listener = null;

  constructor() {
    FakeXhr.requests.push(this);
  }

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  send(body: unknown): void {
    this.body = body;
  }

  abort(): void {
    this.aborted = true;
    this.onabort?.(new ProgressEvent('abort'));
  }

  /** The browser reports `loaded` of `total` bytes sent. */
  progress(loaded: number, total: number): void {
    this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
  }

  respond(status: number): void {
    this.status = status;
    this.onload?.(new ProgressEvent('load'));
  }

  failNetwork(): void {
    this.onerror?.(new ProgressEvent('error'));
  }
}

/** The last request made (the test's upload). */
export const lastXhr = (): FakeXhr => {
  const xhr = FakeXhr.requests.at(-1);
  if (!xhr) throw new Error('no XMLHttpRequest was made');
  return xhr;
};

export function installFakeXhr(): void {
  const original = window.XMLHttpRequest;
  beforeEach(() => {
    FakeXhr.requests = [];
    window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    window.XMLHttpRequest = original;
  });
}
