// The shell's suite also runs config/web's own tests: the kit every app bundles, tested once.
module.exports = require('@folio/config/jest')(__dirname, { withWebKit: true });
