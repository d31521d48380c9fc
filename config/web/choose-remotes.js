// Which manifest of each remote this page loads, from /remotes.json: either remote name → manifest URL (a dev
// server's) or a frontend-discovery document (the released store's: per remote its versions, each with a share of
// the traffic). Each visitor keeps a random bucket per remote (0-99) in localStorage, so a canary shows to the
// same visitors on every reload; a developer's `?override=remote@origin`, kept in sessionStorage, loads that
// remote from a dev server instead. ES5 with no imports: index.html's inline script runs this same file (inlined
// by config/webpack.js) to prefetch the chosen manifests before main.js runs; the shell imports it too.
function folioChooseRemotes(file, storage, session, search) {
  var chosen = { manifests: {}, versions: {}, overrides: {} };
  var overrides = folioOverrides(session, search);
  var list = file && file.microFrontends;
  var name;
  if (!list) {
    list = {};
    for (name in file) list[name] = [{ url: file[name], metadata: { version: 'dev' }, deployment: { default: true } }];
  }
  for (name in list) {
    var entry = folioPick(list[name], folioBucket(storage, name));
    if (overrides[name]) {
      entry = { url: overrides[name] + '/mf-manifest.json', metadata: { version: 'override' } };
      chosen.overrides[name] = overrides[name];
    }
    if (!entry) continue;
    chosen.manifests[name] = entry.url;
    chosen.versions[name] = entry.metadata && entry.metadata.version ? entry.metadata.version : 'unknown';
  }
  return chosen;
}

// The first version whose cumulated traffic passes the bucket; the default one if the shares leave a gap.
function folioPick(entries, bucket) {
  var sum = 0;
  var fallback = entries[0];
  for (var i = 0; i < entries.length; i++) {
    var deployment = entries[i].deployment || {};
    if (deployment.default) fallback = entries[i];
    sum += deployment.traffic || 0;
    if (bucket < sum) return entries[i];
  }
  return fallback;
}

// The visitor's bucket for a remote, drawn once; without storage (private mode, blocked) a draw per page load.
function folioBucket(storage, name) {
  var key = 'folio-release-bucket:' + name;
  var bucket = NaN;
  try {
    bucket = parseInt(storage.getItem(key), 10);
    if (!(bucket >= 0 && bucket < 100)) {
      bucket = Math.floor(Math.random() * 100);
      storage.setItem(key, String(bucket));
    }
  } catch (e) {
    if (!(bucket >= 0 && bucket < 100)) bucket = Math.floor(Math.random() * 100);
  }
  return bucket;
}

// `?override=catalog@http://localhost:3101` (several joined by commas; `?override=` clears them), kept for the tab.
function folioOverrides(session, search) {
  var key = 'folio-remote-overrides';
  var saved = {};
  try {
    saved = JSON.parse(session.getItem(key) || '{}') || {};
  } catch (e) {
    saved = {};
  }
  var match = /[?&]override=([^&]*)/.exec(search || '');
  if (!match) return saved;
  var next = {};
  var parts = decodeURIComponent(match[1]).split(',');
  for (var i = 0; i < parts.length; i++) {
    var at = parts[i].indexOf('@');
    var origin = parts[i].slice(at + 1).replace(/\/+$/, '');
    // Only a dev server on this machine: a link must not load someone else's code into the store.
    if (at > 0 && /^http:\/\/(localhost|127\.0\.0\.1):\d+$/.test(origin)) next[parts[i].slice(0, at)] = origin;
  }
  try {
    session.setItem(key, JSON.stringify(next));
  } catch (e) {
    // no session storage: the override holds for this page only
  }
  return next;
}

if (typeof module === 'object') module.exports = folioChooseRemotes;
