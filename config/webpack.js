'use strict';
/**
 * The one webpack config of Folio's four front-end apps. Each app's webpack.config.js is one line:
 *   module.exports = require('@folio/config/webpack')(__dirname);
 *
 * - shell: the host. Always a page (index.html + main.js); provides the federation runtime to the remotes.
 * - remotes: `webpack --mode production` builds the remote only (remoteEntry.js + mf-manifest.json + chunks),
 *   without its own copy of the federation runtime (`externalRuntime`: ~18 KB gzip less per remote on every
 *   page). `webpack serve` (development) builds the remote as a standalone page with its own runtime, for
 *   `npm start -w <remote>`.
 */
const { existsSync, readFileSync } = require('node:fs');
const { basename, dirname, join, resolve } = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const STARTUP_FILES = require('./web/startup-files.json');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const { ports } = require('./index');
const { HOST, sharedConfig, exposesOf, remotesJson, appInfo } = require('./web/federation');

const REPO_ROOT = resolve(__dirname, '..');
/** The ESM build (dist/index.js) of the plugin that hands the host's federation runtime to the remotes. */
const INJECT_RUNTIME_PLUGIN = join(
  dirname(
    require.resolve('@module-federation/inject-external-runtime-core-plugin', {
      paths: [dirname(require.resolve('@module-federation/enhanced/webpack'))],
    }),
  ),
  'index.js',
);
/** Written by the local stack (`npm start` at the root); dev servers serve it as /amplify_outputs.json. */
const OUTPUTS_FILE = join(REPO_ROOT, 'amplify_outputs.json');

/** Minifier of webpack's own dependency (swc: ~3x faster than terser here), found through webpack. */
function swcMinifier() {
  const pluginPath = require.resolve('minimizer-webpack-plugin', { paths: [require.resolve('webpack')] });
  const Minimizer = require(pluginPath);
  return new Minimizer({
    minify: Minimizer.swcMinify,
    minimizerOptions: { compress: { passes: 2 }, mangle: true },
    // Licence comments stay in the chunks instead of hundreds of *.LICENSE.txt files next to them.
    extractComments: false,
  });
}

function swcRule(production) {
  return {
    test: /\.[jt]sx?$/,
    exclude: /node_modules/,
    use: [
      {
        loader: 'swc-loader',
        options: {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: {
              react: { runtime: 'automatic', development: !production },
              // Class fields and constructor parameter properties as plain assignments (`this.x = x`), not through
              // swc's defineProperty helper, which every chunk with a class (the Error subclasses, error
              // boundaries) would carry. Folio's classes have no accessors a field could shadow.
              useDefineForClassFields: false,
            },
            target: 'es2020',
          },
        },
      },
      // Loaders run last to first: the GraphQL documents are compacted before swc compiles the file.
      ...(production ? [require.resolve('./graphql-documents-loader')] : []),
    ],
  };
}

function cssRules(prefix, production) {
  const extract = MiniCssExtractPlugin.loader;
  return [
    {
      // CSS Modules, class names prefixed with the app's name: scoped per app, readable in devtools.
      test: /\.module\.css$/,
      use: [
        extract,
        {
          loader: 'css-loader',
          options: {
            modules: {
              localIdentName: production ? `${prefix}-[hash:base64:6]` : `${prefix}__[name]__[local]`,
              namedExport: false,
              exportLocalsConvention: 'as-is',
            },
          },
        },
      ],
    },
    { test: /\.css$/, exclude: /\.module\.css$/, use: [extract, 'css-loader'] },
  ];
}

/**
 * Packages without side effects whose package.json does not say so: `@aws-amplify/core`'s Amplify singleton imports
 * them bare (`import '@aws-crypto/sha256-js'`), which would put SHA-256 in main.js (1.7 KB gzip) though
 * nothing the page runs calls them. Those that do (the SigV4 signer, in lazy chunks) still get them.
 */
const PURE_PACKAGES = {
  test: /[\\/]node_modules[\\/]@(aws-crypto[\\/](sha256-js|util)|smithy[\\/]util-(hex-encoding|utf8))[\\/]/,
  sideEffects: false,
};

/**
 * react-router 7's package exports only its development build (its invariant messages and warnings, checked at
 * every render); the production build beside it is the same API without them.
 */
const REACT_ROUTER_PRODUCTION = {
  'react-router$': join(dirname(require.resolve('react-router/package.json')), 'dist/production/index.mjs'),
};

/** A script to inline in index.html, without its whole-line comments (bytes on every page load). */
function inlineSource(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'))
    .join('\n');
}

/** Dev-server routes the production static server also has: the stack's outputs file and remotes.json. */
function devMiddlewares() {
  return (middlewares, devServer) => {
    devServer.app.get('/amplify_outputs.json', (_req, res) => {
      res.set('Cache-Control', 'no-cache');
      if (!existsSync(OUTPUTS_FILE)) {
        res
          .status(503)
          .json({ error: 'amplify_outputs.json is missing: run `npm start` at the repository root first.' });
        return;
      }
      res.type('json').send(readFileSync(OUTPUTS_FILE));
    });
    // Every dev server answers /remotes.json, so a standalone remote can still load the others it renders.
    devServer.app.get('/remotes.json', (_req, res) => {
      res.set('Cache-Control', 'no-cache');
      res.json(remotesJson(ports()));
    });
    return middlewares;
  };
}

/**
 * @param {string} appDir the app's package folder (its name says which app it is: shell, catalog, ...)
 * @param {{ title?: string }} [options]
 */
module.exports = function folioWebpackConfig(appDir, options = {}) {
  const app = appInfo(basename(appDir));
  const isHost = app.name === HOST.name;

  return (env = {}, argv = {}) => {
    if (env.node) return nodeConfig(appDir, app);
    const production = (argv.mode ?? 'production') === 'production';
    const isPage = isHost || !production; // production remotes are federation containers only
    const title = options.title ?? (isHost ? 'Folio' : `Folio · ${app.name} (standalone)`);

    const federation = {
      name: app.container,
      // A production remote only consumes singletons: the shell provides them all
      // (config/web/provide-shared.ts).
      shared: sharedConfig({ provide: isPage, host: isHost }),
      // 'version-first' fetches every remote at start-up, so one remote down blanks the page (RUNTIME-003).
      shareStrategy: 'loaded-first',
      dts: false,
      // Browser-only apps: drop the runtime's Node.js loading paths.
      experiments: { optimization: { target: 'web' } },
    };
    if (isHost) {
      // The host provides the federation runtime to the remotes (`experiments.provideExternalRuntime`), done by
      // hand: that option adds the plugin's CommonJS build, which pulls in a second, CommonJS copy of the runtime
      // (+25 KB gzip); its ESM build shares the copy the host already has.
      // Its mf-manifest.json lists what it provides: a remote's release is checked against the live shell's
      // (backend/releases/shared-gate.ts).
      Object.assign(federation, { manifest: true, runtimePlugins: [INJECT_RUNTIME_PLUGIN] });
    } else {
      Object.assign(federation, { filename: 'remoteEntry.js', exposes: exposesOf(appDir), manifest: true });
      if (production) federation.experiments = { ...federation.experiments, externalRuntime: true };
      // A standalone remote (dev server) is the page's host: it hands its runtime to the released remotes it loads,
      // built without their own (externalRuntime), as the shell does; without it they fail with "Cannot read
      // properties of undefined (reading 'setGlobalFederationConstructor')".
      else federation.runtimePlugins = [INJECT_RUNTIME_PLUGIN];
    }

    return {
      mode: production ? 'production' : 'development',
      context: appDir,
      target: 'web',
      entry: isPage ? { main: './src/index.ts' } : {},
      devtool: production ? false : 'eval-cheap-module-source-map',
      output: {
        path: join(appDir, 'dist'),
        publicPath: 'auto',
        uniqueName: app.container,
        // Entries keep stable names (the manifest points at them); every other chunk is content-hashed and
        // cached forever. `[contenthash]` in `filename` breaks the federation entry ("not implemented").
        filename: '[name].js',
        chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
        clean: true,
      },
      resolve: {
        extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
        alias: production ? REACT_ROUTER_PRODUCTION : {},
      },
      module: { rules: [swcRule(production), ...cssRules(app.container, production), PURE_PACKAGES] },
      plugins: [
        new ModuleFederationPlugin(federation),
        new MiniCssExtractPlugin({
          filename: '[name].css',
          chunkFilename: production ? '[name].[contenthash:8].css' : '[name].css',
        }),
        ...(isPage
          ? [
              new HtmlWebpackPlugin({
                template: join(__dirname, 'web', 'index.html'),
                title,
                startupFiles: Object.values(STARTUP_FILES),
                remotesFile: STARTUP_FILES.remotes,
                // The same function the shell runs (begin-startup.ts), so the prefetched manifests are the chosen ones.
                chooseRemotesSource: inlineSource(join(__dirname, 'web', 'choose-remotes.js')),
                scriptLoading: 'defer',
                // Absolute, so /books/some-book (served index.html by the SPA fallback) finds /main.js.
                publicPath: '/',
              }),
            ]
          : []),
      ],
      // A remote's exposed module comes as one file with what it uses (no chunks split off to share between its
      // exposes): fewer requests on a page's critical path, each a round trip on a phone; webpack still runs a
      // module once per page when two exposes carry it. Lazy routes still get their own chunks.
      optimization: production ? { minimizer: [swcMinifier()], ...(isHost ? {} : { splitChunks: false }) } : {},
      performance: { hints: false },
      stats: 'errors-warnings',
      devServer: {
        port: ports()[app.port],
        historyApiFallback: true,
        hot: false,
        headers: { 'Access-Control-Allow-Origin': '*' },
        client: { overlay: { warnings: false, errors: true } },
        setupMiddlewares: devMiddlewares(),
      },
    };
  };
};

/**
 * `webpack --env node`: the app's prerenderable modules built for Node (dist/node/<name>.js, CommonJS), which the
 * shell's prerenderer (shell/prerender/) requires to render pages from each team's own code. A remote builds its
 * exposed modules; the shell builds its frame (shell/prerender/frame.tsx). Run after the browser build: that one
 * cleans dist. Class names come out as in the browser build (same localIdentName and context), so the browser
 * hydrates the HTML with its own CSS. Packages stay external (one React, one router for every app's module, as the
 * federation singletons give in the browser); Folio's own singleton modules too, for the same reason.
 */
function nodeConfig(appDir, app) {
  const isHost = app.name === HOST.name;
  const singletons = new Set(require('./web/federation').FOLIO_SINGLETONS);
  const bundled = (request) => request.startsWith('@folio/') && !singletons.has(request);
  return {
    mode: 'production',
    context: appDir,
    target: 'node20',
    entry: isHost
      ? { frame: './prerender/frame.tsx' }
      : Object.fromEntries(Object.entries(exposesOf(appDir)).map(([name, file]) => [name.slice(2), file])),
    devtool: false,
    output: {
      path: join(appDir, 'dist', 'node'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      library: { type: 'commonjs2' },
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
    externals: [
      ({ request }, callback) =>
        /^[@a-z]/.test(request) && !request.endsWith('.css') && !bundled(request)
          ? callback(undefined, `commonjs ${request}`)
          : callback(),
    ],
    module: {
      rules: [
        swcRule(true),
        {
          test: /\.module\.css$/,
          loader: 'css-loader',
          options: {
            modules: {
              localIdentName: `${app.container}-[hash:base64:6]`,
              namedExport: false,
              exportLocalsConvention: 'as-is',
              exportOnlyLocals: true,
            },
          },
        },
        // Global style sheets style the browser's page; Node has nothing to do with them.
        {
          test: /\.css$/,
          exclude: /\.module\.css$/,
          loader: 'css-loader',
          options: { modules: { exportOnlyLocals: true, mode: 'global' } },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}
