// The shell's suite also runs config/web's own tests: the kit every app bundles, tested once.
const config = require('@folio/config/jest')(__dirname, { withWebKit: true });

// And the prerenderer's (prerender/), which lives beside src/.
config.testMatch.push('<rootDir>/prerender/**/*.test.{ts,tsx}');
module.exports = config;
